import { zipSync } from 'fflate';
import { type CertificateFacts, certificatePayload, meetsRule, normalizeCode } from '#core/domain/training';
import type { PublicCertificate } from '#core/schemas/training';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, forbidden, notFound } from '#server/lib/errors';
import {
  canIssueCertificates,
  canOverrideRule,
  canReadCertificate,
  canRevokeCertificate,
  registrationScope,
} from '../policy';
import { presentCertificate } from '../present';
import * as q from '../queries/certificates';
import { type EventRow, findEvent, lockEvent, sessionsOf } from '../queries/events';
import { listRegistrations } from '../queries/registrations';
import { loadViewableEvent, requireActor } from './access';
import { renderCertificatePdf } from './certificate-pdf';
import { randomCode } from './codes';
import { signingKeys, signPayload, verifyPayload } from './signing';

export const verifyUrlOf = (baseUrl: string, code: string) => `${baseUrl.replace(/\/+$/, '')}/verify/${code}`;

export async function issueCertificates(
  ctx: ServiceContext,
  eventId: string,
  input: { registrationIds?: string[]; override?: { reason: string } },
) {
  const actor = requireActor(ctx);
  const viewable = await loadViewableEvent(ctx, eventId);
  if (!canIssueCertificates(actor, viewable)) throw forbidden();
  if (input.override && !canOverrideRule(actor)) throw forbidden('training:errors.overrideAdminOnly');
  return ctx.db.transaction(async (tx) => {
    const event = (await lockEvent(tx, eventId))!;
    const sessions = await sessionsOf(tx, eventId);
    const regs = await listRegistrations(tx, eventId, null);
    const wanted = input.registrationIds ? new Set(input.registrationIds) : null;
    const skipped: {
      registrationId: string;
      reason: 'below_rule' | 'already_issued' | 'not_registered' | 'revoked';
    }[] = [];
    const rows = [];
    const overridden: { registrationId: string; code: string }[] = [];
    const reissued: { registrationId: string; code: string; replaces: string }[] = [];
    for (const reg of regs) {
      if (wanted && !wanted.has(reg.id)) continue;
      if (reg.status !== 'registered') {
        if (wanted) skipped.push({ registrationId: reg.id, reason: 'not_registered' });
        continue;
      }
      if (reg.certificateCode && reg.certificateStatus === 'valid') {
        skipped.push({ registrationId: reg.id, reason: 'already_issued' });
        continue;
      }
      // A revoked certificate is issued anew only when an admin names that person (never in bulk).
      const replaces = reg.certificateCode;
      if (replaces && !(wanted && canRevokeCertificate(actor))) {
        skipped.push({ registrationId: reg.id, reason: 'revoked' });
        continue;
      }
      const passes = meetsRule(reg.attended, sessions.length, event.minShare);
      if (!passes && !input.override) {
        skipped.push({ registrationId: reg.id, reason: 'below_rule' });
        continue;
      }
      const code = randomCode(10);
      const facts: CertificateFacts = {
        code,
        name: reg.name,
        event: { id: event.titleId, en: event.titleEn },
        dates: { start: event.startDate, end: event.endDate },
        issuer: event.organizer,
      };
      const payload = certificatePayload(facts);
      rows.push({
        code,
        eventId,
        registrationId: reg.id,
        payload,
        signature: signPayload(ctx.config, payload),
        overrideReason: passes ? null : input.override!.reason,
        issuedBy: actor.id,
      });
      if (!passes) overridden.push({ registrationId: reg.id, code });
      if (replaces) reissued.push({ registrationId: reg.id, code, replaces });
    }
    for (const id of wanted ?? [])
      if (!regs.some((r) => r.id === id)) skipped.push({ registrationId: id, reason: 'not_registered' });
    const inserted = await q.insertCertificates(tx, rows);
    const names = new Map(regs.map((r) => [r.id, r.name]));
    await recordAudit(tx, ctx, {
      action: 'training.certificates_issue',
      entityType: 'training_event',
      entityId: eventId,
      after: { issued: inserted.length, codes: inserted.map((c) => c.code), skipped: skipped.length },
    });
    for (const o of overridden)
      await recordAudit(tx, ctx, {
        action: 'training.certificate_override',
        entityType: 'training_certificate',
        entityId: inserted.find((c) => c.code === o.code)?.id ?? null,
        after: { registrationId: o.registrationId, code: o.code, reason: input.override!.reason },
      });
    for (const r of reissued)
      await recordAudit(tx, ctx, {
        action: 'training.certificate_reissue',
        entityType: 'training_certificate',
        entityId: inserted.find((c) => c.code === r.code)?.id ?? null,
        after: r,
      });
    return {
      issued: inserted.length,
      items: inserted.map((c) => presentCertificate(c, names.get(c.registrationId) ?? '')),
      skipped,
    };
  });
}

export async function listCertificates(ctx: ServiceContext, eventId: string) {
  const event = await loadViewableEvent(ctx, eventId);
  const scope = registrationScope(ctx.actor, event);
  if (!scope) throw forbidden();
  const rows = await q.certificatesOfEvent(ctx.db, eventId);
  return {
    items: rows
      .filter((r) => scope.all || (r.districtCode !== null && scope.districtCodes.includes(r.districtCode)))
      .map((r) => presentCertificate(r.c, r.name)),
  };
}

function drawingOf(event: EventRow, c: q.CertificateRow, baseUrl: string) {
  const facts = JSON.parse(c.payload) as CertificateFacts;
  return renderCertificatePdf({
    ...facts,
    venue: event.venue,
    signatoryName: event.signatoryName,
    signatoryTitle: event.signatoryTitle,
    verifyUrl: verifyUrlOf(baseUrl, c.code),
    status: c.status,
  });
}

/** One certificate as PDF, for the office, the event's trainers, the kecamatan's officer and its holder. */
export async function certificatePdf(ctx: ServiceContext, fileName: string, baseUrl: string) {
  const actor = requireActor(ctx);
  const code = normalizeCode(fileName.replace(/\.pdf$/i, ''));
  const found = await q.findCertificate(ctx.db, code);
  const event = found ? await findEvent(ctx.db, found.c.eventId) : undefined;
  if (!found || !event) throw notFound('training:errors.certificateNotFound');
  if (
    !canReadCertificate(actor, event, { districtCode: found.districtCode, holderUserId: found.holderUserId })
  )
    throw notFound('training:errors.certificateNotFound');
  return { code, pdf: await drawingOf(event, found.c, baseUrl) };
}

/** Every valid certificate of the event as one ZIP of PDFs. */
export async function certificatesZip(ctx: ServiceContext, eventId: string, baseUrl: string) {
  const event = await loadViewableEvent(ctx, eventId);
  if (!canIssueCertificates(ctx.actor, event)) throw forbidden();
  const rows = await q.certificatesOfEvent(ctx.db, eventId, true);
  const files: Record<string, Uint8Array> = {};
  for (const r of rows) {
    const safeName = r.name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
    files[`${safeName || 'sertifikat'}-${r.c.code}.pdf`] = await drawingOf(event, r.c, baseUrl);
  }
  // PDFs are already compressed: stored, not deflated again.
  return { zip: zipSync(files, { level: 0 }), count: rows.length };
}

export async function revokeCertificate(ctx: ServiceContext, code: string, reason: string) {
  const actor = requireActor(ctx);
  if (!canRevokeCertificate(actor)) throw forbidden();
  const normalized = normalizeCode(code);
  return ctx.db.transaction(async (tx) => {
    const found = await q.findCertificate(tx, normalized);
    if (!found) throw notFound('training:errors.certificateNotFound');
    if (found.c.status === 'revoked') throw new AppError('conflict', 'training:errors.alreadyRevoked');
    const row = await q.revokeCertificate(tx, normalized, reason, actor.id);
    if (!row) throw new AppError('conflict', 'training:errors.alreadyRevoked');
    await recordAudit(tx, ctx, {
      action: 'training.certificate_revoke',
      entityType: 'training_certificate',
      entityId: row.id,
      before: { status: 'valid' },
      after: { status: 'revoked', reason },
    });
    return presentCertificate(row, found.name);
  });
}

/** The public check: only the signed facts, the status and whether the signature holds. */
export async function verifyCertificate(ctx: ServiceContext, code: string): Promise<PublicCertificate> {
  const found = await q.findCertificate(ctx.db, normalizeCode(code));
  if (!found) throw notFound('training:errors.certificateUnknown');
  const facts = JSON.parse(found.c.payload) as CertificateFacts;
  return {
    code: facts.code,
    name: facts.name,
    event: facts.event,
    dates: facts.dates,
    issuer: facts.issuer,
    status: found.c.status,
    signatureValid: verifyPayload(ctx.config, found.c.payload, found.c.signature),
    payload: found.c.payload,
    signature: found.c.signature,
  };
}

export function publicKey(ctx: ServiceContext) {
  return { publicKey: signingKeys(ctx.config).publicPem, algorithm: 'Ed25519' as const };
}
