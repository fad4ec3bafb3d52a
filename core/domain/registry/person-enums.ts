import { cellText, isBlankCell, isExcelError } from './cell';
import { EDUCATION_LEVELS, GENDERS } from './enums';
import { fail, ok, type ParseResult } from './issues';
import type { Gender } from './nik';
import { createSynonymLookup } from './synonym-lookup';
import { words } from './text';

export { EDUCATION_LEVELS, GENDERS };

// In L/P columns "P" is perempuan (female), never pria; "W" is wanita.
const genderLookup = createSynonymLookup<Gender>({
  male: [
    'L',
    'Lk',
    'Lk.',
    'Laki',
    'Laki-laki',
    'Laki laki',
    'Laki2',
    'Lelaki',
    'Pria',
    'Cowok',
    'M',
    'Man',
    'Men',
    'Male',
  ],
  female: ['P', 'Pr', 'Pr.', 'Perempuan', 'Wanita', 'W', 'Cewek', 'F', 'Female', 'Woman', 'Women'],
});

export function parseGender(value: unknown): ParseResult<Gender> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return fail('common.empty');
  const found = genderLookup(cellText(value));
  return found ? ok(found) : fail('gender.unknown', { value: cellText(value) });
}

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

// SMA, SMK, MA and the older STM/SMEA are one level (upper secondary), labelled "SMA/SMK".
const educationLookup = createSynonymLookup<EducationLevel>({
  none: [
    'tidak sekolah',
    'belum sekolah',
    'tidak/belum sekolah',
    'tidak bersekolah',
    'no schooling',
    'no formal education',
  ],
  sd: [
    'sekolah dasar',
    'MI',
    'madrasah ibtidaiyah',
    'SR',
    'sekolah rakyat',
    'paket A',
    'SD/MI',
    'elementary',
    'primary',
    'primary school',
  ],
  smp: [
    'SLTP',
    'MTs',
    'madrasah tsanawiyah',
    'paket B',
    'SMP/MTs',
    'junior high',
    'junior high school',
    'lower secondary',
  ],
  sma: [
    'SMK',
    'SLTA',
    'SMU',
    'MA',
    'MAK',
    'madrasah aliyah',
    'STM',
    'SMEA',
    'SMKK',
    'SPG',
    'paket C',
    'SMA/SMK',
    'SMK/SMA',
    'SMA/MA',
    'SMA/SMK/MA',
    'high school',
    'senior high',
    'senior high school',
    'upper secondary',
    'vocational high school',
  ],
  d1: ['D-1', 'D I', 'D-I', 'diploma 1', 'diploma I'],
  d2: ['D-2', 'D II', 'D-II', 'diploma 2', 'diploma II'],
  d3: ['D-3', 'D III', 'D-III', 'diploma 3', 'diploma III', 'ahli madya', 'A.Md', 'Amd'],
  d4: ['D-4', 'D IV', 'D-IV', 'diploma 4', 'diploma IV', 'sarjana terapan', 'S.Tr', 'applied bachelor'],
  s1: ['S-1', 'S 1', 'sarjana', 'strata 1', 'strata I', 'bachelor', 'bachelor degree', 'undergraduate'],
  s2: ['S-2', 'magister', 'master', 'masters', 'pascasarjana', 'strata 2', 'strata II', 'postgraduate'],
  s3: ['S-3', 'doktor', 'doktoral', 'doctor', 'doctorate', 'PhD', 'strata 3', 'strata III'],
});

// Words that qualify a level without changing it: "Tamat SD", "SMA sederajat", "Lulusan S1".
const NOISE_WORDS = new Set([
  'tamat',
  'lulus',
  'lulusan',
  'sederajat',
  'setara',
  'setingkat',
  'pendidikan',
  'ijazah',
]);

function lookupLevel(text: string): EducationLevel | undefined {
  return (
    educationLookup(text) ??
    educationLookup(
      words(text)
        .filter((w) => !NOISE_WORDS.has(w))
        .join(' '),
    )
  );
}

/**
 * Highest completed education. "Tidak tamat SMA" means the highest finished level is SMP, so
 * an unfinished level steps one down (anything past SMA steps down to SMA).
 */
export function parseEducation(value: unknown): ParseResult<EducationLevel> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return fail('common.empty');
  const text = cellText(value);
  const direct = lookupLevel(text);
  if (direct) return ok(direct);
  const unfinished = /^\s*(?:tidak|tdk|belum|blm)\s+(?:tamat|lulus|selesai)\s+(.+)$/i.exec(text);
  if (unfinished) {
    const level = lookupLevel(unfinished[1]);
    if (level === 'sd') return ok('none');
    if (level === 'smp') return ok('sd');
    if (level === 'sma') return ok('smp');
    if (level) return ok('sma');
  }
  return fail('education.unknown', { value: text });
}
