/**
 * The electroforming workbench's use cases. Other features call this feature only through
 * these exports.
 */

export {
  addFinishing,
  addReading,
  changeStatus,
  deleteFinishing,
  deleteReading,
  recordQc,
} from './batch-run-service';
export { createBatch, deleteBatch, getBatch, listBatches, updateBatch } from './batches-service';
export {
  addMaintenance,
  createBath,
  deleteBath,
  getBath,
  listBaths,
  listMaintenance,
  updateBath,
} from './baths-service';
export { runCalculation } from './calculate-service';
export { calibrateBatch } from './calibration-service';
export {
  costBatchFor,
  createPriceSheet,
  deletePriceSheet,
  getPriceSheet,
  listPriceSheets,
} from './costing-service';
export { currentRates, DEFAULT_RATES, getSettings, updateSettings } from './settings-service';
export { getStats, getSummary } from './stats-service';
