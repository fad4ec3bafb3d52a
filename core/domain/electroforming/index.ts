/**
 * Electroforming core: pure, unit-aware copper electroforming math shared by server and
 * web. Refusals throw `ElectroformingInputError`; practical-window problems come back as
 * `warnings`; every result carries `units` and `working`.
 */
export * from './area';
export * from './batch-costing';
export * from './batch-plan';
export * from './batch-status';
export * from './bath';
export * from './calculate';
export * from './calibrate';
export * from './coins';
export * from './constants';
export * from './convert';
export * from './copper';
export * from './current';
export * from './defects';
export * from './energy';
export * from './errors';
export * from './faraday';
export * from './limits';
export * from './price-rounding';
export * from './pricing';
export * from './solve';
export * from './units';
export * from './windows';
export * from './working';
export * from './yield';
