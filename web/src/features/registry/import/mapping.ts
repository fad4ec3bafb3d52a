import type { ColumnMapping, ImportColumn } from '#core/schemas/registry';

/*
 * The mapping step's choices are remembered per set of headers: an office sends the same sheet
 * layout every quarter, so the next file with the same headers is read the same way.
 */

const PREFIX = 'bk_import_mapping:';

/** The same headers in any order (and on any sheet) give the same key. */
export function headersKey(columns: Pick<ImportColumn, 'header'>[]): string {
  return PREFIX + JSON.stringify([...new Set(columns.map((c) => c.header))].sort());
}

/** The remembered choices for these headers, limited to headers the file has; {} when none. */
export function rememberedMapping(columns: Pick<ImportColumn, 'header'>[]): ColumnMapping {
  try {
    const text = localStorage.getItem(headersKey(columns));
    if (!text) return {};
    const saved = JSON.parse(text) as unknown;
    if (!saved || typeof saved !== 'object') return {};
    const headers = new Set(columns.map((c) => c.header));
    return Object.fromEntries(
      Object.entries(saved as Record<string, string>).filter(
        ([header, choice]) => headers.has(header) && typeof choice === 'string',
      ),
    ) as ColumnMapping;
  } catch {
    return {};
  }
}

export function rememberMapping(columns: Pick<ImportColumn, 'header'>[], mapping: ColumnMapping) {
  try {
    if (Object.keys(mapping).length === 0) localStorage.removeItem(headersKey(columns));
    else localStorage.setItem(headersKey(columns), JSON.stringify(mapping));
  } catch {
    // Private mode or a full storage: the choices still apply to this file.
  }
}
