import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '#server/test/app';
import { createUser, userClient } from '#server/test/factories';
import { createEvent, LOWOKWARU, trainingApp } from './test-helpers';

/* Programs (name, follow-up offsets) and the trainers an event may be given: the office's. */

let t: TestApp;
let admin: Client;
let officer: Client;
let trainer: Client;
let trainerId: string;

beforeAll(async () => {
  ({ t, admin } = await trainingApp());
  officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] })).client;
  const tr = await userClient(t.app, t.database, { role: 'trainer', name: 'Pak Budi Pelatih' });
  trainer = tr.client;
  trainerId = tr.user.id;
});
afterAll(() => t.close());

describe('programs', () => {
  let programId: string;

  it('are created with the default follow-up at 1, 3, 6 and 12 months', async () => {
    const res = await admin.post('/api/programs', { name: 'Pengembangan Kriya Electroforming' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ followupOffsets: [1, 3, 6, 12], eventCount: 0 });
    programId = res.json().id;
  });

  it('are edited: offsets sorted and without repeats; an event of the program follows them', async () => {
    const res = await admin.patch(`/api/programs/${programId}`, { followupOffsets: [6, 2, 2, 24] });
    expect(res.statusCode).toBe(200);
    expect(res.json().followupOffsets).toEqual([2, 6, 24]);
    const event = await createEvent(admin, { programId });
    expect((await admin.get(`/api/events/${event.id}`)).json().followupOffsets).toEqual([2, 6, 24]);
    const list = (await admin.get('/api/programs')).json().items;
    expect(list.find((p: { id: string }) => p.id === programId)).toMatchObject({ eventCount: 1 });
  });

  it('refuse bad offsets and a missing name, naming the field', async () => {
    const bad = await admin.patch(`/api/programs/${programId}`, { followupOffsets: [0] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('followupOffsets.0');
    const none = await admin.post('/api/programs', { name: ' ' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details.fields[0].path).toBe('name');
  });

  it('are made and changed only by the office admin', async () => {
    for (const who of [officer, trainer]) {
      expect((await who.post('/api/programs', { name: 'Lain' })).statusCode).toBe(403);
      expect((await who.patch(`/api/programs/${programId}`, { name: 'Lain' })).statusCode).toBe(403);
    }
  });
});

describe('trainers to pick', () => {
  it('lists active trainer accounts (id and name only) to the admin', async () => {
    await createUser(t.database, { role: 'trainer', name: 'Bu Nonaktif', active: false });
    await createUser(t.database, { role: 'officer', name: 'Pak Petugas' });
    const res = await admin.get('/api/training/trainers');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items).toEqual([{ id: trainerId, name: 'Pak Budi Pelatih' }]);
  });

  it('is not open to officers or trainers', async () => {
    expect((await officer.get('/api/training/trainers')).statusCode).toBe(403);
    expect((await trainer.get('/api/training/trainers')).statusCode).toBe(403);
  });
});
