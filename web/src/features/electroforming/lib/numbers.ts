/** What a Mantine NumberInput holds: a number, or a string while empty or half-typed. */
export type NumberValue = number | string;

export function toNumber(value: NumberValue | null | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export function isBlank(value: NumberValue | null | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
