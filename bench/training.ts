import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/client';
import { eventBody } from '#server/features/training/test-helpers';
import { testConfig } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';

/*
 * (d) Training: a phone's 300 queued offline scans synced over real HTTP, every 10th person
 * scanned twice (a second clientId), some answers dropped after the server committed: first
 * one send per scan with its Idempotency-Key (the contract's single endpoint), then in batches
 * as the web outbox sends them; then 500 certificates issued and rendered as PDFs into the
 * bulk zip.
 */

const SCANS = Number(process.env.BENCH_SCANS ?? 300);
const CERTIFICATES = Number(process.env.BENCH_CERTIFICATES ?? 500);
/** Scans per send, as the web outbox batches them (web/src/features/training/lib/scan-outbox.ts). */
const SCAN_BATCH = 50;

type Session = { base: string; cookie: string; csrf: string };

async function session(base: string, cookies: Map<string, string>): Promise<Session> {
  return {
    base,
    cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    csrf: cookies.get('bk_csrf') ?? '',
  };
}

const post = (s: Session, url: string, body: unknown, key?: string) =>
  fetch(`${s.base}${url}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify(body),
  });

/** Bench setup only: n registered participants (owners + registrations) written in one statement each. */
async function seedParticipants(database: Database, eventId: string, n: number, prefix: string) {
  await database.exec(`
    INSERT INTO owners (id, name, phone, source, consent_at, consent_notice_version)
    SELECT md5('${prefix}' || g)::uuid, 'Peserta Bench ' || g, '+62813' || lpad(g::text, 8, '0'), 'training', now(), '2025-01'
    FROM generate_series(1, ${n}) g;
    INSERT INTO training_registrations (event_id, code, owner_id, name, phone, district_code, status, source)
    SELECT '${eventId}', '${prefix}' || lpad(g::text, 6, '0'), md5('${prefix}' || g)::uuid, 'Peserta Bench ' || g,
           '+62813' || lpad(g::text, 8, '0'), '35.73.05', 'registered', 'office'
    FROM generate_series(1, ${n}) g;`);
}

async function attendanceRows(database: Database, eventId: string, sessionId: string) {
  const result = await database.db.execute(
    sql`SELECT count(*)::int AS n, count(DISTINCT (registration_id, session_id))::int AS d FROM training_attendance WHERE event_id = ${eventId}::uuid AND session_id = ${sessionId}::uuid`,
  );
  return (result as unknown as { rows: { n: number; d: number }[] }).rows[0];
}

export async function benchTraining(database: Database) {
  console.log(`\n(d) Training: ${SCANS} queued offline scans synced over HTTP`);
  const config = testConfig();
  config.dataDir = mkdtempSync(path.join(os.tmpdir(), 'bk-bench-training-'));
  const app = await buildApp({ config, database, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const admin = await setupAdmin(app);
    const s = await session(base, admin.cookies);
    const created = await post(s, '/api/events', eventBody({ capacity: SCANS + CERTIFICATES }));
    const event = (await created.json()) as { id: string; sessions: { id: string }[] };
    await seedParticipants(database, event.id, SCANS, 'SC');

    let start = performance.now();
    for (let i = 0; i < SCANS; i++)
      await (await fetch(`${base}/api/auth/me`, { headers: { cookie: s.cookie } })).arrayBuffer();
    const baselineMs = performance.now() - start;
    console.log(`  baseline GET /api/auth/me ×${SCANS}: ${(baselineMs / 1000).toFixed(2)} s`);

    // The phone's outbox: one item per scan; every 10th participant was scanned twice.
    const outboxOf = (sessionId: string) =>
      Array.from({ length: SCANS }, (_, i) => i + 1).flatMap((n) => {
        const code = `SC${String(n).padStart(6, '0')}`;
        const one = () => {
          const clientId = randomUUID();
          return {
            key: clientId,
            body: { clientId, code, sessionId, scannedAt: new Date().toISOString() },
            sent: false,
            attempts: 0,
          };
        };
        return n % 10 === 0 ? [one(), one()] : [one()];
      });
    const report = async (
      label: string,
      sessionId: string,
      n: number,
      ms: number,
      sends: number,
      dropped: number,
    ) => {
      const rows = await attendanceRows(database, event.id, sessionId);
      console.log(
        `  ${label}: ${n} queued scans of ${SCANS} people in ${(ms / 1000).toFixed(2)} s (target < 5 s), ${((n * 1000) / ms).toFixed(0)} scans/s, ${sends} sends (${dropped} answers lost); attendance rows ${rows.n}: lost ${SCANS - rows.d}, doubled ${rows.n - rows.d}; ${(ms / baselineMs).toFixed(1)}× baseline`,
      );
    };

    // Before: one POST …/attendance per scan, each with its Idempotency-Key; every 5th answer lost.
    {
      const items = outboxOf(event.sessions[0].id);
      let sends = 0;
      let dropped = 0;
      start = performance.now();
      while (items.some((i) => !i.sent)) {
        for (const item of items) {
          if (item.sent) continue;
          sends += 1;
          item.attempts += 1;
          const res = await post(s, `/api/events/${event.id}/attendance`, item.body, item.key);
          await res.arrayBuffer();
          if (sends % 5 === 0 && item.attempts === 1) {
            dropped += 1;
            continue;
          }
          if (res.status !== 201 && res.status !== 200) throw new Error(`scan ${res.status}`);
          item.sent = true;
        }
      }
      await report(
        'one send per scan',
        event.sessions[0].id,
        items.length,
        performance.now() - start,
        sends,
        dropped,
      );
    }

    // Now: the outbox sends due scans in batches (POST …/attendance/batch, each scan keeping its
    // clientId); every 3rd batch's answer is lost after the server committed, and sent again.
    {
      const items = outboxOf(event.sessions[1].id);
      let sends = 0;
      let dropped = 0;
      start = performance.now();
      while (items.some((i) => !i.sent)) {
        const due = items.filter((i) => !i.sent).slice(0, SCAN_BATCH);
        sends += 1;
        for (const item of due) item.attempts += 1;
        const res = await post(s, `/api/events/${event.id}/attendance/batch`, {
          scans: due.map((i) => i.body),
        });
        const answer = (await res.json()) as { items: { clientId: string; status: number }[] };
        if (sends % 3 === 0 && due[0].attempts === 1) {
          dropped += 1;
          continue;
        }
        if (res.status !== 200) throw new Error(`batch ${res.status}`);
        for (const [i, item] of due.entries()) {
          const status = answer.items[i]?.status;
          if (status !== 201 && status !== 200) throw new Error(`scan ${status}`);
          item.sent = true;
        }
      }
      await report(
        `batches of ${SCAN_BATCH}`,
        event.sessions[1].id,
        items.length,
        performance.now() - start,
        sends,
        dropped,
      );
    }

    console.log(`\n(e) Training: ${CERTIFICATES} certificates issued, rendered and zipped`);
    const cohort = (await (await post(s, '/api/events', eventBody({ capacity: CERTIFICATES }))).json()) as {
      id: string;
      sessions: { id: string }[];
    };
    await seedParticipants(database, cohort.id, CERTIFICATES, 'CT');
    await database.exec(`
      INSERT INTO training_attendance (event_id, session_id, registration_id, client_id, scanned_at)
      SELECT r.event_id, s.id, r.id, gen_random_uuid(), now()
      FROM training_registrations r JOIN training_sessions s ON s.event_id = r.event_id
      WHERE r.event_id = '${cohort.id}'`);

    start = performance.now();
    for (let i = 0; i < CERTIFICATES; i++) {
      const doc = await PDFDocument.create();
      doc.addPage([841.89, 595.28]);
      await doc.save();
    }
    const blankMs = performance.now() - start;
    console.log(`  baseline: ${CERTIFICATES} blank A4 PDFs: ${(blankMs / 1000).toFixed(2)} s`);

    start = performance.now();
    const issued = (await (await post(s, `/api/events/${cohort.id}/certificates`, {})).json()) as {
      issued: number;
    };
    const issueMs = performance.now() - start;
    const zipStart = performance.now();
    const zipRes = await fetch(`${base}/api/events/${cohort.id}/certificates.zip`, {
      headers: { cookie: s.cookie },
    });
    const zip = new Uint8Array(await zipRes.arrayBuffer());
    const zipMs = performance.now() - zipStart;
    const files = Object.keys(unzipSync(zip, { filter: () => true }));
    const total = issueMs + zipMs;
    console.log(
      `  issued ${issued.issued} (signed, stored) in ${(issueMs / 1000).toFixed(2)} s; zip of ${files.length} PDFs (${(zip.length / 1024 / 1024).toFixed(1)} MB) in ${(zipMs / 1000).toFixed(2)} s; total ${(total / 1000).toFixed(2)} s (target < 30 s), ${((files.length * 1000) / zipMs).toFixed(0)} pages/s; ${(zipMs / blankMs).toFixed(1)}× baseline`,
    );
  } finally {
    await app.close();
  }
}
