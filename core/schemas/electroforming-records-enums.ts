import { OPERATING_WINDOWS } from '../domain/electroforming/windows';

/** Closed lists of the electroforming records; ids are stored, texts live in the catalogs. */

export const BATH_STATUSES = ['active', 'resting', 'retired'] as const;
export const ANODE_TYPES = ['phosphorizedCopper', 'pureCopper', 'scrapCopper', 'other'] as const;
export const MAINTENANCE_KINDS = [
  'analysis',
  'addition',
  'filtering',
  'carbonTreatment',
  'anodeChange',
  'bagChange',
  'note',
] as const;
export const CHEMICALS = [
  'copperSulfate',
  'sulfuricAcid',
  'hydrochloricAcid',
  'water',
  'brightener',
  'other',
] as const;
export const AMOUNT_UNITS = ['g', 'kg', 'mL', 'L'] as const;
export const OBJECT_TYPES = ['leaf', 'twig', 'flower', 'seedPod', 'shell', 'other'] as const;
export const AREA_SOURCES = ['entered', 'dimensions', 'photo'] as const;
export const BATCH_STATUSES = ['planned', 'running', 'finishing', 'done', 'cancelled'] as const;
export const FINISHING_KINDS = [
  'neutralize',
  'polish',
  'patina',
  'silverPlate',
  'goldPlate',
  'lacquer',
  'other',
] as const;
export const QC_OUTCOMES = ['pass', 'rework', 'reject'] as const;
export const WINDOW_PRESETS = Object.keys(OPERATING_WINDOWS) as [keyof typeof OPERATING_WINDOWS];

export type BathStatus = (typeof BATH_STATUSES)[number];
export type BatchStatus = (typeof BATCH_STATUSES)[number];
export type QcOutcome = (typeof QC_OUTCOMES)[number];

/** Which batch status may follow which; `done` and `cancelled` are final. */
export const BATCH_TRANSITIONS: Record<BatchStatus, readonly BatchStatus[]> = {
  planned: ['running', 'cancelled'],
  running: ['finishing', 'cancelled'],
  finishing: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};
