// PROVISIONAL until core/schemas/registry-import.ts lands (shape of the imports table).
export type ImportIssue = {
  row: number | null;
  sheet?: string;
  column: string | null;
  message: string;
};

export type ImportReport = {
  importId: string;
  fileName: string;
  dryRun: boolean;
  status: 'running' | 'done' | 'failed';
  phase: string;
  processedRows: number;
  totalRows: number | null;
  total: number;
  created: number;
  updated: number;
  duplicates: number;
  rejected: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  unrecognizedColumns: string[];
  failure: string | null;
};
