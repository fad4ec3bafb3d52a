import type { z } from 'zod';
import type {
  BusinessHistory as BusinessHistorySchema,
  MergeResult,
  Owner,
  OwnerExport,
  RevealNikResponse,
} from '#core/schemas/registry';

export type {
  Business,
  BusinessList,
  BusinessListItem,
  BusinessOwner,
  BusinessSaved,
  Certification,
  CreateBusinessInput,
  DuplicateCandidate,
  DuplicateList,
  DuplicatesQuery,
  MapPoints,
  Region,
  RegionList,
  Snapshot,
  UpdateBusinessBody,
} from '#core/schemas/registry';

export type BusinessHistory = z.infer<typeof BusinessHistorySchema>;
export type { MergeResult, Owner, OwnerExport };
export type RevealedNik = z.infer<typeof RevealNikResponse>;
