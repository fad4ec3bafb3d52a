import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '#server/test/app';
import { createTestApp } from '#server/test/app';
import { peakConnections, statusCounts, together } from '#server/test/concurrency';
import { API, createBath, expectStatus, ownerClient } from './test-fixtures';

/*
 * Races on one bath. On PostgreSQL the requests run on parallel pool connections (checked);
 * on PGlite the same rules hold with one connection.
 */

let t: TestApp;
let maker: Client;

beforeAll(async () => {
  t = await createTestApp();
  maker = (await ownerClient(t, 'Pak Hadi')).client;
});
afterAll(async () => t.close());

describe('editing one bath at the same time', () => {
  it('twenty edits from the same version: one 200, nineteen 409 with the current copy', async () => {
    const bath = await createBath(maker);
    const { result, peak } = await peakConnections(t.database, () =>
      together(20, (i) =>
        maker.patch(`${API}/baths/${bath.id}`, { notes: `catatan ${i}`, expectedUpdatedAt: bath.updatedAt }),
      ),
    );
    if (t.database.kind === 'postgres') expect(peak).toBeGreaterThan(1);
    expect(statusCounts(result)).toEqual({ 200: 1, 409: 19 });
    const winner = result.find((r) => r.statusCode === 200)!.json();
    for (const refused of result.filter((r) => r.statusCode === 409)) {
      const error = refused.json().error;
      expect(error.code).toBe('conflict');
      expect(error.details.current).toMatchObject({ id: bath.id, notes: winner.notes });
      expect(error.details.updatedAt).toBe(winner.updatedAt);
    }
  });

  it('an edit of the notes never writes back the operating window read before it', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const bath = await createBath(maker);
      const window = { temperatureC: { min: 18, max: 31 } };
      const answers = await together(2, (i) =>
        maker.patch(
          `${API}/baths/${bath.id}`,
          i === 0 ? { operatingWindow: window } : { notes: 'anoda diganti' },
        ),
      );
      expect(answers.map((r) => r.statusCode)).toEqual([200, 200]);
      const now = expectStatus(await maker.get(`${API}/baths/${bath.id}`), 200);
      expect(now.operatingWindow.temperatureC).toEqual(window.temperatureC);
      expect(now.notes).toBe('anoda diganti');
    }
  });

  it('two analyses logged at once: the later-dated one is the composition, whichever lands last', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const bath = await createBath(maker);
      const answers = await together(2, (i) =>
        maker.post(`${API}/baths/${bath.id}/maintenance`, {
          kind: 'analysis',
          performedOn: i === 0 ? '2030-05-02' : '2030-05-01',
          analysis: { copperSulfateGL: i === 0 ? 210 : 170 },
        }),
      );
      expect(answers.map((r) => r.statusCode)).toEqual([201, 201]);
      const now = expectStatus(await maker.get(`${API}/baths/${bath.id}`), 200);
      expect(now.composition).toMatchObject({ copperSulfateGL: 210, measuredOn: '2030-05-02' });
    }
  });
});
