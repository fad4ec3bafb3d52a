/**
 * The electroforming workbench's use cases. Other features call this feature only through
 * these exports.
 */

export { calibrateBatch } from './calibrate-batch';
export { type BatchQcEvidence, batchQcEvidence, officeExchangeRates } from './catalog-evidence';
export { createBatch, deleteBatch, getBatch, listBatches, updateBatch } from './manage-batches';
export {
  addMaintenance,
  createBath,
  deleteBath,
  getBath,
  listBaths,
  listMaintenance,
  updateBath,
} from './manage-baths';
export {
  costBatchFor,
  createPriceSheet,
  deletePriceSheet,
  getPriceSheet,
  listPriceSheets,
} from './price-batches';
export { getStats, getSummary } from './report-stats';
export {
  addFinishing,
  addReading,
  changeStatus,
  deleteFinishing,
  deleteReading,
  recordQc,
} from './run-batch';
export { runCalculation } from './run-calculation';
export { currentRates, DEFAULT_RATES, getSettings, updateSettings } from './settings';
