import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONS } from './default-form';
import { classifyFollowUp, windowsOf } from './followups';
import { type FunnelVisit, funnelOf, stagesOf } from './funnel';
import type { Question } from './questions';
import { validateAnswers } from './validate-answers';
import { validateFormDefinition } from './validate-form';

const TODAY = '2026-12-04';
const base = { producing: 'yes', sellsOutsideCity: 'no', exporting: 'no' };

describe('validateAnswers', () => {
  it('accepts a complete visit and drops answers hidden by skip logic', () => {
    const { answers, issues } = validateAnswers(
      DEFAULT_QUESTIONS,
      { ...base, producing: 'no', piecesLastMonth: 10, salesChannels: ['reseller', 'reseller'] },
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(answers).not.toHaveProperty('piecesLastMonth');
    expect(answers.salesChannels).toEqual(['reseller']);
  });

  it('names each bad answer', () => {
    const { issues } = validateAnswers(
      DEFAULT_QUESTIONS,
      {
        producing: 'maybe',
        exporting: 'no',
        turnoverLastMonth: -5,
        workers: 2.5,
        location: { lat: 91, lng: 0 },
        extra: 'x',
      },
      TODAY,
    );
    expect(Object.fromEntries(issues.map((i) => [i.key, i.message.split('.').at(-1)]))).toEqual({
      extra: 'unknownQuestion',
      producing: 'notInList',
      turnoverLastMonth: 'belowMin',
      workers: 'notInteger',
      sellsOutsideCity: 'required',
      location: 'notLocation',
    });
  });

  it('refuses a future date unless the question allows it', () => {
    const q: Question[] = [{ key: 'nextVisit', type: 'date', label: { id: 'a', en: 'a' } }];
    expect(validateAnswers(q, { nextVisit: '2026-12-05' }, TODAY).issues[0].message).toBe(
      'monitoring:answers.future',
    );
    const allowed: Question[] = [{ ...q[0], allowFuture: true } as Question];
    expect(validateAnswers(allowed, { nextVisit: '2026-12-05' }, TODAY).issues).toEqual([]);
  });
});

describe('validateFormDefinition', () => {
  it('accepts the default form', () => {
    expect(validateFormDefinition(DEFAULT_QUESTIONS)).toEqual([]);
  });

  it('keeps the funnel questions and checks skip logic and keys', () => {
    const broken = DEFAULT_QUESTIONS.filter((q) => q.key !== 'exporting').map((q) =>
      q.key === 'workers' ? { ...q, min: 10, max: 1 } : q,
    );
    const dup = [...broken, { ...broken[0] }];
    const messages = validateFormDefinition(dup).map((i) => i.message.split('.').at(-1));
    expect(messages).toEqual(
      expect.arrayContaining(['maxBelowMin', 'duplicateKey', 'showIfTarget', 'funnelQuestion']),
    );
  });
});

describe('follow-up windows', () => {
  const schedule = [1, 3, 6, 12].map((m) => ({
    offsetMonths: m,
    dueDate: ['2026-03-01', '2026-05-01', '2026-08-01', '2027-02-01'][[1, 3, 6, 12].indexOf(m)],
  }));

  it('never overlap, so one visit fulfils at most one due visit', () => {
    const w = windowsOf(schedule);
    expect(w.map((x) => [x.start, x.end])).toEqual([
      ['2026-02-15', '2026-04-16'],
      ['2026-04-17', '2026-07-17'],
      ['2026-07-18', '2027-01-17'],
      ['2027-01-18', '2027-04-02'],
    ]);
  });

  it('classifies by the office day', () => {
    const [one, three] = windowsOf(schedule);
    expect(classifyFollowUp(one, [], '2026-02-20').status).toBe('upcoming');
    expect(classifyFollowUp(one, [], '2026-02-25').status).toBe('due');
    expect(classifyFollowUp(one, [], '2026-03-02').status).toBe('overdue');
    expect(classifyFollowUp(one, ['2026-03-10'], '2026-03-12')).toEqual({
      status: 'fulfilled',
      visitedOn: '2026-03-10',
    });
    expect(classifyFollowUp(one, [], '2026-04-17').status).toBe('missed');
    expect(classifyFollowUp(three, ['2026-03-10'], '2026-05-02').status).toBe('overdue');
  });
});

describe('funnel', () => {
  it('derives stages from answers', () => {
    expect(stagesOf({ producing: 'no', salesChannels: ['export'] })).toEqual({
      producing: false,
      selling: true,
      beyondCity: true,
      exporting: true,
      active: true,
    });
    expect(
      stagesOf({ producing: 'no', salesChannels: [], sellsOutsideCity: 'no', exporting: 'no' }).active,
    ).toBe(false);
  });

  it('counts the latest visit in each window and an unvisited member as unknown', () => {
    const windows = windowsOf([
      { offsetMonths: 1, dueDate: '2026-03-01' },
      { offsetMonths: 3, dueDate: '2026-05-01' },
    ]);
    const members = ['a', 'b', 'c'].map((businessId) => ({ businessId, since: '2026-02-01', windows }));
    const visits: FunnelVisit[] = [
      { businessId: 'a', day: '2026-02-20', at: '1', answers: { producing: 'no' } },
      {
        businessId: 'a',
        day: '2026-03-05',
        at: '2',
        answers: { producing: 'yes', salesChannels: ['local_shop'] },
      },
      { businessId: 'b', day: '2026-03-01', at: '3', answers: { producing: 'yes', exporting: 'yes' } },
      { businessId: 'b', day: '2026-05-02', at: '4', answers: { producing: 'no' } },
    ];
    const f = funnelOf(members, visits, [1, 3], '2026-05-10');
    expect(f.windows[0]).toMatchObject({
      state: 'closed',
      counts: { trained: 3, producing: 2, selling: 2, exporting: 1, active: 2, unknown: 1 },
    });
    expect(f.windows[1]).toMatchObject({
      state: 'open',
      counts: { producing: 0, active: 0, unknown: 2, visited: 1 },
    });
    expect(f.latest).toMatchObject({ producing: 1, active: 1, unknown: 1 });
  });
});
