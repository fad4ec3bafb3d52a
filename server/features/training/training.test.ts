import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '#server/test/app';
import { listDueFollowups } from './service';
import { createEvent, registerPublic, registrant, scan, trainingApp } from './test-helpers';

let t: TestApp;
let admin: Client;
let event: { id: string; sessions: { id: string }[] };
const regs: { id: string; code: string; status: string }[] = [];

beforeAll(async () => {
  ({ t, admin } = await trainingApp());
  event = await createEvent(admin);
});
afterAll(() => t.close());

describe('an event for 30 with a waiting list', () => {
  it('creates the event with its sessions and default rule', async () => {
    const res = await admin.get(`/api/events/${event.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.sessions).toHaveLength(2);
    expect(body.attendanceRule.minShare).toBe(0.8);
    expect(body.followupOffsets).toEqual([1, 3, 6, 12]);
  });

  it('refuses bad event input naming the field', async () => {
    const res = await admin.post('/api/events', {
      title: { id: '', en: 'x' },
      startDate: '2026-03-10',
      endDate: '2026-03-09',
      capacity: 0,
      venue: 'x',
      sessions: [{ date: '2026-03-10', start: '10:00', end: '09:00', topic: 'a' }],
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['title.id', 'capacity', 'endDate', 'sessions.0.end']));
  });

  it('seats 30 and puts 5 on the waiting list, in order', async () => {
    for (let i = 1; i <= 35; i++) {
      const res = await registerPublic(t, event.id, registrant(i));
      expect(res.statusCode).toBe(201);
      regs.push(res.json());
    }
    expect(regs.filter((r) => r.status === 'registered')).toHaveLength(30);
    expect(regs.slice(30).every((r) => r.status === 'waitlisted')).toBe(true);
    const list = (await admin.get(`/api/events/${event.id}/registrations`)).json();
    expect(list.items).toHaveLength(35);
    expect(list.items.find((r: { id: string }) => r.id === regs[30].id).waitlistPosition).toBe(1);
  });

  it('gives the same person their existing registration', async () => {
    const again = await registerPublic(t, event.id, registrant(3, { phone: '+62 812-3000-0003' }));
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(regs[2].id);
    // Whoever types a phone number does not learn that person's code (it opens their ticket).
    expect(again.json()).toEqual({
      id: regs[2].id,
      status: 'registered',
      alreadyRegistered: true,
      codeSent: false,
    });
    expect(again.body).not.toContain(regs[2].code);
    const counts = (await admin.get(`/api/events/${event.id}`)).json().counts;
    expect(counts).toEqual({ registered: 30, waitlisted: 5, cancelled: 0 });
  });

  it('sends a repeat registrant their code only to the e-mail they first gave', async () => {
    const first = await registerPublic(t, event.id, registrant(70, { email: 'peserta70@contoh.id' }));
    expect(first.statusCode).toBe(201);
    const { code } = first.json();
    const outbox = path.join(t.config.dataDir, 'outbox');
    const before: string[] = await readdir(outbox).catch(() => []);
    const again = await registerPublic(t, event.id, registrant(70, { email: 'someone.else@contoh.id' }));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.json().id, alreadyRegistered: true, codeSent: true });
    expect(again.body).not.toContain(code);
    const mails = (await readdir(outbox)).filter((f) => !before.includes(f));
    expect(mails).toHaveLength(1);
    const mail = await readFile(path.join(outbox, mails[0]), 'utf8');
    expect(mail).toContain('To: peserta70@contoh.id');
    expect(mail).toContain(code);
    expect(mail).not.toContain('someone.else');
    // Clean up so the seat counts below stay as they were.
    await t.app.inject({ method: 'POST', url: `/api/public/registrations/${code}/cancel` });
  });

  it('refuses bad registrations naming the field, writing nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [registrant(90, { name: '' }), 'name'],
      [registrant(91, { phone: '12' }), 'phone'],
      [registrant(92, { consent: false }), 'consent'],
      [registrant(93, { districtCode: undefined }), 'districtCode'],
      [registrant(94, { districtCode: '35.73.99' }), 'districtCode'],
    ];
    for (const [body, path] of cases) {
      const res = await registerPublic(t, event.id, body);
      expect(res.statusCode, path).toBe(400);
      expect(res.json().error.details.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
    const english = await t.app.inject({
      method: 'POST',
      url: `/api/public/events/${event.id}/registrations`,
      payload: registrant(95, { name: '' }),
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().error.details.fields[0].message).toBe('Name is required.');
    const counts = (await admin.get(`/api/events/${event.id}`)).json().counts;
    expect(counts.registered + counts.waitlisted).toBe(35);
  });

  it('promotes the first person waiting when someone cancels', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/public/registrations/${regs[0].code}/cancel`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', promotedId: regs[30].id });
    const ticket = await t.app.inject({ method: 'GET', url: `/api/public/registrations/${regs[30].code}` });
    expect(ticket.json()).toMatchObject({ status: 'registered', waitlistPosition: null });
    const next = await t.app.inject({ method: 'GET', url: `/api/public/registrations/${regs[31].code}` });
    expect(next.json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/public/registrations/${regs[0].code}/cancel`,
    });
    expect(again.json()).toMatchObject({ status: 'cancelled', promotedId: null });
  });

  it('serves a printable ticket', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/public/registrations/${regs[1].code}/ticket.pdf`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('attendance', () => {
  it('counts a scan once, however often it is sent or repeated', async () => {
    const [s1] = event.sessions;
    const body = scan(regs[1].code, s1.id);
    const first = await admin.post(`/api/events/${event.id}/attendance`, body, {
      headers: { 'idempotency-key': body.clientId },
    });
    expect(first.statusCode).toBe(201);
    const replay = await admin.post(`/api/events/${event.id}/attendance`, body, {
      headers: { 'idempotency-key': body.clientId },
    });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first.json());
    const rescan = await admin.post(
      `/api/events/${event.id}/attendance`,
      scan(regs[1].code.toLowerCase(), s1.id),
    );
    expect(rescan.statusCode).toBe(200);
    expect(rescan.json().id).toBe(first.json().id);
    const list = (await admin.get(`/api/events/${event.id}/attendance`)).json();
    expect(list.items).toHaveLength(1);
  });

  it('takes 20 people to both sessions and 5 to one', async () => {
    for (const r of regs.slice(2, 22))
      for (const s of event.sessions)
        expect((await admin.post(`/api/events/${event.id}/attendance`, scan(r.code, s.id))).statusCode).toBe(
          201,
        );
    for (const r of regs.slice(22, 27))
      expect(
        (await admin.post(`/api/events/${event.id}/attendance`, scan(r.code, event.sessions[0].id)))
          .statusCode,
      ).toBe(201);
    const list = (await admin.get(`/api/events/${event.id}/registrations`)).json();
    expect(list.items.filter((r: { meetsRule: boolean }) => r.meetsRule)).toHaveLength(20);
  });

  it('refuses unknown codes, other events’ sessions and people still waiting', async () => {
    const other = await createEvent(admin, { capacity: 5 });
    const bad: [Record<string, unknown>, string][] = [
      [scan('ZZZZZZZZ', event.sessions[0].id), 'code'],
      [scan(regs[2].code, other.sessions[0].id), 'sessionId'],
      [scan(regs[32].code, event.sessions[0].id), 'code'],
      [{ ...scan(regs[2].code, event.sessions[0].id), scannedAt: '2099-01-01T00:00:00Z' }, 'scannedAt'],
      [{ ...scan(regs[2].code, event.sessions[0].id), clientId: 'nope' }, 'clientId'],
    ];
    for (const [body, path] of bad) {
      const res = await admin.post(`/api/events/${event.id}/attendance`, body);
      expect(res.statusCode, path).toBe(400);
      expect(res.json().error.details.fields[0].path).toBe(path);
    }
  });

  it('takes a batch of queued scans with the same per-scan answers, once each', async () => {
    const other = await createEvent(admin, { capacity: 5 });
    const [s1] = event.sessions;
    const first = scan(regs[27].code, s1.id);
    const scans = [
      first,
      first, // the same scan twice in one send
      scan(regs[27].code, s1.id), // the same person scanned again
      scan(regs[28].code, s1.id),
      scan('ZZZZZZZZ', s1.id),
      scan(regs[28].code, other.sessions[0].id),
    ];
    const before = (await admin.get(`/api/events/${event.id}/attendance`)).json().items.length;
    const res = await admin.post(`/api/events/${event.id}/attendance/batch`, { scans });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { status: number }) => i.status)).toEqual([201, 200, 200, 201, 400, 400]);
    expect(items.map((i: { clientId: string }) => i.clientId)).toEqual(scans.map((x) => x.clientId));
    expect(items[1].record).toEqual(items[0].record);
    expect(items[2].record.id).toBe(items[0].record.id);
    expect(items[3].record).toMatchObject({ code: regs[28].code, sessionId: s1.id });
    expect(items[4].error.details.fields[0].path).toBe('code');
    expect(items[5].error.details.fields[0].path).toBe('sessionId');
    // Sent again (the answer was lost): the same attendance, nothing new.
    const again = (await admin.post(`/api/events/${event.id}/attendance/batch`, { scans })).json().items;
    expect(again.map((i: { status: number }) => i.status)).toEqual([200, 200, 200, 200, 400, 400]);
    expect(again[0].record).toEqual(items[0].record);
    // A scan sent one at a time after the batch is the same attendance too.
    const single = await admin.post(`/api/events/${event.id}/attendance`, first, {
      headers: { 'idempotency-key': first.clientId },
    });
    expect(single.statusCode).toBe(200);
    expect(single.json()).toEqual(items[0].record);
    const after = (await admin.get(`/api/events/${event.id}/attendance`)).json().items.length;
    expect(after - before).toBe(2);
    const bad = await admin.post(`/api/events/${event.id}/attendance/batch`, { scans: [] });
    expect(bad.statusCode).toBe(400);
  });
});

describe('scores and feedback', () => {
  it('stores pre/post scores and shows the learning gain', async () => {
    const res = await admin.put(`/api/events/${event.id}/assessments`, {
      items: [
        { registrationId: regs[2].id, pre: 40, post: 80 },
        { registrationId: regs[3].id, pre: 60, post: 80 },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().summary).toMatchObject({ paired: 2, gainMean: 30 });
    const bad = await admin.put(`/api/events/${event.id}/assessments`, {
      items: [{ registrationId: regs[4].id, pre: 140 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('items.0.pre');
  });

  it('takes the survey by code and sums it up per event', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/public/registrations/${regs[2].code}/feedback`,
      payload: { ratings: { overall: 5, content: 4, trainer: 5, venue: 3 }, liked: 'Praktiknya' },
    });
    expect(res.statusCode).toBe(200);
    const summary = (await admin.get(`/api/events/${event.id}/feedback`)).json();
    expect(summary).toMatchObject({ count: 1, averages: { overall: 5, venue: 3 } });
  });
});

describe('certificates', () => {
  let codes: string[] = [];

  it('issues only to those who met the rule', async () => {
    const res = await admin.post(`/api/events/${event.id}/certificates`, {});
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.issued).toBe(20);
    codes = body.items.map((c: { code: string }) => c.code);
    expect(body.skipped.filter((s: { reason: string }) => s.reason === 'below_rule')).toHaveLength(10);
    const again = (await admin.post(`/api/events/${event.id}/certificates`, {})).json();
    expect(again.issued).toBe(0);
  });

  it('issues below the rule only with an admin override and a reason', async () => {
    const below = regs[22].id;
    const missing = await admin.post(`/api/events/${event.id}/certificates`, {
      registrationIds: [below],
      override: { reason: '' },
    });
    expect(missing.statusCode).toBe(400);
    const res = await admin.post(`/api/events/${event.id}/certificates`, {
      registrationIds: [below],
      override: { reason: 'Sakit di hari kedua, mengikuti susulan' },
    });
    expect(res.json().issued).toBe(1);
    expect(res.json().items[0].overrideReason).toContain('susulan');
    const audit = (await admin.get('/api/audit?action=training.certificate_override')).json();
    expect(audit.items.length).toBeGreaterThanOrEqual(1);
  });

  it('verifies publicly with a signature anyone can check, and leaks nothing else', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/public/certificates/${codes[0]}` });
    expect(res.statusCode).toBe(200);
    const cert = res.json();
    expect(Object.keys(cert).sort()).toEqual(
      ['code', 'dates', 'event', 'issuer', 'name', 'payload', 'signature', 'signatureValid', 'status'].sort(),
    );
    expect(cert).toMatchObject({ status: 'valid', signatureValid: true });
    expect(res.body).not.toMatch(/\+62|0812|Kriya \d|35\.73/);
    const { publicKey } = (await t.app.inject({ method: 'GET', url: '/api/public/certificates/key' })).json();
    const ok = verify(
      null,
      Buffer.from(cert.payload),
      createPublicKey(publicKey),
      Buffer.from(cert.signature, 'base64url'),
    );
    expect(ok).toBe(true);
    const forged = verify(
      null,
      Buffer.from(cert.payload.replace(cert.name, 'Orang Lain')),
      createPublicKey(publicKey),
      Buffer.from(cert.signature, 'base64url'),
    );
    expect(forged).toBe(false);
    expect(JSON.parse(cert.payload)).toMatchObject({ code: codes[0], name: cert.name });
  });

  it('renders the PDF and the bulk zip', async () => {
    const pdf = await admin.get(`/api/certificates/${codes[0]}.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const zip = await admin.get(`/api/events/${event.id}/certificates.zip`);
    expect(zip.statusCode).toBe(200);
    expect(zip.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('revokes with a reason; unknown codes are 404', async () => {
    const res = await admin.post(`/api/certificates/${codes[1]}/revoke`, { reason: 'Salah nama' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('revoked');
    const check = (await t.app.inject({ method: 'GET', url: `/api/public/certificates/${codes[1]}` })).json();
    expect(check.status).toBe('revoked');
    expect((await admin.post(`/api/certificates/${codes[1]}/revoke`, { reason: 'lagi' })).statusCode).toBe(
      409,
    );
    const unknown = await t.app.inject({ method: 'GET', url: '/api/public/certificates/NOPE2345XY' });
    expect(unknown.statusCode).toBe(404);
  });

  it('re-issues a revoked certificate only when asked for that person: new code, old stays revoked, audited', async () => {
    const holder = (await admin.get(`/api/events/${event.id}/registrations`))
      .json()
      .items.find((r: { certificate: { code: string } | null }) => r.certificate?.code === codes[1]);
    // A bulk issue does not bring a revoked certificate back on its own.
    const bulk = (await admin.post(`/api/events/${event.id}/certificates`, {})).json();
    expect(bulk.issued).toBe(0);
    expect(bulk.skipped).toContainEqual({ registrationId: holder.id, reason: 'revoked' });
    const res = await admin.post(`/api/events/${event.id}/certificates`, { registrationIds: [holder.id] });
    expect(res.statusCode).toBe(200);
    expect(res.json().issued).toBe(1);
    const fresh = res.json().items[0].code;
    expect(fresh).not.toBe(codes[1]);
    const old = (await t.app.inject({ method: 'GET', url: `/api/public/certificates/${codes[1]}` })).json();
    expect(old.status).toBe('revoked');
    const now = (await t.app.inject({ method: 'GET', url: `/api/public/certificates/${fresh}` })).json();
    expect(now).toMatchObject({ status: 'valid', signatureValid: true });
    const row = (await admin.get(`/api/events/${event.id}/registrations`))
      .json()
      .items.filter((r: { id: string }) => r.id === holder.id);
    expect(row).toHaveLength(1);
    expect(row[0].certificate).toEqual({ code: fresh, status: 'valid' });
    const listed = (await admin.get(`/api/events/${event.id}/certificates`)).json().items;
    expect(listed.filter((c: { code: string }) => c.code === codes[1] || c.code === fresh)).toHaveLength(2);
    const audit = (await admin.get('/api/audit?action=training.certificate_reissue')).json();
    expect(audit.items[0].after).toMatchObject({
      registrationId: holder.id,
      code: fresh,
      replaces: codes[1],
    });
    // Once valid again, asking again issues nothing more.
    const twice = (
      await admin.post(`/api/events/${event.id}/certificates`, { registrationIds: [holder.id] })
    ).json();
    expect(twice.issued).toBe(0);
    expect(twice.skipped).toContainEqual({ registrationId: holder.id, reason: 'already_issued' });
  });
});

describe('finishing and follow-up', () => {
  it('enrolls the cohort that met the rule at the program offsets', async () => {
    const res = await admin.post(`/api/events/${event.id}/finish`);
    expect(res.statusCode).toBe(200);
    expect(res.json().enrolled).toBe(20);
    expect(res.json().event.status).toBe('finished');
    const list = (await admin.get(`/api/events/${event.id}/followups`)).json();
    expect(list.items).toHaveLength(80);
    expect(list.items[0]).toMatchObject({ offsetMonths: 1, dueDate: '2026-04-11' });
    const due = await listDueFollowups(t.database.db, {
      districtCodes: ['35.73.05'],
      dueFrom: '2026-09-01',
      dueTo: '2026-09-30',
    });
    expect(due).toHaveLength(20);
    expect(due[0]).toMatchObject({ offsetMonths: 6, dueDate: '2026-09-11', eventId: event.id });
    // Monitoring reads the same schedule: every trained business is on its never-visited list.
    const never = await admin.get('/api/followups?status=never');
    expect(never.statusCode).toBe(200);
    const ids = new Set(list.items.map((i: { businessId: string }) => i.businessId));
    const listed = never.json().items.filter((i: { businessId: string }) => ids.has(i.businessId));
    expect(new Set(listed.map((i: { businessId: string }) => i.businessId)).size).toBe(20);
    expect((await admin.post(`/api/events/${event.id}/finish`)).statusCode).toBe(409);
    const late = await registerPublic(t, event.id, registrant(200));
    expect(late.statusCode).toBe(409);
  });
});

describe('registration window and capacity', () => {
  it('refuses public registration outside the window, lets the office record it', async () => {
    const past = await createEvent(admin, {
      startDate: '2025-01-10',
      endDate: '2025-01-10',
      sessions: [{ date: '2025-01-10', start: '09:00', end: '12:00', topic: 'x' }],
      registrationClosesAt: '2025-01-09T00:00:00+07:00',
    });
    const res = await registerPublic(t, past.id, registrant(300));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.fields[0].path).toBe('registrationClosesAt');
    const office = await admin.post(`/api/events/${past.id}/registrations`, registrant(300));
    expect(office.statusCode).toBe(201);
    expect(office.json().status).toBe('registered');
  });

  it('refuses a full event without a waiting list', async () => {
    const small = await createEvent(admin, { capacity: 1, waitlist: false });
    expect((await registerPublic(t, small.id, registrant(400))).statusCode).toBe(201);
    const full = await registerPublic(t, small.id, registrant(401));
    expect(full.statusCode).toBe(409);
    expect(full.json().error.details.fields[0].path).toBe('capacity');
  });

  it('links a registrant to an existing business by NIB', async () => {
    const created = await admin.post('/api/businesses', {
      name: 'UD Tembaga Jaya',
      districtCode: '35.73.01',
      nib: '9120001234567',
      owners: [{ person: { name: 'Bu Sri', consent: { noticeVersion: '2025-01' } } }],
    });
    expect(created.statusCode).toBe(201);
    const e = await createEvent(admin);
    const res = await registerPublic(
      t,
      e.id,
      registrant(500, { nib: '9120001234567', businessName: undefined, districtCode: undefined }),
    );
    expect(res.statusCode).toBe(201);
    const list = (await admin.get(`/api/events/${e.id}/registrations`)).json();
    expect(list.items[0]).toMatchObject({ businessId: created.json().id, districtCode: '35.73.01' });
  });
});

it('uses a fresh UUID per scan in the helper', () => {
  expect(scan('A', 'b').clientId).not.toBe(randomUUID());
});
