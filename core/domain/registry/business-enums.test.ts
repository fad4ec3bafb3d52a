import { describe, expect, it } from 'vitest';
import { parseCertifications, parseCertificationType } from './certification';
import { parseExportStatus } from './export-status';
import { legalFormFromName, parseLegalForm } from './legal-form';
import { parseSubsector } from './subsector';
import { codesOf, errorOf, okValue } from './test-helpers';

describe('parseLegalForm', () => {
  it.each([
    ['perorangan', 'perorangan'],
    ['Perseorangan', 'perorangan'],
    ['Usaha Perorangan', 'perorangan'],
    ['UD', 'perorangan'],
    ['U.D.', 'perorangan'],
    ['Usaha Dagang', 'perorangan'],
    ['IRT', 'perorangan'],
    ['Belum berbadan hukum', 'perorangan'],
    ['CV', 'cv'],
    ['CV.', 'cv'],
    ['C.V.', 'cv'],
    ['cv', 'cv'],
    ['PT', 'pt'],
    ['PT.', 'pt'],
    ['P.T.', 'pt'],
    ['P T', 'pt'],
    ['Perseroan Terbatas', 'pt'],
    ['PT Perorangan', 'pt'],
    ['Koperasi', 'koperasi'],
    ['KUD', 'koperasi'],
    ['Kop.', 'koperasi'],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parseLegalForm(input))).toBe(expected);
  });

  it.each([['Firma'], ['Yayasan'], ['NIB'], ['PT CV']])('refuses %s', (input) => {
    expect(errorOf(parseLegalForm(input))).toBe('legalForm.unknown');
  });

  it('is empty for blanks', () => {
    expect(errorOf(parseLegalForm(' '))).toBe('common.empty');
  });

  it.each([
    ['CV. Maju Jaya', 'cv', 'Maju Jaya'],
    ['PT Kriya Logam Malang', 'pt', 'Kriya Logam Malang'],
    ['P.T. Sinar', 'pt', 'Sinar'],
    ['UD Sumber Rejeki', 'perorangan', 'Sumber Rejeki'],
    ['Koperasi Perajin Topeng', 'koperasi', 'Perajin Topeng'],
    ['Sumber Rejeki, UD', 'perorangan', 'Sumber Rejeki'],
    ['Maju Jaya (CV)', 'cv', 'Maju Jaya'],
  ])('reads the legal form out of the name %s', (name, legalForm, bareName) => {
    expect(legalFormFromName(name)).toEqual({ legalForm, bareName });
  });

  it.each([['Batik Celaket'], ['Pt'], ['Cvetka Crafts'], ['Udang Windu']])('finds none in %s', (name) => {
    expect(legalFormFromName(name)).toBeNull();
  });
});

describe('parseSubsector', () => {
  it.each([
    ['electroforming', 'electroforming'],
    ['Elektroforming', 'electroforming'],
    ['Kerajinan Electroforming', 'electroforming'],
    ['Perhiasan perak electroforming', 'electroforming'],
    ['Elektro forming', 'electroforming'],
    ['Kerajinan Kayu', 'kayu'],
    ['KAYU', 'kayu'],
    ['Ukiran', 'kayu'],
    ['Topeng Malangan', 'kayu'],
    ['Mebel', 'kayu'],
    ['batik', 'batik_tekstil'],
    ['Batik Tulis', 'batik_tekstil'],
    ['tenun', 'batik_tekstil'],
    ['Tenun Ikat', 'batik_tekstil'],
    ['Bordir', 'batik_tekstil'],
    ['Batik/Tekstil', 'batik_tekstil'],
    ['batik_tekstil', 'batik_tekstil'],
    ['perak', 'perhiasan'],
    ['emas', 'perhiasan'],
    ['Perhiasan Perak', 'perhiasan'],
    ['Aksesoris', 'perhiasan'],
    ['Logam', 'logam'],
    ['Kerajinan Kuningan', 'logam'],
    ['Besi tempa', 'logam'],
    ['Keramik', 'keramik'],
    ['Gerabah', 'keramik'],
    ['Keramik Dinoyo', 'keramik'],
    ['Anyaman', 'anyaman'],
    ['Anyaman Bambu', 'anyaman'],
    ['Rotan', 'anyaman'],
    ['Tas anyaman kulit', 'anyaman'],
    ['Kulit', 'kulit'],
    ['Kerajinan Kulit', 'kulit'],
    ['Tas Kulit', 'kulit'],
    ['Wayang Kulit', 'kulit'],
    ['Lainnya', 'lainnya'],
    ['Lain-lain', 'lainnya'],
  ])('%s → %s', (input, expected) => {
    const result = parseSubsector(input);
    expect(okValue(result)).toBe(expected);
    expect(codesOf(result)).toEqual([]);
  });

  it('does not read "emas" inside "kemasan" or leather in shell crafts', () => {
    expect(okValue(parseSubsector('Kerajinan kulit kerang'))).toBe('lainnya');
    expect(codesOf(parseSubsector('Kemasan kardus'))).toEqual(['subsector.unmapped']);
  });

  it('falls back to lainnya with a warning for crafts it cannot place', () => {
    const result = parseSubsector('Kerajinan Resin');
    expect(okValue(result)).toBe('lainnya');
    expect(codesOf(result)).toEqual(['subsector.unmapped']);
  });

  it('is empty for blanks', () => {
    expect(errorOf(parseSubsector(''))).toBe('common.empty');
  });
});

describe('certifications', () => {
  it.each([
    ['PIRT', 'pirt'],
    ['P-IRT', 'pirt'],
    ['SPP-IRT', 'pirt'],
    ['Halal', 'halal'],
    ['Halal MUI', 'halal'],
    ['Sertifikat Halal', 'halal'],
    ['SNI', 'sni'],
    ['SNI 8123:2015', 'sni'],
    ['HKI', 'hki'],
    ['HAKI', 'hki'],
    ['Merek', 'hki'],
    ['Hak Merek', 'hki'],
    ['Hak Cipta', 'hki'],
    ['Paten', 'hki'],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parseCertificationType(input))).toBe(expected);
  });

  it('keeps unknown types as lainnya with a warning', () => {
    const result = parseCertificationType('ISO 9001');
    expect(okValue(result)).toBe('lainnya');
    expect(codesOf(result)).toEqual(['certification.unknown']);
  });

  it('does not find SNI inside "bisnis"', () => {
    expect(okValue(parseCertificationType('Izin bisnis'))).toBe('lainnya');
  });

  it('splits a cell into items with numbers', () => {
    expect(okValue(parseCertifications('P-IRT No. 2063573010123-25, Halal MUI; HKI/Merek dan SVLK'))).toEqual(
      [
        { type: 'pirt', label: 'P-IRT No. 2063573010123-25', number: '2063573010123-25' },
        { type: 'halal', label: 'Halal MUI' },
        { type: 'hki', label: 'HKI' },
        { type: 'lainnya', label: 'SVLK' },
      ],
    );
  });

  it('reads a trailing PIRT number without "No."', () => {
    expect(okValue(parseCertifications('PIRT 2063573010123')).at(0)?.number).toBe('2063573010123');
  });

  it.each([['Belum ada'], ['tidak ada'], ['-'], [''], ['Belum']])('%s is an empty list', (input) => {
    expect(okValue(parseCertifications(input))).toEqual([]);
  });

  it('warns once per unknown label', () => {
    expect(codesOf(parseCertifications('ISO 9001, SVLK'))).toEqual([
      'certification.unknown',
      'certification.unknown',
    ]);
  });
});

describe('parseExportStatus', () => {
  it.each([
    ['belum', 'belum'],
    ['Belum Ekspor', 'belum'],
    ['tidak', 'belum'],
    ['Tidak', 'belum'],
    ['Belum pernah', 'belum'],
    ['Lokal', 'belum'],
    ['pernah', 'pernah'],
    ['Pernah Ekspor', 'pernah'],
    ['Sudah pernah', 'pernah'],
    ['Pernah (2018)', 'pernah'],
    ['Dulu pernah ke Malaysia', 'pernah'],
    ['Tidak aktif', 'pernah'],
    ['aktif', 'aktif'],
    ['Aktif', 'aktif'],
    ['Ya', 'aktif'],
    ['Sudah', 'aktif'],
    ['Ekspor rutin', 'aktif'],
    ['Masih ekspor', 'aktif'],
    ['Tidak pernah ekspor sama sekali', 'belum'],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parseExportStatus(input))).toBe(expected);
  });

  it.each([['Malaysia'], ['?']])('refuses %s', (input) => {
    expect(errorOf(parseExportStatus(input))).toBe('exportStatus.unknown');
  });
});
