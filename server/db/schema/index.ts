export * from './audit';
export * from './auth';
export * from './electroforming';
export * from './registry';
export * from './settings';
