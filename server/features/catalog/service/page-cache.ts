/*
 * Public pages rendered recently, by URL and language: a product page is read far more often
 * than it changes, and the embedded database answers one query at a time. Every catalog write
 * empties the cache; changes made elsewhere (a business deleted in the registry, new training
 * certificates, office rates) show after at most TTL_MS.
 */

const TTL_MS = 30_000;
const MAX_ENTRIES = 2_000;
const pages = new Map<string, { at: number; body: string }>();

export async function cachedPage(key: string, render: () => Promise<string>): Promise<string> {
  const hit = pages.get(key);
  const now = Date.now();
  if (hit && now - hit.at < TTL_MS) return hit.body;
  const body = await render();
  if (pages.size >= MAX_ENTRIES) pages.clear();
  pages.set(key, { at: now, body });
  return body;
}

/** Called after every catalog write. */
export function clearPageCache() {
  pages.clear();
}
