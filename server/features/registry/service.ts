/*
 * The registry's use cases. Other features (training, monitoring, import, bench) call the
 * registry only through these exports.
 */

export { linkedAccountIdsIn } from './queries/linked-accounts';
export { regionsSeeder, seedRegions } from './seed-regions';
export { getBusiness, listBusinesses, listMapPoints, resolveBusiness } from './service/business-read';
export { createBusiness, deleteBusiness, type Saved, updateBusiness } from './service/business-write';
export {
  createCertification,
  createSnapshot,
  deleteCertification,
  deleteSnapshot,
  updateCertification,
  updateSnapshot,
} from './service/children';
export { findDuplicates } from './service/duplicates';
export { getBusinessHistory } from './service/history';
export { type MergeInput, mergeBusinesses } from './service/merge';
export { addBusinessOwner, removeBusinessOwner } from './service/owner-links';
export type { ServiceWarning } from './service/owner-records';
export { getOwner, linkOwnerAccount, unlinkOwnerAccount, updateOwner } from './service/owners';
export { ERASED_NAME, eraseOwner, exportOwner, revealNik } from './service/personal-data';
export { listRegions } from './service/regions';
