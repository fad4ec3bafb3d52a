export * from './hs-code';
export * from './pricing';
export * from './readiness';
export * from './slug';
