export * from './audit';
export * from './auth';
export * from './registry';
export * from './settings';
