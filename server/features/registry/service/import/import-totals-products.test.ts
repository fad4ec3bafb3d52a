import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { workbookBuffer } from './fixtures/workbook';
import { importOk } from './test-helpers';

/*
 * Issue #10.1/#10.4 and #15.3 through the import: a sheet with only a workers total ("Jml TK"),
 * a products column, and NIKs whose birth date and gender belong on the owner.
 */

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

const HEADER = ['No', 'Nama Usaha', 'Nama Pemilik', 'NIK', 'Kecamatan', 'Jenis Produk', 'Jml TK'];

async function find(name: string) {
  const list = (await admin.get(`/api/businesses?q=${encodeURIComponent(name)}`)).json();
  const item = list.items.find((i: { name: string }) => i.name === name);
  return (await admin.get(`/api/businesses/${item.id}`)).json();
}

describe('an office sheet with a workers total only, products and NIKs', () => {
  it('imports the total, keeps product words and the NIK facts, warns about nothing of this', async () => {
    const file = await workbookBuffer([
      {
        name: 'IKM',
        rows: [
          HEADER,
          [
            1,
            'Anyaman Pandan Sri',
            'Sri Wahyuni',
            '3573014507850002',
            'Kedungkandang',
            'Tas, tikar pandan',
            7,
          ],
          [2, 'Kayu Ukir Bowo', 'Bowo Santoso', '3573051508850003', 'Lowokwaru', 'Topeng; hiasan dinding', 3],
        ],
      },
    ]);
    const result = await importOk(admin, file, 'jml-tk.xlsx', 'dataYear=2024');
    expect(result).toMatchObject({ created: 2, rejected: 0 });
    expect(result.warnings.map((w) => w.code)).not.toContain('registry-import:file.workersTotalOnly');

    const sri = await find('Anyaman Pandan Sri');
    expect(sri.latestSnapshot).toMatchObject({ workersTotal: 7, workersMale: null, workersFemale: null });
    expect(sri.products).toEqual(['Tas', 'tikar pandan']);
    expect(sri.notes ?? '').not.toContain('Produk');
    expect(sri.owners[0]).toMatchObject({ gender: 'female', birthDate: '1985-07-05', birthYear: 1985 });

    const bowo = await find('Kayu Ukir Bowo');
    expect(bowo.latestSnapshot.workersTotal).toBe(3);
    expect(bowo.products).toEqual(['Topeng', 'hiasan dinding']);
    expect(bowo.owners[0]).toMatchObject({ gender: 'male', birthDate: '1985-08-15' });
    const list = (await admin.get('/api/businesses?q=kayu%20ukir%20bowo')).json();
    expect(list.items[0].latestWorkers).toBe(3);
  });

  it('adds new product words on a re-import without repeating the known ones', async () => {
    const file = await workbookBuffer([
      {
        name: 'IKM',
        rows: [
          HEADER,
          [1, 'Anyaman Pandan Sri', 'Sri Wahyuni', '3573014507850002', 'Kedungkandang', 'tas / Dompet', 7],
        ],
      },
    ]);
    await importOk(admin, file, 'jml-tk-2.xlsx', 'dataYear=2024');
    expect((await find('Anyaman Pandan Sri')).products).toEqual(['Tas', 'tikar pandan', 'Dompet']);
  });

  it('stores L + P as the total, and the parts when the total disagrees (with a warning)', async () => {
    const file = await workbookBuffer([
      {
        name: 'IKM',
        rows: [
          ['No', 'Nama Usaha', 'Kecamatan', 'TK Laki-laki', 'TK Perempuan', 'Jumlah Tenaga Kerja'],
          [1, 'Batik Dua Tiga', 'Klojen', 2, 3, null],
          [2, 'Batik Salah Jumlah', 'Klojen', 2, 3, 9],
        ],
      },
    ]);
    const result = await importOk(admin, file, 'lp.xlsx', 'dataYear=2024');
    expect(result).toMatchObject({ created: 2, rejected: 0 });
    expect((await find('Batik Dua Tiga')).latestSnapshot.workersTotal).toBe(5);
    expect((await find('Batik Salah Jumlah')).latestSnapshot).toMatchObject({
      workersMale: 2,
      workersFemale: 3,
      workersTotal: 5,
    });
    expect(result.warnings.map((w) => w.code)).toContain('registry-import:row.workersTotalMismatch');
  });
});
