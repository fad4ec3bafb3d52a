/**
 * The registry API contract, one import path for server and web: regions and owners
 * (people.ts), snapshots and certifications (figures.ts), businesses (businesses.ts), list and map
 * (list.ts), duplicates, merge, history and export (merge.ts), spreadsheet imports
 * (import.ts). The route table is core/api/registry.
 */
export * from './businesses';
export * from './figures';
export * from './import';
export * from './list';
export * from './merge';
export * from './people';
