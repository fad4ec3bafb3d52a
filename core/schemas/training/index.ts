/* The training API contract (one import path: #core/schemas/training). */
export * from './attendance';
export * from './certificates';
export * from './events';
export * from './outcomes';
export * from './registrations';
