import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import {
  API,
  bathBody,
  createBatch,
  createBath,
  expectStatus,
  type Json,
  leaf,
  ownerClient,
  runBatch,
} from './test-fixtures';

let t: TestApp;
let admin: Client;
let owner: Client;
let ownerId: string;
let stranger: Client;
let officer: Client;
let trainer: Client;
let bath: Json;
let batch: Json;
let sheet: Json;

const T0 = '2030-09-01T00:00:00.000Z';
const costing = { copperPricePerKgIdr: 150_000, volts: 2 };

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  const o = await ownerClient(t, 'Pemilik');
  owner = o.client;
  ownerId = o.user.id;
  stranger = (await ownerClient(t, 'Orang lain')).client;
  officer = (await userClient(t.app, t.database, { role: 'officer' })).client;
  trainer = (await userClient(t.app, t.database, { role: 'trainer' })).client;
  bath = await createBath(owner);
  batch = await createBatch(owner, bath.id);
  await runBatch(owner, batch.id, T0, [{ at: T0, currentA: 1.5 }], '2030-09-01T05:00:00.000Z');
  sheet = expectStatus(
    await owner.post(`${API}/price-sheets`, { source: 'batch', name: 'Lembar', batchId: batch.id, costing }),
    201,
  );
});
afterAll(async () => t.close());

/** Every way to read one of the owner's records. */
const reads = () => [
  `${API}/baths/${bath.id}`,
  `${API}/baths/${bath.id}/maintenance`,
  `${API}/batches/${batch.id}`,
  `${API}/price-sheets/${sheet.id}`,
  `${API}/stats?bathId=${bath.id}`,
];

/** Every way to change one of the owner's records, with a body that would be valid. */
const writes = (): [string, string, unknown][] => [
  ['PATCH', `${API}/baths/${bath.id}`, { name: 'diambil alih' }],
  ['DELETE', `${API}/baths/${bath.id}`, undefined],
  ['POST', `${API}/baths/${bath.id}/maintenance`, { kind: 'filtering', performedOn: '2030-09-02' }],
  ['PATCH', `${API}/batches/${batch.id}`, { name: 'diambil alih' }],
  ['DELETE', `${API}/batches/${batch.id}`, undefined],
  ['POST', `${API}/batches/${batch.id}/status`, { status: 'cancelled' }],
  ['POST', `${API}/batches/${batch.id}/readings`, { at: T0, currentA: 1 }],
  ['DELETE', `${API}/batches/${batch.id}/readings/${batch.id}`, undefined],
  ['POST', `${API}/batches/${batch.id}/finishing`, { kind: 'polish', performedOn: '2030-09-02' }],
  ['DELETE', `${API}/batches/${batch.id}/finishing/${batch.id}`, undefined],
  ['PUT', `${API}/batches/${batch.id}/pieces/${batch.pieces[0].id}/qc`, { outcome: 'pass' }],
  ['POST', `${API}/batches/${batch.id}/calibration`, { measuredMassG: 1 }],
  ['DELETE', `${API}/price-sheets/${sheet.id}`, undefined],
];

async function send(client: Client, method: string, url: string, body: unknown) {
  if (method === 'PATCH') return client.patch(url, body);
  if (method === 'PUT') return client.put(url, body);
  if (method === 'DELETE') return client.delete(url);
  return client.post(url, body);
}

const auditTotal = async () => (await admin.get('/api/audit?pageSize=1')).json().total as number;

describe('another IKM owner', () => {
  it('gets 404 for every read and write of records that are not theirs, and nothing is audited', async () => {
    const before = await auditTotal();
    for (const url of reads()) expect((await stranger.get(url)).statusCode, url).toBe(404);
    expect((await stranger.post(`${API}/batches/${batch.id}/costing`, costing)).statusCode).toBe(404);
    for (const [method, url, body] of writes()) {
      expect((await send(stranger, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect(await auditTotal()).toBe(before);
    const bath2 = await stranger.get(`${API}/baths/${bath.id}`);
    expect(bath2.json().error.code).toBe('not_found');
  });

  it('cannot plan in a bath or price a batch that is not theirs (same answer as a missing one)', async () => {
    const b = await stranger.post(`${API}/batches`, { bathId: bath.id, name: 'x', pieces: [leaf(10)] });
    expect(b.statusCode).toBe(400);
    expect(b.json().error.details.fields[0].path).toBe('bathId');
    const missing = await stranger.post(`${API}/batches`, {
      bathId: '00000000-0000-4000-8000-000000000000',
      name: 'x',
      pieces: [leaf(10)],
    });
    expect(missing.json()).toEqual(b.json());
    const s = await stranger.post(`${API}/price-sheets`, {
      source: 'batch',
      name: 'x',
      batchId: batch.id,
      costing,
    });
    expect(s.statusCode).toBe(400);
    expect(s.json().error.details.fields[0].path).toBe('batchId');
  });

  it('sees none of them in lists, even when asking for the owner by id', async () => {
    for (const list of ['baths', 'batches', 'price-sheets']) {
      const res = expectStatus(await stranger.get(`${API}/${list}?ownerId=${ownerId}`), 200);
      expect(res.total, list).toBe(0);
    }
  });
});

describe('admins', () => {
  it('read every record and list across owners, narrowing by owner', async () => {
    for (const url of reads()) expect((await admin.get(url)).statusCode, url).toBe(200);
    expect((await admin.post(`${API}/batches/${batch.id}/costing`, costing)).statusCode).toBe(200);
    await createBath(stranger, { name: 'Bak orang lain' });
    expect(expectStatus(await admin.get(`${API}/baths`), 200).total).toBe(2);
    const one = expectStatus(await admin.get(`${API}/baths?ownerId=${ownerId}`), 200);
    expect(one.items.map((b: { id: string }) => b.id)).toEqual([bath.id]);
    expect(expectStatus(await admin.get(`${API}/batches?ownerId=${ownerId}`), 200).total).toBe(1);
    expect(expectStatus(await admin.get(`${API}/price-sheets`), 200).total).toBe(1);
  });

  it('change nothing: every write is 403, creating too', async () => {
    for (const [method, url, body] of writes()) {
      expect((await send(admin, method, url, body)).statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await admin.post(`${API}/baths`, bathBody())).statusCode).toBe(403);
    expect(
      (await admin.post(`${API}/batches`, { bathId: bath.id, name: 'x', pieces: [leaf(10)] })).statusCode,
    ).toBe(403);
    const manual = { source: 'manual', name: 'x', price: { materialsIdr: 1 } };
    expect((await admin.post(`${API}/price-sheets`, manual)).statusCode).toBe(403);
  });
});

describe('officers and trainers', () => {
  it('officers get summaries only', async () => {
    expect((await officer.get(`${API}/summary`)).statusCode).toBe(200);
    for (const url of [
      ...reads(),
      `${API}/baths`,
      `${API}/batches`,
      `${API}/price-sheets`,
      `${API}/stats`,
      `${API}/settings`,
    ]) {
      expect((await officer.get(url)).statusCode, url).toBe(403);
    }
    expect((await officer.post(`${API}/batches/${batch.id}/costing`, costing)).statusCode).toBe(403);
    for (const [method, url, body] of writes()) {
      expect((await send(officer, method, url, body)).statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await officer.post(`${API}/baths`, bathBody())).statusCode).toBe(403);
    expect(
      (await officer.put(`${API}/settings`, { idrPerUsd: 1, idrPerEur: 1, pricePerKwhIdr: 1 })).statusCode,
    ).toBe(403);
  });

  it('trainers may only calculate', async () => {
    const urls = [
      ...reads(),
      `${API}/baths`,
      `${API}/batches`,
      `${API}/price-sheets`,
      `${API}/stats`,
      `${API}/summary`,
      `${API}/settings`,
    ];
    for (const url of urls) expect((await trainer.get(url)).statusCode, url).toBe(403);
    for (const [method, url, body] of writes()) {
      expect((await send(trainer, method, url, body)).statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await trainer.post(`${API}/baths`, bathBody())).statusCode).toBe(403);
    const calc = await trainer.post(`${API}/calculate`, {
      kind: 'current',
      areaCm2: 60,
      currentDensityAdm2: 1.5,
    });
    expect(calc.statusCode).toBe(200);
  });

  it('nobody signed out gets anything, and writes need the CSRF header', async () => {
    const anonymous = new Client(t.app);
    for (const url of [...reads(), `${API}/summary`, `${API}/settings`]) {
      expect((await anonymous.get(url)).statusCode, url).toBe(401);
    }
    const noCsrf = await owner.patch(
      `${API}/baths/${bath.id}`,
      { name: 'x' },
      { headers: { 'x-csrf-token': 'salah' } },
    );
    expect(noCsrf.statusCode).toBe(403);
  });
});

describe('the owner', () => {
  it('every change writes an audit row', async () => {
    const other = await createBatch(owner, bath.id);
    const steps: [string, string, unknown, number][] = [
      ['PATCH', `${API}/baths/${bath.id}`, { notes: 'dicatat' }, 200],
      ['POST', `${API}/baths/${bath.id}/maintenance`, { kind: 'filtering', performedOn: '2030-09-02' }, 201],
      ['PATCH', `${API}/batches/${other.id}`, { name: 'ganti nama' }, 200],
      ['POST', `${API}/batches/${batch.id}/readings`, { at: '2030-09-01T01:00:00.000Z', currentA: 1.4 }, 201],
      ['POST', `${API}/batches/${batch.id}/finishing`, { kind: 'patina', performedOn: '2030-09-02' }, 201],
      ['PUT', `${API}/batches/${batch.id}/pieces/${batch.pieces[0].id}/qc`, { outcome: 'pass' }, 200],
      ['POST', `${API}/batches/${batch.id}/calibration`, { measuredMassG: 5 }, 200],
      ['POST', `${API}/batches/${other.id}/status`, { status: 'cancelled' }, 200],
      ['DELETE', `${API}/batches/${other.id}`, undefined, 200],
      ['DELETE', `${API}/price-sheets/${sheet.id}`, undefined, 200],
    ];
    for (const [method, url, body, status] of steps) {
      const before = await auditTotal();
      expectStatus(await send(owner, method, url, body), status);
      expect(await auditTotal(), `${method} ${url}`).toBeGreaterThan(before);
    }
  });
});
