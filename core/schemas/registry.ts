/**
 * The registry API contract, one import path for server and web: regions and owners
 * (registry-people.ts), businesses, snapshots, certifications, duplicates and merge
 * (registry-businesses.ts).
 */
export * from './registry-businesses';
export * from './registry-people';
