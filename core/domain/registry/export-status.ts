import { cellText, isBlankCell, isExcelError } from './cell';
import { EXPORT_STATUSES } from './enums';
import { fail, ok, type ParseResult } from './issues';
import { createSynonymLookup } from './synonym-lookup';
import { compactKey, words } from './text';

export { EXPORT_STATUSES };
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

// A plain "ya"/"sudah" in an "Ekspor?" column is read as exporting now (aktif); only an
// explicit "pernah"/"dulu"/"berhenti" means exported in the past.
const exportLookup = createSynonymLookup<ExportStatus>({
  belum: [
    'tidak',
    'tdk',
    'blm',
    'belum ekspor',
    'tidak ekspor',
    'belum pernah',
    'belum pernah ekspor',
    'tidak pernah',
    'tidak pernah ekspor',
    'no',
    'none',
    'never',
    'not yet',
    'n',
    't',
    'lokal',
    'domestik',
    'dalam negeri',
    'pasar lokal',
    'pasar domestik',
  ],
  pernah: [
    'pernah ekspor',
    'sudah pernah',
    'sudah pernah ekspor',
    'dulu',
    'dulu pernah',
    'pernah tapi berhenti',
    'berhenti',
    'tidak aktif',
    'sudah tidak',
    'sudah tidak ekspor',
    'past',
    'former',
    'formerly',
    'previously',
    'inactive',
    'used to',
  ],
  aktif: [
    'ya',
    'y',
    'iya',
    'yes',
    'sudah',
    'sdh',
    'sudah ekspor',
    'ekspor',
    'ekspor aktif',
    'aktif ekspor',
    'rutin',
    'rutin ekspor',
    'masih',
    'masih ekspor',
    'active',
    'exporting',
    'export',
  ],
});

export function parseExportStatus(value: unknown): ParseResult<ExportStatus> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return fail('common.empty');
  const text = cellText(value);
  const direct = exportLookup(text);
  if (direct) return ok(direct);
  // Longer sentences: the qualifier words decide, past before negation before activity.
  const tokens = words(text);
  if (tokens.includes('pernah') && !tokens.includes('belum') && !compactKey(text).includes('tidakpernah'))
    return ok('pernah');
  if (tokens.includes('belum') || tokens.includes('tidak')) return ok('belum');
  if (tokens.includes('aktif') || tokens.includes('rutin')) return ok('aktif');
  return fail('exportStatus.unknown', { value: text });
}
