export * from './fields';
export * from './inquiries';
export * from './products';
export * from './public';
export * from './readiness';
