export * from './audit';
export * from './auth';
export * from './catalog';
export * from './electroforming';
export * from './idempotency';
export * from './monitoring';
export * from './registry';
export * from './settings';
