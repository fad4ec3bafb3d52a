import {
  BATCH_STATUSES,
  BATCH_TRANSITIONS,
  type BatchStatus,
} from '#core/domain/electroforming/batch-status';
import { OPERATING_WINDOWS } from '#core/domain/electroforming/windows';

export { BATCH_STATUSES, BATCH_TRANSITIONS, type BatchStatus };

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
export type QcOutcome = (typeof QC_OUTCOMES)[number];
