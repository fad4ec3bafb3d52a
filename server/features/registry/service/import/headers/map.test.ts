import { describe, expect, it } from 'vitest';
import { CANONICAL_FIELDS } from './fields';
import { columnLetter, headerScale, mapHeader } from './map';
import { HEADER_SYNONYMS } from './synonyms';

describe('mapHeader', () => {
  it.each([
    ['Nama IKM', 'businessName'],
    ['NAMA IKM', 'businessName'],
    ['nama  ikm ', 'businessName'],
    ['Nama Usaha', 'businessName'],
    ['Nama Perusahaan', 'businessName'],
    ['Nama UMKM', 'businessName'],
    ['Nama IKM*', 'businessName'],
    ['Nama\nUsaha', 'businessName'],
    ['Merek', 'brand'],
    ['Bentuk Badan Usaha', 'legalForm'],
    ['No. NIB', 'nib'],
    ['NPWP', 'npwp'],
    ['Kode KBLI', 'kbli'],
    ['Jenis Kerajinan', 'subsector'],
    ['Produk Utama', 'products'],
    ['Alamat Usaha', 'address'],
    ['Kec.', 'kecamatan'],
    ['Kecamatan', 'kecamatan'],
    ['KECAMATAN', 'kecamatan'],
    ['Desa/Kelurahan', 'kelurahan'],
    ['Kel.', 'kelurahan'],
    ['Kelurahan', 'kelurahan'],
    ['Kode Desa', 'villageCode'],
    ['Latitude', 'lat'],
    ['Long', 'lng'],
    ['Titik Koordinat', 'coordinates'],
    ['Tahun Berdiri', 'yearFounded'],
    ['Tgl. Berdiri', 'yearFounded'],
    ['Tanggal Pendirian', 'yearFounded'],
    ['Nama Pemilik', 'ownerName'],
    ['Pemilik', 'ownerName'],
    ['Nama Pengusaha', 'ownerName'],
    ['No. KTP', 'nik'],
    ['NIK', 'nik'],
    ['L/P', 'gender'],
    ['Jenis Kelamin', 'gender'],
    ['Tahun Lahir', 'birthYear'],
    ['Tempat/Tgl Lahir', 'birthPlaceDate'],
    ['No. HP', 'phone'],
    ['No HP', 'phone'],
    ['Telp', 'phone'],
    ['Telp.', 'phone'],
    ['WA', 'phone'],
    ['No. Telepon', 'phone'],
    ['HP/WA', 'phone'],
    ['No. HP / WA', 'phone'],
    ['E-mail', 'email'],
    ['Pendidikan Terakhir', 'education'],
    ['Tenaga Kerja L', 'workersMale'],
    ['TK Laki-laki', 'workersMale'],
    ['Jumlah Tenaga Kerja (L)', 'workersMale'],
    ['Tenaga Kerja P', 'workersFemale'],
    ['TK Perempuan', 'workersFemale'],
    ['Tenaga Kerja Jumlah', 'workersTotal'],
    ['Jumlah Tenaga Kerja', 'workersTotal'],
    ['Tenaga Kerja (orang)', 'workersTotal'],
    ['Jml Tenaga Kerja', 'workersTotal'],
    ['Jml. Tenaga Kerja', 'workersTotal'],
    ['JMLH TENAGA KERJA', 'workersTotal'],
    ['Jml TK', 'workersTotal'],
    ['Jumlah TK', 'workersTotal'],
    ['Jml Karyawan', 'workersTotal'],
    ['Nilai Investasi (Rp)', 'investmentIdr'],
    ['Kapasitas Produksi', 'capacity'],
    ['Satuan', 'capacityUnit'],
    ['Nilai Produksi', 'outputValueIdr'],
    ['Bahan Baku Utama', 'rawMaterials'],
    ['Omzet/bulan', 'turnoverMonthlyIdr'],
    ['Omzet per Bulan', 'turnoverMonthlyIdr'],
    ['Omzet (Rp/bulan)', 'turnoverMonthlyIdr'],
    ['Omset Perbulan', 'turnoverMonthlyIdr'],
    ['Omzet Rata2 per Bulan', 'turnoverMonthlyIdr'],
    ['Omzet Rata-Rata/bln', 'turnoverMonthlyIdr'],
    ['Omzet per Tahun (Rp)', 'turnoverYearlyIdr'],
    ['Omzet', 'turnoverIdr'],
    ['Tahun Data', 'dataYear'],
    ['Status Ekspor', 'exportStatus'],
    ['Negara Tujuan Ekspor', 'exportCountries'],
    ['Sertifikasi', 'certifications'],
    ['No. PIRT', 'pirt'],
    ['Sertifikat Halal', 'halal'],
    ['Link Toko Online', 'marketplaceLinks'],
    ['Instagram', 'socialMedia'],
    ['Sentra', 'sentra'],
    ['Keterangan', 'notes'],
    ['Ket.', 'notes'],
    ['businessName', 'businessName'],
  ])('%s → %s', (header, field) => {
    expect(mapHeader(header)?.field).toBe(field);
  });

  it.each([['No'], ['No.'], ['NO'], ['NO URUT'], ['No. Urut'], ['Nomor'], ['#']])(
    '%s is the row number',
    (header) => {
      expect(mapHeader(header)).toEqual({ field: 'rowNumber' });
    },
  );

  it.each([['Warna Favorit'], ['Nama'], ['Tahun'], [''], [null], ['DATA IKM KOTA MALANG TAHUN 2021']])(
    '%s is not recognized',
    (header) => {
      expect(mapHeader(header)).toBeNull();
    },
  );

  it('keeps the scale a money header declares', () => {
    expect(mapHeader('Nilai Investasi (Rp 000)')).toEqual({ field: 'investmentIdr', scale: 1000 });
    expect(mapHeader('Nilai Produksi (juta Rp)')).toEqual({ field: 'outputValueIdr', scale: 1_000_000 });
    expect(mapHeader('Omzet per bulan (ribu rupiah)')).toEqual({ field: 'turnoverMonthlyIdr', scale: 1000 });
    expect(mapHeader('Nilai Investasi (Rp)')).toEqual({ field: 'investmentIdr' });
  });

  it('keeps a year written in the header', () => {
    expect(mapHeader('KBLI 2020')).toEqual({ field: 'kbli', year: 2020 });
    expect(mapHeader('Omzet Tahun 2021')).toEqual({ field: 'turnoverYearlyIdr', year: 2021 });
    expect(mapHeader('Tenaga Kerja 2021')).toEqual({ field: 'workersTotal', year: 2021 });
  });

  it.each([
    ['Nama Usaha/Merk', 'businessName'],
    ['Nama IKM / Merek', 'businessName'],
    ['Nama Perusahaan/Merk Dagang', 'businessName'],
    ['Merek / Nama Usaha', 'businessName'],
    ['No. Telp/Fax', 'phone'],
    ['Alamat/Lokasi Usaha', 'address'],
    ['Alamat Usaha / Domisili', 'address'],
    ['Telp/Fax/WA', 'phone'],
  ])('a header naming two things, "%s", is read by the one it can use → %s', (header, field) => {
    expect(mapHeader(header)?.field).toBe(field);
  });

  it.each([
    ['NIB/NPWP'],
    ['Kecamatan/Kelurahan'],
    ['Email/Website'],
    ['Pemilik/Nama Usaha'],
    ['Alamat/Kecamatan'],
    ['Tahun/Omzet'],
    ['Nama Usaha/No. HP'],
  ])('a header naming two different things, "%s", is left for the uploader to assign', (header) => {
    expect(mapHeader(header)).toBeNull();
  });

  it('reads rich-text header cells', () => {
    expect(mapHeader({ richText: [{ text: 'Nama ' }, { text: 'IKM' }] })?.field).toBe('businessName');
  });

  it('has synonyms for every canonical field', () => {
    for (const field of CANONICAL_FIELDS) expect(HEADER_SYNONYMS[field].length).toBeGreaterThan(0);
  });
});

describe('headerScale', () => {
  it.each([
    ['Investasi (Rp 000)', 1000],
    ['Investasi (Rp. 000)', 1000],
    ['Investasi (000 Rp)', 1000],
    ['Investasi (ribu rupiah)', 1000],
    ['Investasi (Rp ribu)', 1000],
    ['Nilai Produksi (juta rupiah)', 1e6],
    ['Nilai Produksi (Rp jt)', 1e6],
    ['Nilai Produksi (Rp 000.000)', 1e6],
    ['Aset (miliar)', 1e9],
    ['Investasi (Rp)', undefined],
    ['Omzet 2000', undefined],
  ])('%s → %s', (header, scale) => {
    expect(headerScale(header)).toBe(scale);
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%s → %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});
