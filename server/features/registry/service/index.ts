/*
 * The registry's use cases. Other features (training, monitoring, import, bench) call the
 * registry only through these exports.
 */

export { type BusinessFacts, businessFacts, readableBusinessIds } from '../queries/business-facts';
export { linkedAccountIdsIn } from '../queries/linked-accounts';
export { ownerIdsOfAccount } from '../queries/participants';
export { getBusiness, listBusinesses, listMapPoints, resolveBusiness } from './business-read';
export { createBusiness, deleteBusiness, type Saved, updateBusiness } from './business-write';
export {
  businessFactsFor,
  businessIdsVisibleTo,
  type CatalogBusinessFacts,
  liveBusinessIds,
  visibleBusinessNames,
} from './catalog-facts';
export {
  createCertification,
  createSnapshot,
  deleteCertification,
  deleteSnapshot,
  updateCertification,
  updateSnapshot,
} from './children';
export { findDuplicates } from './duplicates';
export { exportBusinesses } from './export-businesses';
export { getBusinessHistory } from './history';
export {
  failInterruptedImports,
  getImport,
  importRejects,
  listImports,
  loadImport,
  type StoredUpload,
  startImport,
  storeUpload,
} from './imports';
export { type MergeInput, mergeBusinesses } from './merge';
export { backfillNikFacts } from './nik-facts';
export { addBusinessOwner, removeBusinessOwner } from './owner-links';
export type { ServiceWarning } from './owner-records';
export { getOwner, linkOwnerAccount, unlinkOwnerAccount, updateOwner } from './owners';
export {
  findOrCreateParticipant,
  listHomeDistricts,
  type Participant,
  type ParticipantInput,
} from './participants';
export { ERASED_NAME, eraseOwner, exportOwner, revealNik } from './personal-data';
export { listRegions } from './regions';
export { regionsSeeder, seedRegions } from './seed-regions';
