import type {
  businesses,
  businessSnapshots,
  certifications,
  ImportIssueRecord,
  owners,
} from '#server/db/schema';
import type { ImportRecord } from './types';

type BusinessInsert = typeof businesses.$inferInsert;
type OwnerInsert = typeof owners.$inferInsert;

export type AuditDraft = {
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
};

/** Every write of one import, decided before the first statement runs. */
export type Plan = {
  newBusinesses: BusinessInsert[];
  businessUpdates: { id: string; set: Partial<BusinessInsert> }[];
  newOwners: OwnerInsert[];
  ownerUpdates: { id: string; set: Partial<OwnerInsert> }[];
  links: { businessId: string; ownerId: string; isPrimary: boolean }[];
  newSnapshots: (typeof businessSnapshots.$inferInsert)[];
  snapshotUpdates: { id: string; set: Partial<typeof businessSnapshots.$inferInsert> }[];
  newCertifications: (typeof certifications.$inferInsert)[];
  audit: AuditDraft[];
  /** How each accepted row was counted. */
  outcomes: Map<ImportRecord, 'created' | 'updated' | 'duplicates'>;
  /** Persons created without their own consent on record. */
  consentPending: number;
  /** Remarks found while matching (repeats, older data), per row. */
  warnings: ImportIssueRecord[];
};

export type PlanContext = {
  importId: string;
  fileName: string;
  actorId: string | null;
  now: Date;
  encryptNik(nik: string): string;
  maskNik(nik: string): string;
  regencyCode: string;
};

export function emptyPlan(): Plan {
  return {
    newBusinesses: [],
    businessUpdates: [],
    newOwners: [],
    ownerUpdates: [],
    links: [],
    newSnapshots: [],
    snapshotUpdates: [],
    newCertifications: [],
    audit: [],
    outcomes: new Map(),
    consentPending: 0,
    warnings: [],
  };
}
