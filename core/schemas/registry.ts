/**
 * The registry API contract, one import path for server and web: regions and owners
 * (registry-people.ts), snapshots and certifications (registry-figures.ts), businesses, list
 * and map (registry-businesses.ts), duplicates, merge, history and export (registry-merge.ts).
 */
export * from './registry-businesses';
export * from './registry-figures';
export * from './registry-merge';
export * from './registry-people';
