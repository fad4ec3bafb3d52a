import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import importText from '#core/i18n/id/registry-import.json';
import { failInterruptedImports } from '#server/features/registry/service';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { peakConnections, together } from '#server/test/concurrency';
import { setupAdmin } from '#server/test/factories';
import { CSV_KLOJEN_EXPECTED, CSV_KLOJEN_NAME, csvKlojen } from './fixtures/csv-klojen';
import { tableCounts, upload } from './test-helpers';

/*
 * Imports at the same time. On PostgreSQL the uploads run on parallel pool connections; the
 * imports' transactions take turns (advisory lock), so a file sent three times at once is
 * imported once and matched twice.
 */

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

describe('the same file imported at once', () => {
  it('three uploads together create each business once; the others match it', async () => {
    const before = await tableCounts(t.database);
    const file = csvKlojen();
    const { result } = await peakConnections(t.database, () =>
      together(3, () => upload(admin, file, CSV_KLOJEN_NAME)),
    );
    expect(result.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const bodies = result.map((r) => r.json());
    expect(bodies.reduce((n, b) => n + b.created, 0)).toBe(CSV_KLOJEN_EXPECTED.created);
    for (const b of bodies) expect(b.total).toBe(CSV_KLOJEN_EXPECTED.total);
    const after = await tableCounts(t.database);
    expect(after.businesses - before.businesses).toBe(CSV_KLOJEN_EXPECTED.created);
  });
});

describe('an import whose process died', () => {
  async function runningImport(heartbeatAgo: string) {
    const res = await t.database.db.execute(
      sql`insert into imports (file_name, file_hash, status, heartbeat_at)
          values ('mati.csv', 'x', 'running', now() - ${heartbeatAgo}::interval) returning id`,
    );
    return (res as unknown as { rows: { id: string }[] }).rows[0].id;
  }

  it('is recorded as failed (interrupted) exactly once however many sweeps run together', async () => {
    const dead = await runningImport('10 minutes');
    const alive = await runningImport('3 seconds');
    const swept = (await together(5, () => failInterruptedImports({ db: t.database.db }))).flat();
    expect(swept.filter((id) => id === dead)).toHaveLength(1);
    expect(swept).not.toContain(alive);
    const report = (await admin.get(`/api/imports/${dead}`)).json();
    expect(report).toMatchObject({ status: 'failed', failure: importText.failure.interrupted });
    expect((await admin.get(`/api/imports/${alive}`)).json().status).toBe('running');
    expect(await failInterruptedImports({ db: t.database.db })).not.toContain(dead);
  });
});
