import { PRIVACY_NOTICE_VERSION, parseRupiah } from '#core/domain/registry';
import { fieldNumber } from '#web/components/NumberText';
import type { Business, CreateBusinessInput, UpdateBusinessBody } from '../shared/types';

/** The privacy notice shown before personal data is recorded; its text is `registry-record:consent.notice`. */

export type FormValues = {
  name: string;
  brand: string;
  legalForm: string | null;
  subsector: string | null;
  nib: string;
  npwp: string;
  kbli: string[];
  kbliVersion: string;
  yearFounded: string;
  sentra: string;
  districtCode: string | null;
  villageCode: string | null;
  address: string;
  lat: string;
  lng: string;
  exportStatus: string;
  exportCountries: string[];
  notes: string;
  /** Product words ("tas anyaman"), one tag each. */
  products: string[];
  /** `key` only identifies the row in the form. */
  links: { key: string; kind: string; url: string }[];
  certifications: { key: string; type: string; label: string; number: string; expiresAt: string }[];
  owner: {
    name: string;
    nik: string;
    gender: string | null;
    birthYear: string;
    phone: string;
    email: string;
    education: string | null;
    consent: boolean;
  };
  turnoverMonthlyIdr: string;
  /** NumberText values: the number read, or the text as typed when it does not read. */
  workersMale: number | string;
  workersFemale: number | string;
  workersTotal: number | string;
};

const text = (v: string | null | undefined) => v ?? '';

export function initialValues(b?: Business, districtCode?: string | null): FormValues {
  return {
    name: text(b?.name),
    brand: text(b?.brand),
    legalForm: b?.legalForm ?? null,
    subsector: b?.subsector ?? null,
    nib: text(b?.nib),
    npwp: text(b?.npwp),
    kbli: b?.kbli.map((k) => k.code) ?? [],
    kbliVersion: String(b?.kbli[0]?.version ?? 2020),
    yearFounded: b?.yearFounded ? String(b.yearFounded) : '',
    sentra: text(b?.sentra),
    districtCode: b?.districtCode ?? districtCode ?? null,
    villageCode: b?.villageCode ?? null,
    address: text(b?.address),
    lat: b?.lat !== null && b?.lat !== undefined ? String(b.lat) : '',
    lng: b?.lng !== null && b?.lng !== undefined ? String(b.lng) : '',
    exportStatus: b?.exportStatus ?? 'belum',
    exportCountries: b?.exportCountries ?? [],
    notes: text(b?.notes),
    products: b?.products ?? [],
    links: (b?.links ?? []).map((l, i) => ({ key: `l${i}`, kind: l.kind, url: l.url })),
    certifications: [],
    owner: {
      name: '',
      nik: '',
      gender: null,
      birthYear: '',
      phone: '',
      email: '',
      education: null,
      consent: false,
    },
    turnoverMonthlyIdr: '',
    workersMale: '',
    workersFemale: '',
    workersTotal: '',
  };
}

const opt = (v: string | null) => (v === null || v.trim() === '' ? undefined : v.trim());
const num = (v: string) => {
  const s = v.trim().replace(',', '.');
  return s === '' ? undefined : Number(s);
};

/** Personal data typed for the owner: any of it makes the consent box required. */
export function hasPersonalData(o: FormValues['owner']) {
  return Boolean(
    o.nik.trim() || o.phone.trim() || o.email.trim() || o.birthYear.trim() || o.gender || o.education,
  );
}

function ownerInput(o: FormValues['owner']) {
  if (!o.name.trim() && !hasPersonalData(o)) return [];
  return [
    {
      isPrimary: true,
      person: {
        name: o.name,
        nik: opt(o.nik),
        gender: o.gender ?? undefined,
        birthYear: opt(o.birthYear),
        phone: opt(o.phone),
        email: opt(o.email),
        education: o.education ?? undefined,
        // Without the box ticked the API answers "consent required" on the right field.
        consent: o.consent ? { noticeVersion: PRIVACY_NOTICE_VERSION } : undefined,
      },
    },
  ];
}

function common(v: FormValues) {
  const version = Number(v.kbliVersion) as 2020 | 2025;
  return {
    name: v.name,
    brand: opt(v.brand),
    legalForm: opt(v.legalForm),
    nib: opt(v.nib),
    npwp: opt(v.npwp),
    kbli: v.kbli.map((code) => ({ code, version })),
    subsector: v.subsector ?? 'lainnya',
    address: opt(v.address),
    districtCode: v.districtCode ?? '',
    villageCode: opt(v.villageCode),
    lat: num(v.lat),
    lng: num(v.lng),
    yearFounded: opt(v.yearFounded),
    sentra: opt(v.sentra),
    exportStatus: v.exportStatus,
    exportCountries: v.exportCountries,
    notes: opt(v.notes),
    products: v.products.map((w) => w.trim()).filter(Boolean),
    links: v.links.filter((l) => l.url.trim()).map((l) => ({ kind: l.kind, url: l.url.trim() })),
  };
}

export function toCreateBody(v: FormValues): CreateBusinessInput {
  const turnover = v.turnoverMonthlyIdr.trim() ? parseRupiah(v.turnoverMonthlyIdr) : null;
  const workers = {
    workersMale: fieldNumber(v.workersMale),
    workersFemale: fieldNumber(v.workersFemale),
    workersTotal: fieldNumber(v.workersTotal),
  };
  const hasFigures = Boolean(turnover) || Object.values(workers).some((n) => n !== undefined);
  return {
    ...common(v),
    owners: ownerInput(v.owner),
    certifications: v.certifications.map((c) => ({
      type: c.type,
      label: opt(c.label),
      number: opt(c.number),
      expiresAt: opt(c.expiresAt),
    })),
    snapshot: hasFigures
      ? {
          dataYear: new Date().getFullYear(),
          turnoverMonthlyIdr: opt(v.turnoverMonthlyIdr),
          ...workers,
        }
      : undefined,
  } as CreateBusinessInput;
}

/** PATCH: empty boxes clear the field (null), as the contract's zClearable expects. */
export function toUpdateBody(v: FormValues, updatedAt: string): UpdateBusinessBody {
  const c = common(v);
  const clear = <T>(x: T | undefined) => (x === undefined ? null : x);
  return {
    ...c,
    brand: clear(c.brand),
    legalForm: clear(c.legalForm),
    nib: clear(c.nib),
    npwp: clear(c.npwp),
    address: clear(c.address),
    villageCode: clear(c.villageCode),
    lat: clear(c.lat),
    lng: clear(c.lng),
    yearFounded: clear(c.yearFounded),
    sentra: clear(c.sentra),
    notes: clear(c.notes),
    expectedUpdatedAt: updatedAt,
  } as UpdateBusinessBody;
}
