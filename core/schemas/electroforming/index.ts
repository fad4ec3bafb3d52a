/**
 * The contract of the electroforming workbench: the calculators (`calculate`), baths and their
 * maintenance log, batches (pieces, plan, readings, finishing, QC, calibration), costing and
 * price sheets, office settings, statistics and summaries. Number ranges come from the core's
 * LIMITS table (messages `electroforming:errors.*`, shared with the calculators);
 * record-specific messages are `electroforming:records.*`.
 */
export * from './batches';
export * from './baths';
export * from './calculate';
export * from './costing';
export * from './enums';
