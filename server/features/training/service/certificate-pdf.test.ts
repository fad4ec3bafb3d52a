import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderCertificatePdf } from './certificate-pdf';

/* The certificate prints names as they are written, accents and all, in an embedded font. */

const NAME = 'Sañjaya Ātmaja Zoë Nguyễn Şükrü';

async function textOf(pdf: Uint8Array) {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  return text as string;
}

describe('certificate PDF', () => {
  it('keeps every letter of a name and event title (no folding to ASCII, no "?")', async () => {
    const pdf = await renderCertificatePdf({
      code: 'ABCD234567',
      name: NAME,
      event: { id: 'Pelatihan Kriya Ōmbak — Tenun Ikat', en: 'Ōmbak Craft Training — Ikat Weaving' },
      dates: { start: '2026-03-10', end: '2026-03-11' },
      issuer: 'Diskopindag Kota Malang',
      venue: 'Hotel Santika Malang',
      signatoryName: 'Ir. Ni Luh Ayu Dewi Śrī',
      signatoryTitle: 'Kepala Dinas',
      verifyUrl: 'https://bina-kriya.example/verify/ABCD234567',
      status: 'valid',
    });
    const text = await textOf(pdf);
    expect(text).toContain(NAME);
    expect(text).toContain('Pelatihan Kriya Ōmbak — Tenun Ikat');
    expect(text).toContain('Ni Luh Ayu Dewi Śrī');
    expect(text).toContain('ABCD234567');
    // The font travels inside the file (no reliance on the reader's Helvetica).
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/FontFile2/);
  });
});
