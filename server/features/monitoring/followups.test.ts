import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, officeDate } from '#core/time';
import { BLIMBING, createVia, LOWOKWARU } from '#server/features/registry/test-helpers';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { type CohortMember, type ScheduleSource, useScheduleSource } from './service';
import { postVisit, producingAnswers, visitBody } from './test-helpers';

/*
 * Follow-ups and the funnel over a cohort schedule given here (the training feature's schedule
 * is wired in at startup; these tests pin the dates).
 */

let t: TestApp;
let admin: Client;
let officer: Client;
const ids: Record<string, string> = {};
const EVENT = '7d1c2f8e-8f0a-4c4b-9a51-0d5c8b1e2a10';
const today = officeDate();
// Ended two months and a week ago: the 1-month visit is overdue, the 3-month one not yet due.
const endDate = addDays(addMonths(today, -2), -7);

function member(businessId: string): CohortMember {
  return {
    eventId: EVENT,
    programId: null,
    eventTitle: { id: 'Pelatihan Electroforming', en: 'Electroforming workshop' },
    eventEndDate: endDate,
    businessId,
    dueVisits: [1, 3, 6, 12].map((m) => ({ offsetMonths: m, dueDate: addMonths(endDate, m) })),
  };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] })).client;
  for (const name of ['Alfa', 'Bravo', 'Charlie']) ids[name] = (await createVia(admin, { name })).id;
  ids.Delta = (await createVia(admin, { name: 'Delta', districtCode: BLIMBING, villageCode: undefined })).id;
  const members = Object.values(ids).map(member);
  const source: ScheduleSource = {
    all: async () => members,
    forBusinesses: async (_db, businessIds) => members.filter((m) => businessIds.includes(m.businessId)),
    forEvent: async (_db, eventId) =>
      eventId === EVENT
        ? {
            eventId,
            programId: null,
            eventTitle: members[0].eventTitle,
            eventEndDate: endDate,
            offsets: [1, 3, 6, 12],
            members,
          }
        : null,
  };
  useScheduleSource(source);
});
afterAll(() => t.close());

const at = (day: string) => `${day}T03:00:00.000Z`;

describe('follow-ups and the funnel', () => {
  it('lists overdue and never-visited businesses, limited to the officer kecamatan', async () => {
    const overdue = await officer.get('/api/followups?status=overdue');
    expect(overdue.statusCode).toBe(200);
    expect(
      overdue
        .json()
        .items.map((i: { businessName: string }) => i.businessName)
        .sort(),
    ).toEqual(['Alfa', 'Bravo', 'Charlie']);
    expect(overdue.json().items[0]).toMatchObject({
      offsetMonths: 1,
      dueDate: addMonths(endDate, 1),
      status: 'overdue',
    });
    const adminView = await admin.get('/api/followups?status=overdue');
    expect(adminView.json().items).toHaveLength(4);
    // Alfa visited inside the 1-month window: fulfilled, no longer overdue nor never visited.
    const visit = await postVisit(
      officer,
      visitBody(ids.Alfa, { visitedAt: at(addDays(addMonths(endDate, 1), 3)) }),
    );
    expect(visit.statusCode).toBe(201);
    const after = await officer.get('/api/followups?status=overdue');
    expect(
      after
        .json()
        .items.map((i: { businessName: string }) => i.businessName)
        .sort(),
    ).toEqual(['Bravo', 'Charlie']);
    const never = await officer.get('/api/followups?status=never');
    expect(
      never
        .json()
        .items.map((i: { businessName: string }) => i.businessName)
        .sort(),
    ).toEqual(['Bravo', 'Charlie']);
    const mine = await officer.get('/api/monitoring/businesses');
    const alfa = mine.json().items.find((b: { name: string }) => b.name === 'Alfa');
    expect(alfa.lastVisit.answers.producing).toBe('yes');
    expect(alfa.followUp).toMatchObject({ offsetMonths: 3, status: 'upcoming' });
    expect(mine.json().items.map((b: { name: string }) => b.name)).not.toContain('Delta');
  });

  it('counts the funnel from the latest visit in each window; unvisited members are unknown', async () => {
    const oneMonth = addDays(addMonths(endDate, 1), 5);
    await postVisit(
      officer,
      visitBody(ids.Bravo, {
        visitedAt: at(oneMonth),
        answers: producingAnswers({
          producing: 'no',
          salesChannels: [],
          sellsOutsideCity: 'no',
          exporting: 'no',
        }),
      }),
    );
    await postVisit(
      officer,
      visitBody(ids.Bravo, {
        visitedAt: at(addDays(oneMonth, 2)),
        answers: producingAnswers({
          salesChannels: ['marketplace'],
          sellsOutsideCity: 'yes',
          exporting: 'yes',
        }),
      }),
    );
    const funnel = await admin.get(`/api/cohorts/${EVENT}/funnel`);
    expect(funnel.statusCode).toBe(200);
    const first = funnel.json().windows.find((w: { offsetMonths: number }) => w.offsetMonths === 1);
    expect(first.counts).toEqual({
      trained: 4,
      producing: 2,
      selling: 2,
      beyondCity: 1,
      exporting: 1,
      active: 2,
      unknown: 2,
      visited: 2,
    });
    expect(funnel.json().windows.find((w: { offsetMonths: number }) => w.offsetMonths === 12).state).toBe(
      'future',
    );
    const officerView = await officer.get(`/api/cohorts/${EVENT}/funnel`);
    expect(officerView.json().cohortSize).toBe(3);
    expect((await admin.get('/api/cohorts/00000000-0000-4000-8000-000000000000/funnel')).statusCode).toBe(
      404,
    );
  });

  it('refuses trainers and owners', async () => {
    const { client: trainer } = await userClient(t.app, t.database, { role: 'trainer' });
    const { client: owner } = await userClient(t.app, t.database, { role: 'ikm_owner' });
    for (const c of [trainer, owner]) {
      expect((await c.get('/api/followups')).statusCode).toBe(403);
      expect((await c.get(`/api/cohorts/${EVENT}/funnel`)).statusCode).toBe(403);
      expect((await c.get('/api/monitoring/businesses')).statusCode).toBe(403);
    }
    expect((await trainer.get('/api/visits')).statusCode).toBe(403);
  });
});
