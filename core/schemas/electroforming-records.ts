/**
 * The CRUD contract of the electroforming workbench: baths and their maintenance log,
 * batches (pieces, plan, readings, finishing, QC, calibration), costing and price sheets,
 * office settings, statistics and summaries. Number ranges come from the core's LIMITS
 * table (messages `electroforming:errors.*`, shared with the calculators); record-specific
 * messages are `electroforming:records.*`. Split by resource; import from this file.
 */

export * from './electroforming-records-batches';
export * from './electroforming-records-baths';
export * from './electroforming-records-costing';
export * from './electroforming-records-enums';
