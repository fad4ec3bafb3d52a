import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_TIME_ZONE, setOfficeTimeZone } from '#core/time';
import type { Client, TestApp } from '#server/test/app';
import { createTestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { API, createBatch, createBath, expectStatus, ownerClient } from './test-fixtures';

/** The office time zone is configuration: statistics' months follow it unless a request says otherwise. */

let t: TestApp;
let maker: Client;

beforeAll(async () => {
  t = await createTestApp({ OFFICE_TIME_ZONE: 'UTC' });
  await setupAdmin(t.app);
  maker = (await ownerClient(t)).client;
  const bath = await createBath(maker);
  // 31 Jan 20:00 UTC is already 1 Feb 03:00 in Jakarta.
  await createBatch(maker, bath.id, { plannedStartAt: '2030-01-31T20:00:00Z' });
});
afterAll(async () => {
  setOfficeTimeZone(DEFAULT_OFFICE_TIME_ZONE);
  await t.close();
});

describe('months of the statistics', () => {
  it('are the configured office zone’s calendar months by default', async () => {
    const stats = expectStatus(await maker.get(`${API}/stats`), 200);
    expect(stats.months.map((m: { month: string }) => m.month)).toEqual(['2030-01']);
  });

  it('follow an offset the reader asks for', async () => {
    const wib = expectStatus(await maker.get(`${API}/stats?utcOffsetMinutes=420`), 200);
    expect(wib.months.map((m: { month: string }) => m.month)).toEqual(['2030-02']);
  });
});
