export * from './followups';
export * from './forms';
export * from './visits';
