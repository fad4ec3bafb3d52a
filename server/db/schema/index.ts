export * from './audit';
export * from './auth';
export * from './electroforming';
export * from './idempotency';
export * from './registry';
export * from './settings';
