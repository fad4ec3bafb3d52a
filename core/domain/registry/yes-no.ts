import { cellText, isExcelError } from './cell';
import { fail, ok, type ParseResult } from './issues';
import { createSynonymLookup } from './synonym-lookup';
import { foldText } from './text';

// "T" is tidak here (Indonesian), not the English "true"; "-" in a yes/no column means no.
const lookup = createSynonymLookup<'yes' | 'no'>({
  yes: ['ya', 'y', 'iya', 'yes', 'ada', 'sudah', 'sdh', 'punya', 'benar', 'betul', 'true', 'ok', 'v', '1'],
  no: [
    'tidak',
    'tdk',
    't',
    'tak',
    'no',
    'n',
    'belum',
    'blm',
    'tidak ada',
    'belum ada',
    'gak',
    'ga',
    'nggak',
    'enggak',
    'salah',
    'false',
    'x',
    'none',
    'nihil',
    '0',
  ],
});

const CHECK_MARKS = new Set(['✓', '✔', '√', '☑', '✅']);
const CROSS_MARKS = new Set(['✗', '✘', '×', '☒', '❌', '-', '--', '–', '—']);

export function parseYesNo(value: unknown): ParseResult<boolean> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number')
    return value === 1 ? ok(true) : value === 0 ? ok(false) : fail('yesNo.unknown', { value: String(value) });
  const text = foldText(cellText(value));
  if (text === '') return fail('common.empty');
  if (CHECK_MARKS.has(text)) return ok(true);
  if (CROSS_MARKS.has(text)) return ok(false);
  const found = lookup(text);
  return found ? ok(found === 'yes') : fail('yesNo.unknown', { value: cellText(value) });
}
