import { IdParams } from '#core/schemas/common';
import {
  ImportAccepted,
  ImportList,
  ImportQuery,
  ImportResult,
  ListImportsQuery,
} from '#core/schemas/registry';
import { defineEndpoints } from '../endpoint';
import { businessListApi, XLSX_TYPE } from './list';

const tags = ['registry-import'] as const;

export { XLSX_TYPE };

/** Spreadsheet imports (XLSX or CSV), their reports and rejected rows, and the XLSX export. */
export const importsApi = defineEndpoints({
  /** Small files answer 200 with the result; `async` answers 202 and the import runs on. */
  importBusinesses: {
    method: 'POST',
    path: '/businesses/import',
    tags,
    summary: 'Import businesses from an XLSX or CSV file (multipart field "file")',
    query: ImportQuery,
    upload: ['file'],
    responses: { 200: ImportResult, 202: ImportAccepted },
  },
  listImports: {
    method: 'GET',
    path: '/imports',
    tags,
    query: ListImportsQuery,
    responses: { 200: ImportList },
  },
  getImport: {
    method: 'GET',
    path: '/imports/:id',
    tags,
    params: IdParams,
    responses: { 200: ImportResult },
  },
  importRejects: {
    method: 'GET',
    path: '/imports/:id/rejects.xlsx',
    tags,
    params: IdParams,
    produces: [XLSX_TYPE],
    responses: { 200: null },
  },
  exportBusinesses: businessListApi.exportBusinesses,
});
