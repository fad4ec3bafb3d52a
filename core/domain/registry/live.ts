/**
 * A business record is live when it is neither soft-deleted nor merged into another record.
 * Only live records appear in lists, searches, the map and the export, count towards an
 * officer's or owner's scope, are matched by imports and hold their NIB. The one definition;
 * its SQL twin is `liveSql` in server/features/registry/queries/live.ts (a test keeps them equal).
 */
export type BusinessLifecycle = {
  deletedAt: Date | string | null;
  mergedIntoId: string | null;
};

export function isLiveBusiness(business: BusinessLifecycle): boolean {
  return !business.deletedAt && !business.mergedIntoId;
}
