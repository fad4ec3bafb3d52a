import { SUBSECTORS } from '#core/domain/registry';
import { CODE_ALPHABET, certificatePayload } from '#core/domain/training';
import { addDays, addMonths } from '#core/time';
import { START_YEAR } from './profile';
import type { Rng } from './random';
import type { DemoBusiness } from './world';

const OFFSETS = [1, 3, 6, 12];
const ORGANIZER = 'Diskopindag Kota Malang';

const TITLES: Record<string, { id: string; en: string }> = {
  electroforming: { id: 'Pelatihan Kriya Electroforming', en: 'Electroforming craft workshop' },
  logam: { id: 'Pelatihan Kriya Logam', en: 'Metal craft workshop' },
  kayu: { id: 'Pelatihan Ukir dan Finishing Kayu', en: 'Wood carving and finishing workshop' },
  keramik: { id: 'Pelatihan Glasir Keramik', en: 'Ceramic glazing workshop' },
  anyaman: { id: 'Pelatihan Desain Anyaman', en: 'Basketry design workshop' },
  batik_tekstil: { id: 'Pelatihan Batik Pewarna Alam', en: 'Natural-dye batik workshop' },
  kulit: { id: 'Pelatihan Kerajinan Kulit', en: 'Leather craft workshop' },
  perhiasan: { id: 'Pelatihan Desain Perhiasan', en: 'Jewellery design workshop' },
  lainnya: { id: 'Pelatihan Kemasan dan Pemasaran Digital', en: 'Packaging and digital marketing workshop' },
};

export type DemoTrainingRows = {
  events: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  registrations: Record<string, unknown>[];
  attendance: Record<string, unknown>[];
  certificates: Record<string, unknown>[];
  followups: Record<string, unknown>[];
};

/** Signs a certificate's payload as the training feature does (its key in DATA_DIR). */
export type SignCertificate = (payload: string) => string;

/**
 * Events spread evenly over the years up to a month before `until`; each takes 70–100 % of its
 * capacity from businesses of its subsector registered before it (others when too few). Most
 * participants attend most sessions; those at ≥ 80 % get a certificate and four follow-up
 * visits, of which two thirds of those already due are done. Certificates carry the same signed
 * facts as issued ones, so the public check page finds them and reports them genuine.
 */
export function makeTraining(
  rng: Rng,
  count: number,
  businesses: DemoBusiness[],
  until: string,
  sign: SignCertificate,
): DemoTrainingRows {
  const rows: DemoTrainingRows = {
    events: [],
    sessions: [],
    registrations: [],
    attendance: [],
    certificates: [],
    followups: [],
  };
  // Businesses become eligible for an event once registered before it; events come in date
  // order, so each pool only grows. A pool is kept as the set of eligible positions in the
  // businesses' order (a Fenwick tree), so picking its k-th member is the same as indexing the
  // filtered list, without filtering every business for every event (20,000 × 500,000 at
  // province scale).
  const bySubsector = new Map<string, EligiblePool>();
  const fallback = new EligiblePool(businesses.length);
  for (const s of SUBSECTORS) bySubsector.set(s, new EligiblePool(businesses.length));
  const byRegistration = businesses
    .map((b, i) => [b.registeredOn, i] as const)
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  let admitted = 0;
  const lastStart = addMonths(until, -1);
  const firstStart = `${START_YEAR}-03-01`;
  const spanDays = (Date.parse(lastStart) - Date.parse(firstStart)) / 86_400_000;
  let serial = 0;
  const codes = new Set<string>();
  // A code in the alphabet of issued ones, read off the certificate's id (no extra draws, so the
  // rest of the demo stays as it was for a seed).
  const certificateCode = (id: string) => {
    const hex = id.replaceAll('-', '');
    const at = (i: number) => CODE_ALPHABET[parseInt(hex.slice(2 * i, 2 * i + 2), 16) % CODE_ALPHABET.length];
    let code = Array.from({ length: 10 }, (_, i) => at(i)).join('');
    while (codes.has(code)) code = code.slice(1) + rng.pick([...CODE_ALPHABET]);
    codes.add(code);
    return code;
  };
  for (let e = 0; e < count; e++) {
    const subsector = rng.pick(SUBSECTORS);
    const startDate = addDays(firstStart, Math.floor(((e + rng.next()) / count) * spanDays));
    while (admitted < byRegistration.length && byRegistration[admitted][0] < startDate) {
      const i = byRegistration[admitted][1];
      bySubsector.get(businesses[i].subsector)?.add(i);
      fallback.add(i);
      admitted += 1;
    }
    const days = rng.int(2, 3);
    const endDate = addDays(startDate, days - 1);
    const capacity = rng.int(20, 40);
    const eventId = rng.uuid();
    rows.events.push({
      id: eventId,
      titleId: TITLES[subsector].id,
      titleEn: TITLES[subsector].en,
      subsector,
      startDate,
      endDate,
      venue: rng.pick(['Aula Diskopindag', 'Hotel Santika Malang', 'Balai Latihan Kerja', 'Gedung MCC']),
      organizer: ORGANIZER,
      capacity,
      minShare: 0.8,
      followupOffsets: OFFSETS,
      finishedAt: `${endDate}T10:00:00Z`,
    });
    const sessionIds = Array.from({ length: days }, (_, i) => {
      const id = rng.uuid();
      rows.sessions.push({
        id,
        eventId,
        date: addDays(startDate, i),
        startTime: '08:00',
        endTime: '15:00',
        topic: `Sesi ${i + 1}`,
        position: i + 1,
      });
      return id;
    });
    const pool = bySubsector.get(subsector) ?? fallback;
    const wanted = Math.floor(capacity * (0.7 + 0.3 * rng.next()));
    const chosen = new Set<DemoBusiness>();
    for (let tries = 0; chosen.size < wanted && tries < wanted * 4; tries++) {
      const from = tries < wanted * 2 && pool.size > 0 ? pool : fallback;
      if (from.size === 0) break;
      chosen.add(businesses[from.pick(rng)]);
    }
    for (const b of chosen) {
      serial += 1;
      const registrationId = rng.uuid();
      const cancelled = rng.chance(0.04);
      rows.registrations.push({
        id: registrationId,
        eventId,
        code: `DM${serial.toString(36).toUpperCase().padStart(6, '0')}`,
        ownerId: b.ownerId,
        businessId: b.id,
        name: b.ownerName,
        businessName: b.name,
        districtCode: b.districtCode,
        status: cancelled ? 'cancelled' : 'registered',
        source: 'office',
        createdAt: `${addDays(startDate, -rng.int(7, 30))}T02:00:00Z`,
        cancelledAt: cancelled ? `${addDays(startDate, -2)}T02:00:00Z` : null,
      });
      if (cancelled) continue;
      const diligence = rng.chance(0.12) ? 0 : 0.75 + 0.25 * rng.next();
      let attended = 0;
      sessionIds.forEach((sessionId, i) => {
        if (!rng.chance(diligence)) return;
        attended += 1;
        rows.attendance.push({
          id: rng.uuid(),
          eventId,
          sessionId,
          registrationId,
          clientId: rng.uuid(),
          method: 'qr',
          scannedAt: `${addDays(startDate, i)}T01:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`,
        });
      });
      if (attended / days < 0.8) continue;
      const certificateId = rng.uuid();
      const code = certificateCode(certificateId);
      const payload = certificatePayload({
        code,
        name: b.ownerName,
        event: { id: TITLES[subsector].id, en: TITLES[subsector].en },
        dates: { start: startDate, end: endDate },
        issuer: ORGANIZER,
      });
      rows.certificates.push({
        id: certificateId,
        code,
        eventId,
        registrationId,
        payload,
        signature: sign(payload),
        issuedAt: `${addDays(endDate, 1)}T03:00:00Z`,
      });
      if (!b.trainedOn) b.trainedOn = endDate;
      for (const offset of OFFSETS) {
        const dueDate = addMonths(endDate, offset);
        const done = dueDate <= until && rng.chance(0.67);
        const doneOn = addDays(dueDate, rng.int(0, 20));
        rows.followups.push({
          id: rng.uuid(),
          eventId,
          registrationId,
          ownerId: b.ownerId,
          businessId: b.id,
          districtCode: b.districtCode,
          offsetMonths: offset,
          dueDate,
          fulfilledAt: done ? `${doneOn > until ? until : doneOn}T04:00:00Z` : null,
        });
      }
    }
  }
  return rows;
}

/** Positions 0..n-1 admitted one by one; `pick` draws the k-th admitted in position order. */
class EligiblePool {
  private readonly tree: Int32Array;
  private readonly top: number;
  size = 0;

  constructor(n: number) {
    this.tree = new Int32Array(n + 1);
    this.top = n === 0 ? 0 : 2 ** Math.floor(Math.log2(n));
  }

  add(position: number) {
    for (let i = position + 1; i < this.tree.length; i += i & -i) this.tree[i] += 1;
    this.size += 1;
  }

  /** The same draw as `rng.pick` over the admitted positions listed in order. */
  pick(rng: Rng): number {
    let k = Math.floor(rng.next() * this.size);
    let at = 0;
    for (let step = this.top; step > 0; step >>= 1) {
      if (at + step < this.tree.length && this.tree[at + step] <= k) {
        at += step;
        k -= this.tree[at];
      }
    }
    return at;
  }
}
