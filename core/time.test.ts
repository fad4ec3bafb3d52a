import { afterEach, describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  endOfOfficeDay,
  officeDate,
  officeMonth,
  officeTimeZone,
  setOfficeTimeZone,
  startOfOfficeDay,
  utcOffsetMinutes,
} from './time';

afterEach(() => setOfficeTimeZone('Asia/Jakarta'));

describe('the office calendar', () => {
  it('takes days in WIB by default: 20:00 UTC is already the next day in Malang', () => {
    const at = new Date('2021-02-21T20:00:00Z');
    expect(officeTimeZone()).toBe('Asia/Jakarta');
    expect(utcOffsetMinutes(at)).toBe(420);
    expect(officeDate(at)).toBe('2021-02-22');
    expect(officeMonth(new Date('2021-02-28T18:00:00Z'))).toBe('2021-03');
  });

  it('follows the configured zone', () => {
    setOfficeTimeZone('Asia/Makassar');
    expect(utcOffsetMinutes(new Date('2021-02-21T00:00:00Z'))).toBe(480);
    expect(startOfOfficeDay('2021-02-22').toISOString()).toBe('2021-02-21T16:00:00.000Z');
    expect(() => setOfficeTimeZone('Mars/Olympus')).toThrow();
  });

  it('bounds a day by the instants it starts and ends, also across a DST change', () => {
    expect(startOfOfficeDay('2021-02-22').toISOString()).toBe('2021-02-21T17:00:00.000Z');
    expect(endOfOfficeDay('2021-02-22').toISOString()).toBe('2021-02-22T17:00:00.000Z');
    // Amsterdam moves to summer time on 28 March 2021: that day lasts 23 hours.
    const start = startOfOfficeDay('2021-03-28', 'Europe/Amsterdam');
    const end = endOfOfficeDay('2021-03-28', 'Europe/Amsterdam');
    expect(start.toISOString()).toBe('2021-03-27T23:00:00.000Z');
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
  });

  it('adds months clamped to the month end and counts days', () => {
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2021-02-22', 12)).toBe('2022-02-22');
    expect(addMonths('2021-11-15', 3)).toBe('2022-02-15');
    expect(daysBetween('2021-02-22', '2021-03-01')).toBe(7);
  });
});
