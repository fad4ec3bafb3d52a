import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postVisit, producingAnswers, visitBody } from '#server/features/monitoring/test-helpers';
import { BLIMBING, createVia, LOWOKWARU } from '#server/features/registry/test-helpers';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { isPostgres, peakConnections, statusCounts, together } from '#server/test/concurrency';
import { setupAdmin, userClient } from '#server/test/factories';

let t: TestApp;
let admin: Client;
let officer: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] })).client;
});
afterAll(() => t.close());

async function submitVisit(
  businessId: string,
  observedNeeds: string[],
  note = 'Kemasan masih plastik polos.',
) {
  const body = visitBody(businessId, { answers: producingAnswers({ observedNeeds, needsNote: note }) });
  const res = await postVisit(officer, body);
  if (res.statusCode !== 201) throw new Error(`visit failed: ${res.statusCode} ${res.body}`);
  return body.id;
}
const approve = (visitId: string) =>
  admin.post(`/api/visits/${visitId}/review`, { version: 1, decision: 'approve' });
const needsOf = async (businessId: string) =>
  (await admin.get(`/api/needs?businessId=${businessId}&pageSize=200`)).json().items as {
    id: string;
    category: string;
    status: string;
    evidenceSource: string;
  }[];

describe('needs observed in monitoring visits', () => {
  it('are created when the visit is approved (not when submitted), then updated, never duplicated', async () => {
    const b = await createVia(admin, { name: 'UD Kunjungan Satu' });
    const first = await submitVisit(b.id, ['packaging', 'marketing']);
    expect(await needsOf(b.id)).toEqual([]);
    expect((await approve(first)).statusCode).toBe(200);
    const after1 = await needsOf(b.id);
    expect(after1.map((n) => n.category).sort()).toEqual(['marketing', 'packaging']);
    expect(after1.every((n) => n.status === 'identified' && n.evidenceSource === 'visit')).toBe(true);

    // A second visit seeing packaging again adds evidence to the open need; a new category is new.
    const packaging = after1.find((n) => n.category === 'packaging')!;
    await officer.patch(`/api/needs/${packaging.id}`, { status: 'planned' });
    const second = await submitVisit(b.id, ['packaging', 'digital'], 'Belum jualan online.');
    await approve(second);
    const after2 = await needsOf(b.id);
    expect(after2.map((n) => n.category).sort()).toEqual(['digital', 'marketing', 'packaging']);
    const detail = (await admin.get(`/api/needs/${packaging.id}`)).json();
    expect(detail.status).toBe('planned');
    expect(detail.evidence.map((e: { visitId: string }) => e.visitId)).toEqual([first, second]);

    // Once met, the same lack seen again is a new need (the met one stays met).
    await officer.patch(`/api/needs/${packaging.id}`, { status: 'in_progress' });
    await officer.patch(`/api/needs/${packaging.id}`, { status: 'met' });
    await approve(await submitVisit(b.id, ['packaging']));
    const packs = (await needsOf(b.id)).filter((n) => n.category === 'packaging');
    expect(packs.map((n) => n.status).sort()).toEqual(['identified', 'met']);
  });

  it('stay one open need per category under concurrent approvals', async () => {
    const b = await createVia(admin, { name: 'UD Balapan' });
    const n = 8;
    const visits: string[] = [];
    for (let i = 0; i < n; i++)
      visits.push(await submitVisit(b.id, ['equipment', 'raw_materials'], `catatan ${i}`));
    const { result, peak } = await peakConnections(t.database, () => together(n, (i) => approve(visits[i])));
    expect(statusCounts(result)).toEqual({ 200: n });
    if (isPostgres(t.database)) expect(peak).toBeGreaterThan(1);
    const needs = await needsOf(b.id);
    expect(needs.map((x) => x.category).sort()).toEqual(['equipment', 'raw_materials']);
    const detail = (await admin.get(`/api/needs/${needs[0].id}`)).json();
    expect(detail.evidence).toHaveLength(n);
    expect(detail.history).toHaveLength(1);
  });
});

describe('needs from export-readiness gaps', () => {
  it('are offered once: the second run creates and changes nothing', async () => {
    const b = await createVia(admin, { name: 'UD Siap Ekspor' });
    const first = await officer.post('/api/needs/from-readiness', { businessId: b.id });
    expect(first.statusCode).toBe(200);
    expect(first.json().created.length).toBeGreaterThan(0);
    const needs = await needsOf(b.id);
    expect(needs.every((n) => n.evidenceSource === 'readiness_gap')).toBe(true);
    expect(new Set(needs.map((n) => n.category)).size).toBe(needs.length);
    const again = await officer.post('/api/needs/from-readiness', { businessId: b.id });
    expect(again.json()).toMatchObject({ created: [], updated: [] });
    expect(await needsOf(b.id)).toHaveLength(needs.length);
  });

  it('refuses a business outside the officer’s kecamatan and names an unknown one', async () => {
    const other = await createVia(admin, { name: 'CV Luar', districtCode: BLIMBING, villageCode: undefined });
    expect((await officer.post('/api/needs/from-readiness', { businessId: other.id })).statusCode).toBe(403);
    const unknown = await officer.post('/api/needs/from-readiness', {
      businessId: '00000000-0000-4000-8000-000000000009',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0].path).toBe('businessId');
    expect(await needsOf(other.id)).toEqual([]);
  });
});
