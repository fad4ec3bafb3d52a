/* Recognizing the header row of an office spreadsheet: fields, header wordings, matching. */
export * from './fields';
export * from './map';
export * from './row';
export * from './synonyms';
