import type { TFunction } from 'i18next';
import type { AuditEntry } from '#core/schemas/audit';

/** "Batch selesai" for `ef_batch.status_done`; unknown actions still read as words, with their code. */
export function actionLabel(t: TFunction, action: string): string {
  const key = `audit:action.${action}`;
  return t(key, { defaultValue: '' }) || `${t('audit:other_action')} (${action})`;
}

/** "Usaha" for `business`. */
export function entityTypeLabel(t: TFunction, entityType: string): string {
  return (
    t(`audit:entity.${entityType}`, { defaultValue: '' }) || `${t('audit:other_entity')} (${entityType})`
  );
}

/** The record's name, or its kind when the log never saw a name. */
export function recordName(t: TFunction, entry: Pick<AuditEntry, 'entityName' | 'entityType'>): string {
  return entry.entityName ?? t('audit:record_fallback', { type: entityTypeLabel(t, entry.entityType) });
}

/** Where the record lives in the app, when it has a page of its own. */
export function recordLink(entry: Pick<AuditEntry, 'entityType' | 'entityId' | 'entityName'>): string | null {
  const id = entry.entityId;
  switch (entry.entityType) {
    case 'business':
      return id ? `/registry/${encodeURIComponent(id)}` : null;
    case 'ef_batch':
      return id ? `/plating/batches/${encodeURIComponent(id)}` : null;
    case 'ef_bath':
      return id ? `/plating/baths/${encodeURIComponent(id)}` : null;
    case 'ef_price_sheet':
      return '/plating/price-sheets';
    case 'settings':
      return '/plating/settings';
    case 'user':
      return entry.entityName ? `/users?q=${encodeURIComponent(entry.entityName)}` : '/users';
    default:
      return null;
  }
}

/** A changed value as a person reads it. */
export function readableValue(t: TFunction, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? t('audit:yes') : t('audit:no');
  if (Array.isArray(value)) return value.map((v) => readableValue(t, v)).join(', ') || '–';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A changed field's name ("Nama", "Status") from the shared field catalog. */
export function changedFieldLabel(t: TFunction, key: string): string {
  return t(`fields:${key}`, { defaultValue: '' }) || key;
}
