import type { TFunction } from 'i18next';
import {
  ANODE_TYPES,
  BATCH_STATUSES,
  BATH_STATUSES,
  CHEMICALS,
  FINISHING_KINDS,
  MAINTENANCE_KINDS,
  OBJECT_TYPES,
  QC_OUTCOMES,
} from '#core/schemas/electroforming';

export const R = 'electroforming:ui.records';

/** Select options for an enum of the records contract, labelled from the catalog. */
export function options<T extends readonly string[]>(values: T, group: string, t: TFunction) {
  return values.map((value) => ({ value, label: t(`${R}.enum.${group}.${value}`) }));
}

export const ENUMS = {
  bathStatus: BATH_STATUSES,
  anodeType: ANODE_TYPES,
  maintenanceKind: MAINTENANCE_KINDS,
  chemical: CHEMICALS,
  objectType: OBJECT_TYPES,
  batchStatus: BATCH_STATUSES,
  finishing: FINISHING_KINDS,
  qc: QC_OUTCOMES,
} as const;

export const BATH_STATUS_COLOR = { active: 'teal', resting: 'gray', retired: 'dark' } as const;
export const BATCH_STATUS_COLOR = {
  planned: 'blue',
  running: 'orange',
  finishing: 'grape',
  done: 'teal',
  cancelled: 'gray',
} as const;
export const QC_COLOR = { pass: 'teal', rework: 'yellow', reject: 'red' } as const;

export const PATHS = {
  baths: '/plating/baths',
  bath: (id: string) => `/plating/baths/${id}`,
  batches: '/plating/batches',
  newBatch: '/plating/batches/new',
  batch: (id: string) => `/plating/batches/${id}`,
  sheets: '/plating/price-sheets',
  stats: '/plating/stats',
  summary: '/plating/summary',
  settings: '/plating/settings',
};
