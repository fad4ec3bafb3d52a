import { type PDFFont, type PDFPage, rgb } from '@cantoo/pdf-lib';
import QRCode from 'qrcode';

/*
 * Small drawing helpers shared by the certificate, the ticket and the daftar hadir. The PDFs
 * use the standard Helvetica fonts (no font file to ship); text they cannot encode is folded
 * to its closest Latin letters first, so a name with an accent never breaks a bulk issue.
 */

const charsets = new WeakMap<PDFFont, Set<number>>();

export function safeText(font: PDFFont, text: string): string {
  let set = charsets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    charsets.set(font, set);
  }
  const known = set;
  return [...text]
    .map((ch) => {
      if (known.has(ch.codePointAt(0)!)) return ch;
      const folded = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      return [...folded].every((c) => known.has(c.codePointAt(0)!)) ? folded : '?';
    })
    .join('');
}

/** Draws `text` centred on `cx`, shrinking it to fit `maxWidth`. */
export function drawCentered(
  page: PDFPage,
  text: string,
  opts: {
    font: PDFFont;
    size: number;
    cx: number;
    y: number;
    maxWidth: number;
    color?: ReturnType<typeof rgb>;
  },
) {
  const t = safeText(opts.font, text);
  let size = opts.size;
  while (size > 6 && opts.font.widthOfTextAtSize(t, size) > opts.maxWidth) size -= 0.5;
  const width = opts.font.widthOfTextAtSize(t, size);
  page.drawText(t, {
    x: opts.cx - width / 2,
    y: opts.y,
    size,
    font: opts.font,
    color: opts.color ?? rgb(0.1, 0.1, 0.1),
  });
}

/** Left-aligned text cut with an ellipsis at `maxWidth`. */
export function drawClipped(
  page: PDFPage,
  text: string,
  opts: { font: PDFFont; size: number; x: number; y: number; maxWidth: number },
) {
  let t = safeText(opts.font, text);
  if (opts.font.widthOfTextAtSize(t, opts.size) > opts.maxWidth) {
    while (t.length > 1 && opts.font.widthOfTextAtSize(`${t}...`, opts.size) > opts.maxWidth)
      t = t.slice(0, -1);
    t = `${t}...`;
  }
  page.drawText(t, { x: opts.x, y: opts.y, size: opts.size, font: opts.font, color: rgb(0.1, 0.1, 0.1) });
}

/** A QR code of `text` as vector squares, `size` points wide, lower-left corner at (x, y). */
export function drawQr(page: PDFPage, text: string, x: number, y: number, size: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + quiet * 2);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  // All dark modules as one path (one run of dark modules = one rectangle): one fill for the
  // whole code keeps both the file and the rendering time small.
  let path = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.modules.data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && qr.modules.data[row * n + col]) col++;
      const left = (quiet + start) * cell;
      const top = (quiet + row) * cell;
      path += `M${left.toFixed(3)} ${top.toFixed(3)}h${((col - start) * cell).toFixed(3)}v${cell.toFixed(3)}h${(-(col - start) * cell).toFixed(3)}Z`;
    }
  }
  // drawSvgPath's origin is the top-left corner, with y growing downwards as in SVG.
  page.drawSvgPath(path, { x, y: y + size, color: rgb(0, 0, 0) });
}
