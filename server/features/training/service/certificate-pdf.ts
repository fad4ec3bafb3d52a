import { degrees, PDFDocument, rgb } from '@cantoo/pdf-lib';
import type { CertificateFacts } from '#core/domain/training';
import { formatDate } from '#core/format';
import { startOfOfficeDay } from '#core/time';
import { drawCentered, drawQr, embedFonts, safeText } from './pdf-kit';

export type CertificateDrawing = CertificateFacts & {
  venue: string;
  signatoryName: string | null;
  signatoryTitle: string | null;
  verifyUrl: string;
  status: 'valid' | 'revoked';
};

const dateRange = (start: string, end: string, locale: 'id' | 'en') => {
  const a = formatDate(startOfOfficeDay(start), locale);
  const b = formatDate(startOfOfficeDay(end), locale);
  return a === b ? a : `${a} – ${b}`;
};

const GOLD = rgb(0.62, 0.47, 0.16);
const INK = rgb(0.12, 0.16, 0.28);

/** One A4 landscape, bilingual certificate (Indonesian first, English beneath). */
export async function renderCertificatePdf(c: CertificateDrawing): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Sertifikat ${c.code}`);
  doc.setSubject(`${c.event.id} / ${c.event.en}`);
  doc.setCreator('Bina Kriya');
  const page = doc.addPage([841.89, 595.28]);
  const { bold, regular, italic } = await embedFonts(doc);
  const { width, height } = page.getSize();
  const cx = width / 2;
  const wide = width - 160;

  page.drawRectangle({
    x: 24,
    y: 24,
    width: width - 48,
    height: height - 48,
    borderColor: GOLD,
    borderWidth: 3,
  });
  page.drawRectangle({
    x: 34,
    y: 34,
    width: width - 68,
    height: height - 68,
    borderColor: GOLD,
    borderWidth: 0.8,
  });

  drawCentered(page, c.issuer.toUpperCase(), {
    font: bold,
    size: 12,
    cx,
    y: height - 78,
    maxWidth: wide,
    color: INK,
  });
  drawCentered(page, 'SERTIFIKAT', { font: bold, size: 38, cx, y: height - 135, maxWidth: wide, color: INK });
  drawCentered(page, 'CERTIFICATE', {
    font: italic,
    size: 16,
    cx,
    y: height - 158,
    maxWidth: wide,
    color: GOLD,
  });
  drawCentered(page, 'diberikan kepada / is awarded to', {
    font: regular,
    size: 12,
    cx,
    y: height - 200,
    maxWidth: wide,
  });
  drawCentered(page, c.name, { font: bold, size: 30, cx, y: height - 245, maxWidth: wide, color: INK });
  page.drawLine({
    start: { x: cx - 220, y: height - 255 },
    end: { x: cx + 220, y: height - 255 },
    thickness: 0.8,
    color: GOLD,
  });
  drawCentered(page, 'atas keikutsertaannya dalam pelatihan / for taking part in the training', {
    font: regular,
    size: 12,
    cx,
    y: height - 285,
    maxWidth: wide,
  });
  drawCentered(page, c.event.id, { font: bold, size: 18, cx, y: height - 315, maxWidth: wide, color: INK });
  drawCentered(page, c.event.en, { font: italic, size: 13, cx, y: height - 335, maxWidth: wide });
  drawCentered(page, `${dateRange(c.dates.start, c.dates.end, 'id')} · ${c.venue}`, {
    font: regular,
    size: 11,
    cx,
    y: height - 362,
    maxWidth: wide,
  });
  drawCentered(page, dateRange(c.dates.start, c.dates.end, 'en'), {
    font: italic,
    size: 10,
    cx,
    y: height - 377,
    maxWidth: wide,
  });

  // Signatory, bottom centre.
  const sy = 118;
  page.drawLine({ start: { x: cx - 120, y: sy }, end: { x: cx + 120, y: sy }, thickness: 0.6, color: INK });
  drawCentered(page, c.signatoryName ?? c.issuer, { font: bold, size: 11, cx, y: sy - 15, maxWidth: 300 });
  if (c.signatoryTitle)
    drawCentered(page, c.signatoryTitle, { font: regular, size: 9, cx, y: sy - 28, maxWidth: 300 });

  // Code and QR to the public verification page, bottom right.
  const qrSize = 96;
  drawQr(page, c.verifyUrl, width - 60 - qrSize, 56, qrSize);
  const label = (text: string, y: number, font = regular, size = 8) =>
    page.drawText(safeText(font, text), { x: 60, y, size, font, color: rgb(0.25, 0.25, 0.25) });
  label(`No. ${c.code}`, 88, bold, 11);
  label('Periksa keaslian / Verify:', 72);
  label(c.verifyUrl, 60);
  if (c.status === 'revoked') {
    page.drawText('DICABUT / REVOKED', {
      x: 150,
      y: 200,
      size: 64,
      font: bold,
      color: rgb(0.8, 0.1, 0.1),
      opacity: 0.35,
      rotate: degrees(20),
    });
  }
  return doc.save({ useObjectStreams: false });
}
