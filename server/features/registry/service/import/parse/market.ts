import {
  type CertificationItem,
  cellText,
  parseExportStatus,
  parseLegality,
  parseYesNo,
} from '#core/domain/registry';
import type { CanonicalField } from '../headers';
import type { Link } from '../types';
import { importKey, type RowReader } from './context';
import { parseCountries } from './countries';

const DOMAIN_KINDS: [RegExp, string][] = [
  [/(tokopedia|shopee|bukalapak|lazada|blibli|tiktokshop|etsy|amazon|alibaba)\./, 'marketplace'],
  [/(instagram\.com|instagr\.am)/, 'instagram'],
  [/(facebook\.com|fb\.com|fb\.me)/, 'facebook'],
  [/tiktok\.com/, 'tiktok'],
  [/(wa\.me|whatsapp\.com)/, 'whatsapp'],
];

function kindOf(url: string, field: CanonicalField, header: string): string {
  for (const [pattern, kind] of DOMAIN_KINDS) if (pattern.test(url)) return kind;
  if (field === 'website') return 'website';
  if (/instagram|\big\b/i.test(header)) return 'instagram';
  return 'other';
}

/** URLs and @handles of the link columns; what is not a link stays as a note line. */
function parseLinks(r: RowReader, notes: string[]): Link[] {
  const links: Link[] = [];
  for (const field of ['marketplaceLinks', 'socialMedia', 'website'] as const) {
    const text = r.text(field);
    if (!text) continue;
    const header = r.column(field) ?? '';
    const rest: string[] = [];
    for (const token of text.split(/[\s,;|]+/)) {
      const handle = /^@([\w.]{2,30})$/.exec(token);
      const instagram = /instagram|\big\b/i.test(`${header} ${text}`);
      if (handle && instagram) {
        links.push({ kind: 'instagram', url: `https://instagram.com/${handle[1]}` });
      } else if (/^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(\/\S*)?$/i.test(token) && !token.includes('@')) {
        const url = /^https?:\/\//i.test(token) ? token : `https://${token}`;
        if (!links.some((l) => l.url === url))
          links.push({ kind: kindOf(url.toLowerCase(), field, header), url });
      } else rest.push(token);
    }
    const leftover = rest.join(' ').trim();
    if (leftover && !/^(ig|fb|wa|instagram|facebook|tiktok)\s*:?$/i.test(leftover))
      notes.push(`${header}: ${leftover}`);
  }
  return links;
}

/**
 * Certifications from a list or legality column and from per-type columns (PIRT / Halal /
 * SNI / HKI). A legality cell may mix an NIB, certifications and other licences: the NIB is
 * returned for the business, what is no certification is kept as a note line, as written.
 */
function parseCerts(r: RowReader, notes: string[]): { items: CertificationItem[]; nib: string | null } {
  const items: CertificationItem[] = [];
  let nib: string | null = null;
  const list = r.raw('certifications');
  if (list !== undefined) {
    const legality = parseLegality(list);
    items.push(...legality.certifications);
    nib = legality.nib;
    if (legality.nibIssue)
      r.warn('certifications', {
        ...legality.nibIssue,
        params: { ...(legality.nibIssue.params ?? {}), dropped: 1 },
      });
    if (legality.rest.length > 0) notes.push(`${r.column('certifications')}: ${legality.rest.join(', ')}`);
  }
  for (const type of ['pirt', 'halal', 'sni', 'hki'] as const) {
    const value = r.raw(type);
    if (value === undefined || items.some((i) => i.type === type)) continue;
    const yesNo = parseYesNo(value);
    if (yesNo.ok && !yesNo.value) continue;
    const text = cellText(value);
    const item: CertificationItem = { type, label: r.column(type) ?? type.toUpperCase() };
    // A per-type column usually holds the certificate number itself.
    if (!yesNo.ok && /\d/.test(text)) item.number = text.replace(/^(no\.?|nomor)\s*/i, '');
    items.push(item);
  }
  return { items, nib };
}

export function parseMarket(r: RowReader, notes: string[]) {
  const statusCell = r.raw('exportStatus');
  const exportStatus =
    statusCell === undefined ? null : r.take('exportStatus', parseExportStatus(statusCell), true);
  const countriesText = r.text('exportCountries');
  let exportCountries: string[] = [];
  if (countriesText) {
    const { codes, unknown } = parseCountries(countriesText);
    exportCountries = codes;
    if (unknown.length > 0)
      r.warn('exportCountries', {
        key: importKey('row.countryUnknown'),
        params: { value: unknown.join(', ') },
      });
  }
  const links = parseLinks(r, notes);
  const certs = parseCerts(r, notes);
  return { exportStatus, exportCountries, links, certifications: certs.items, legalityNib: certs.nib };
}
