import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@cantoo/fontkit';
import type { PDFDocument, PDFFont, PDFPage } from '@cantoo/pdf-lib';
import { rgb } from '@cantoo/pdf-lib';
import QRCode from 'qrcode';

/*
 * Small drawing helpers shared by the certificate, the ticket and the daftar hadir. The PDFs
 * embed DejaVu Sans (shipped by the dejavu-fonts-ttf package, so a fresh install has it; only
 * the glyphs used are embedded), which writes Indonesian and accented names as they are:
 * Sañjaya, Zoë, Ātmaja, Nguyễn. A character the font lacks is folded to its closest letters,
 * else '?', so one exotic name never breaks a bulk issue.
 */

const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
} as const;
type FontStyle = keyof typeof FONT_FILES;
const fontBytes = new Map<FontStyle, Uint8Array>();

function bytesOf(style: FontStyle) {
  let bytes = fontBytes.get(style);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(path.join(fontDir, FONT_FILES[style])));
    fontBytes.set(style, bytes);
  }
  return bytes;
}

/*
 * Parsing a TTF is most of the cost of a certificate: a bulk zip of 500 would parse the same
 * three files 1,500 times. The parsed font is only read when a document subsets it, so one
 * parse per file serves every document (fontkit caches glyphs on it as it goes).
 */
const parsed = new WeakMap<Uint8Array, unknown>();
const sharedFontkit: typeof fontkit = {
  ...fontkit,
  // pdf-lib calls create(bytes) once per embedded font; the bytes are ours (bytesOf), so equal.
  create: ((data: Uint8Array) => {
    if (!parsed.has(data)) parsed.set(data, withLayoutCache(fontkit.create(data)));
    return parsed.get(data);
  }) as typeof fontkit.create,
};

type Layout = (text: string, features?: unknown) => unknown;
const LAYOUTS_KEPT = 2_000;

/*
 * Shaping a string (fontkit's layout) was the largest part of a certificate: pdf-lib lays out
 * every text to measure it (drawCentered measures at each size it tries) and again to write it,
 * and most texts are the same on every page of a bulk ZIP. A run is the same for the same text
 * and font (pdf-lib only reads its glyphs), so runs are kept per parsed font.
 */
function withLayoutCache<F>(font: F): F {
  const target = font as unknown as { layout: Layout };
  const layout = target.layout.bind(font) as Layout;
  const runs = new Map<string, unknown>();
  target.layout = (text, features) => {
    if (features !== undefined) return layout(text, features);
    let run = runs.get(text);
    if (run === undefined) {
      if (runs.size >= LAYOUTS_KEPT) runs.clear();
      run = layout(text);
      runs.set(text, run);
    }
    return run;
  };
  return font;
}

/** The document's fonts, subset to the glyphs the page uses. */
export async function embedFonts<S extends FontStyle = FontStyle>(
  doc: PDFDocument,
  styles: readonly S[] = ['regular', 'bold', 'italic'] as S[],
): Promise<Record<S, PDFFont>> {
  doc.registerFontkit(sharedFontkit);
  const fonts = await Promise.all(styles.map((s) => doc.embedFont(bytesOf(s), { subset: true })));
  return Object.fromEntries(styles.map((s, i) => [s, fonts[i]])) as Record<S, PDFFont>;
}

// Keyed by the character list itself: the shared parsed font hands every document the same one.
const charsets = new WeakMap<number[], Set<number>>();

export function safeText(font: PDFFont, text: string): string {
  const list = font.getCharacterSet();
  let set = charsets.get(list);
  if (!set) {
    set = new Set(list);
    charsets.set(list, set);
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
