import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import ExcelJS from 'exceljs';
import { meetsRule } from '#core/domain/training';
import { formatDate, formatDateTime } from '#core/format';
import type { Locale } from '#core/i18n/locales';
import { startOfOfficeDay } from '#core/time';
import type { ServiceContext } from '#server/lib/context';
import { forbidden } from '#server/lib/errors';
import { translate } from '#server/lib/i18n';
import { registrationScope, seesContactDetails } from '../policy';
import { maskPhone } from '../present';
import { listAttendance } from '../queries/attendance';
import { sessionsOf } from '../queries/events';
import { listRegistrations } from '../queries/registrations';
import { loadViewableEvent } from './access';
import { drawCentered, drawClipped, drawQr, embedFonts, safeText } from './pdf-kit';

async function load(ctx: ServiceContext, eventId: string) {
  const event = await loadViewableEvent(ctx, eventId);
  const scope = registrationScope(ctx.actor, event);
  if (!scope) throw forbidden();
  const districts = scope.all ? null : scope.districtCodes;
  const [sessions, regs, attendance] = await Promise.all([
    sessionsOf(ctx.db, eventId),
    listRegistrations(ctx.db, eventId, districts),
    listAttendance(ctx.db, eventId, districts),
  ]);
  return { event, sessions, regs, attendance };
}

/** Participants and attendance as a workbook (two sheets), in the reader's language. */
export async function exportEventXlsx(ctx: ServiceContext, eventId: string, locale: Locale) {
  const { event, sessions, regs, attendance } = await load(ctx, eventId);
  const t = (key: string) => translate(locale, `training:export.${key}`);
  const contact = seesContactDetails(ctx.actor);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bina Kriya';
  const people = wb.addWorksheet(t('participants'));
  people.columns = [
    { header: t('no'), width: 5 },
    { header: t('code'), width: 12 },
    { header: t('name'), width: 30 },
    { header: t('phone'), width: 18 },
    { header: t('business'), width: 30 },
    { header: t('district'), width: 12 },
    { header: t('status'), width: 14 },
    { header: t('attended'), width: 10 },
    { header: t('meetsRule'), width: 12 },
    { header: t('pre'), width: 8 },
    { header: t('post'), width: 8 },
    { header: t('certificate'), width: 14 },
  ];
  people.getRow(1).font = { bold: true };
  for (const [i, r] of regs.entries())
    people.addRow([
      i + 1,
      r.code,
      r.name,
      contact ? r.phone : maskPhone(r.phone),
      r.businessName,
      r.districtCode,
      translate(locale, `training:status.${r.status}`),
      r.attended,
      r.status === 'registered' && meetsRule(r.attended, sessions.length, event.minShare)
        ? t('yes')
        : t('no_'),
      r.preScore,
      r.postScore,
      r.certificateCode,
    ]);
  const grid = wb.addWorksheet(t('attendance'));
  grid.columns = [
    { header: t('code'), width: 12 },
    { header: t('name'), width: 30 },
    ...sessions.map((s, i) => ({ header: `${i + 1}. ${s.date} ${s.startTime}`, width: 18 })),
  ];
  grid.getRow(1).font = { bold: true };
  const at = new Map(attendance.map((a) => [`${a.registrationId}:${a.sessionId}`, a.scannedAt]));
  for (const r of regs.filter((x) => x.status === 'registered'))
    grid.addRow([
      r.code,
      r.name,
      ...sessions.map((s) => {
        const when = at.get(`${r.id}:${s.id}`);
        return when ? formatDateTime(when, locale) : '';
      }),
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The printed daftar hadir: one row per participant, a signature column per session. */
export async function attendanceSheetPdf(ctx: ServiceContext, eventId: string) {
  const { event, sessions, regs } = await load(ctx, eventId);
  const people = regs.filter((r) => r.status === 'registered');
  const doc = await PDFDocument.create();
  doc.setTitle(`Daftar hadir ${event.titleId}`);
  const { bold, regular } = await embedFonts(doc, ['bold', 'regular']);
  const [W, H] = [841.89, 595.28];
  const margin = 30;
  const fixed = { no: 24, name: 170, business: 150 };
  const sigWidth = Math.max(
    50,
    (W - 2 * margin - fixed.no - fixed.name - fixed.business) / Math.max(1, sessions.length),
  );
  const rowH = 26;
  const perPage = Math.floor((H - 150) / rowH);
  const pages = Math.max(1, Math.ceil(people.length / perPage));
  const dates = `${formatDate(startOfOfficeDay(event.startDate), 'id')} – ${formatDate(startOfOfficeDay(event.endDate), 'id')}`;
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([W, H]);
    drawCentered(page, 'DAFTAR HADIR PESERTA', {
      font: bold,
      size: 14,
      cx: W / 2,
      y: H - 40,
      maxWidth: W - 60,
    });
    drawCentered(page, event.titleId, { font: bold, size: 11, cx: W / 2, y: H - 58, maxWidth: W - 60 });
    drawCentered(page, `${dates} · ${event.venue}`, {
      font: regular,
      size: 9,
      cx: W / 2,
      y: H - 72,
      maxWidth: W - 60,
    });
    let x = margin;
    const top = H - 90;
    const headerH = 32;
    const header = (label: string, width: number, sub?: string) => {
      page.drawRectangle({
        x,
        y: top - headerH,
        width,
        height: headerH,
        borderColor: rgb(0, 0, 0),
        borderWidth: 0.6,
      });
      drawClipped(page, label, { font: bold, size: 8, x: x + 3, y: top - 13, maxWidth: width - 6 });
      if (sub) drawClipped(page, sub, { font: regular, size: 7, x: x + 3, y: top - 25, maxWidth: width - 6 });
      x += width;
    };
    header('No', fixed.no);
    header('Nama / Name', fixed.name);
    header('Usaha / Business', fixed.business);
    for (const [i, s] of sessions.entries())
      header(`Sesi ${i + 1}`, sigWidth, `${s.date.slice(5)} ${s.startTime}`);
    const slice = people.slice(p * perPage, (p + 1) * perPage);
    for (const [i, r] of slice.entries()) {
      const y = top - headerH - (i + 1) * rowH;
      let cx = margin;
      const cell = (text: string, width: number) => {
        page.drawRectangle({ x: cx, y, width, height: rowH, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
        if (text)
          drawClipped(page, text, {
            font: regular,
            size: 8,
            x: cx + 3,
            y: y + rowH / 2 - 3,
            maxWidth: width - 6,
          });
        cx += width;
      };
      cell(String(p * perPage + i + 1), fixed.no);
      cell(r.name, fixed.name);
      cell(r.businessName ?? '', fixed.business);
      for (const _s of sessions) cell('', sigWidth);
    }
    page.drawText(safeText(regular, `Halaman ${p + 1} / ${pages}`), {
      x: W - margin - 60,
      y: 20,
      size: 8,
      font: regular,
    });
  }
  return Buffer.from(await doc.save());
}

/** A printable ticket: the personal code and its QR, for the check-in desk. */
export async function ticketPdf(
  event: { titleId: string; titleEn: string; startDate: string; endDate: string; venue: string },
  reg: { code: string; name: string; status: string },
) {
  const doc = await PDFDocument.create();
  doc.setTitle(`Tiket ${reg.code}`);
  const { bold, regular } = await embedFonts(doc, ['bold', 'regular']);
  const page = doc.addPage([419.53, 595.28]);
  const { width: W, height: H } = page.getSize();
  drawCentered(page, 'TIKET PESERTA / PARTICIPANT TICKET', {
    font: bold,
    size: 12,
    cx: W / 2,
    y: H - 50,
    maxWidth: W - 40,
  });
  drawCentered(page, event.titleId, { font: bold, size: 13, cx: W / 2, y: H - 80, maxWidth: W - 40 });
  drawCentered(page, event.titleEn, { font: regular, size: 10, cx: W / 2, y: H - 96, maxWidth: W - 40 });
  drawCentered(
    page,
    `${formatDate(startOfOfficeDay(event.startDate), 'id')} – ${formatDate(startOfOfficeDay(event.endDate), 'id')}`,
    {
      font: regular,
      size: 10,
      cx: W / 2,
      y: H - 114,
      maxWidth: W - 40,
    },
  );
  drawCentered(page, event.venue, { font: regular, size: 10, cx: W / 2, y: H - 128, maxWidth: W - 40 });
  drawQr(page, reg.code, (W - 220) / 2, H - 380, 220);
  drawCentered(page, reg.code, { font: bold, size: 26, cx: W / 2, y: H - 420, maxWidth: W - 40 });
  drawCentered(page, reg.name, { font: bold, size: 16, cx: W / 2, y: H - 452, maxWidth: W - 40 });
  if (reg.status === 'waitlisted')
    drawCentered(page, 'DAFTAR TUNGGU / WAITING LIST', {
      font: bold,
      size: 12,
      cx: W / 2,
      y: H - 478,
      maxWidth: W - 40,
      color: rgb(0.7, 0.35, 0),
    });
  drawCentered(page, 'Tunjukkan kode QR ini saat presensi. / Show this QR code at check-in.', {
    font: regular,
    size: 9,
    cx: W / 2,
    y: 50,
    maxWidth: W - 40,
  });
  return Buffer.from(await doc.save());
}
