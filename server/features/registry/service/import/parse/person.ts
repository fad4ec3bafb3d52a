import {
  compactKey,
  nikRegionOutside,
  parseCount,
  parseDate,
  parseEducation,
  parseGender,
  parseNik,
  parsePhone,
  parseYear,
  spellingFold,
} from '#core/domain/registry';
import type { OwnerData } from '../types';
import { importKey, type RowReader } from './context';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** A full birth date from its own column, when there is one and it reads. */
function birthDateOf(r: RowReader): string | null {
  const date = r.raw('birthDate');
  if (date === undefined) return null;
  return r.take('birthDate', parseDate(date, { referenceDate: r.ctx.referenceDate }), true);
}

function birthYearOf(r: RowReader, fromNik: number | null, dateColumn: string | null): number | null {
  const max = r.ctx.referenceDate.getUTCFullYear();
  const year = r.raw('birthYear');
  if (year !== undefined) return r.take('birthYear', parseYear(year, { min: 1900, max }), true);
  if (dateColumn) return Number(dateColumn.slice(0, 4));
  const placeDate = r.text('birthPlaceDate');
  if (placeDate) {
    // "Malang, 12-03-1980" or "Malang 12 Maret 1980": the date is what follows the place.
    const datePart = placeDate.includes(',') ? placeDate.slice(placeDate.lastIndexOf(',') + 1) : placeDate;
    const match = /\d.*$/.exec(datePart.trim());
    const parsed = match ? parseDate(match[0], { referenceDate: r.ctx.referenceDate }) : null;
    if (parsed?.ok) return Number(parsed.value.slice(0, 4));
    if (!fromNik)
      r.warn('birthPlaceDate', { key: importKey('row.birthDateUnreadable'), params: { value: placeDate } });
  }
  if (fromNik) return fromNik;
  const age = r.raw('age');
  if (age !== undefined) {
    const years = r.take('age', parseCount(age, { min: 10, max: 110 }), true);
    if (years !== null) return r.ctx.dataYear - years;
  }
  return null;
}

/**
 * The owner (a person). A NIK with a broken structure rejects the row, since it could attach
 * the business to the wrong person; a NIK registered outside the city only warns (people move).
 * Contact details that cannot be read are dropped with a warning rather than rejecting the row.
 */
export function parseOwner(r: RowReader): OwnerData | null {
  let nik: string | null = null;
  let nikYear: number | null = null;
  let nikGender: 'male' | 'female' | null = null;
  let nikDate: string | null = null;
  const nikCell = r.raw('nik');
  if (nikCell !== undefined) {
    const parsed = r.take('nik', parseNik(nikCell, { referenceDate: r.ctx.referenceDate }));
    if (parsed) {
      nik = parsed.nik;
      nikYear = Number(parsed.birthDate.slice(0, 4));
      nikGender = parsed.gender;
      nikDate = parsed.birthDate;
      const outside = nikRegionOutside(nik, r.ctx.regions.regencyCode);
      if (outside) r.warn('nik', outside);
    }
  }
  const genderCell = r.raw('gender');
  const gender =
    genderCell === undefined ? nikGender : (r.take('gender', parseGender(genderCell), true) ?? nikGender);
  const phoneCell = r.raw('phone');
  const phone = phoneCell === undefined ? null : (r.take('phone', parsePhone(phoneCell), true)?.e164 ?? null);
  let email = r.text('email');
  if (email && !EMAIL.test(email)) {
    r.warn('email', { key: importKey('row.emailInvalid'), params: { value: email } });
    email = null;
  }
  const educationCell = r.raw('education');
  const education =
    educationCell === undefined ? null : r.take('education', parseEducation(educationCell), true);
  const dateColumn = birthDateOf(r);
  const birthYear = birthYearOf(r, nikYear, dateColumn);
  const address = r.text('ownerAddress');
  const name = r.text('ownerName');
  if (!name) {
    const given = [nik && 'nik', phone && 'phone', email && 'email'].filter(Boolean);
    if (given.length > 0) r.warn('ownerName', { key: importKey('row.ownerNameMissing') });
    return null;
  }
  if (name.length > 120) {
    r.error('ownerName', { key: importKey('row.tooLong'), params: { max: 120 } });
    return null;
  }
  return {
    name,
    nameKey: spellingFold(compactKey(name)),
    nik,
    nikHash: nik ? r.ctx.hashNik(nik) : null,
    gender,
    birthYear,
    birthDate: nikDate ?? dateColumn,
    phone,
    email: email ? email.toLowerCase() : null,
    education,
    address,
  };
}
