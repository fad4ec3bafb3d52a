/** A URL slug from a product or business name: lower-case ASCII words joined by hyphens. */
export function slugify(text: string, maxLength = 60): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = ascii.slice(0, maxLength).replace(/-+$/g, '');
  return cut || 'item';
}

/** `name-2`, `name-3`, … for the n-th taken slug. */
export const numberedSlug = (base: string, n: number) => (n <= 1 ? base : `${base}-${n}`);
