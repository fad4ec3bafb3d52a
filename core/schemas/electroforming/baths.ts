import { z } from 'zod';
import { DEFAULT_EFFICIENCY } from '#core/domain/electroforming/constants';
import type { LimitName } from '#core/domain/electroforming/limits';
import { PageQuery, pageOf } from '#core/schemas/common';
import { WarningSchema } from './calculate-response';
import {
  AMOUNT_UNITS,
  ANODE_TYPES,
  BATH_STATUSES,
  CHEMICALS,
  MAINTENANCE_KINDS,
  WINDOW_PRESETS,
} from './enums';
import { enumOf, isoDate, name, notes, num, rec, text } from './fields';

// ---------------------------------------------------------------- baths

const range = (limit: LimitName) =>
  z
    .strictObject({ min: num(limit), max: num(limit) })
    .refine((r) => r.min <= r.max, { error: rec('windowMinAboveMax'), path: ['max'] });

export const OperatingWindowSchema = z.object({
  copperSulfateGL: z.object({ min: z.number(), max: z.number() }),
  sulfuricAcidGL: z.object({ min: z.number(), max: z.number() }),
  chloridePpm: z.object({ min: z.number(), max: z.number() }),
  currentDensityAdm2: z.object({ min: z.number(), max: z.number() }),
  temperatureC: z.object({ min: z.number(), max: z.number() }),
});

/** Ranges given here replace those of the preset; the others keep the preset's values. */
export const OperatingWindowOverrides = z.strictObject({
  copperSulfateGL: range('copperSulfateGL').optional(),
  sulfuricAcidGL: range('sulfuricAcidGL').optional(),
  chloridePpm: range('chloridePpm').optional(),
  currentDensityAdm2: range('currentDensityAdm2').optional(),
  temperatureC: range('temperatureC').optional(),
});

export const BathCompositionInput = z.strictObject({
  copperSulfateGL: num('copperSulfateGL'),
  sulfuricAcidGL: num('sulfuricAcidGL'),
  chloridePpm: num('chloridePpm'),
  temperatureC: num('temperatureC').nullable().optional(),
});

export const CreateBathBody = z.strictObject({
  name,
  volumeL: num('volumeL'),
  composition: BathCompositionInput,
  anodeType: enumOf(ANODE_TYPES, 'anodeTypeUnknown').default('phosphorizedCopper'),
  operatingWindowPreset: enumOf(WINDOW_PRESETS, 'windowPresetUnknown').default('default'),
  operatingWindow: OperatingWindowOverrides.optional(),
  efficiency: num('efficiency').default(DEFAULT_EFFICIENCY),
  status: enumOf(BATH_STATUSES, 'bathStatusUnknown').default('active'),
  notes: notes.optional(),
  /** The registry business this bath belongs to, once that feature exists (not checked yet). */
  businessId: z
    .uuid({ error: rec('idFormat') })
    .nullable()
    .optional(),
});
export type CreateBathBody = z.infer<typeof CreateBathBody>;

/** Changing the preset resets the window to it (plus any overrides sent with it). */
export const UpdateBathBody = z.strictObject({
  name: name.optional(),
  volumeL: num('volumeL').optional(),
  composition: BathCompositionInput.optional(),
  anodeType: enumOf(ANODE_TYPES, 'anodeTypeUnknown').optional(),
  operatingWindowPreset: enumOf(WINDOW_PRESETS, 'windowPresetUnknown').optional(),
  operatingWindow: OperatingWindowOverrides.optional(),
  efficiency: num('efficiency').optional(),
  status: enumOf(BATH_STATUSES, 'bathStatusUnknown').optional(),
  notes: notes.nullable().optional(),
  businessId: z
    .uuid({ error: rec('idFormat') })
    .nullable()
    .optional(),
  /** Optimistic concurrency: the `updatedAt` the editor started from; a newer bath → 409. */
  expectedUpdatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type UpdateBathBody = z.infer<typeof UpdateBathBody>;

export const BathComposition = z.object({
  copperSulfateGL: z.number(),
  sulfuricAcidGL: z.number(),
  chloridePpm: z.number(),
  temperatureC: z.number().nullable(),
  /** When this composition was measured: make-up (bath creation/edit) or the latest analysis. */
  measuredOn: z.string(),
});

export const Bath = z.object({
  id: z.uuid(),
  ownerUserId: z.uuid(),
  ownerName: z.string(),
  businessId: z.uuid().nullable(),
  name: z.string(),
  volumeL: z.number(),
  /** The latest known composition: make-up, overwritten field by field by each analysis. */
  composition: BathComposition,
  anodeType: z.enum(ANODE_TYPES),
  operatingWindowPreset: z.enum(WINDOW_PRESETS),
  operatingWindow: OperatingWindowSchema,
  efficiency: z.number(),
  efficiencySource: z.enum(['default', 'manual', 'calibrated']),
  status: z.enum(BATH_STATUSES),
  notes: z.string().nullable(),
  /** Where the latest composition is outside the bath's operating window. */
  warnings: z.array(WarningSchema),
  lastMaintenanceOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Bath = z.infer<typeof Bath>;
export const BathList = pageOf(Bath);

export const ListBathsQuery = PageQuery.extend({
  status: z.enum(BATH_STATUSES).optional(),
  /** Admins only; owners always see their own. */
  ownerId: z.uuid().optional(),
});

// ---------------------------------------------------------------- maintenance log

export const AnalysisInput = z.strictObject({
  copperSulfateGL: num('copperSulfateGL').optional(),
  sulfuricAcidGL: num('sulfuricAcidGL').optional(),
  chloridePpm: num('chloridePpm').optional(),
  temperatureC: num('temperatureC').optional(),
});

export const AdditionInput = z.strictObject({
  chemical: enumOf(CHEMICALS, 'chemicalUnknown'),
  amount: z
    .number({ error: rec('amountRange') })
    .gt(0, { error: rec('amountRange') })
    .lte(1_000_000, { error: rec('amountRange') }),
  unit: enumOf(AMOUNT_UNITS, 'amountUnitUnknown'),
  note: text(200).optional(),
});

export const CreateMaintenanceBody = z
  .strictObject({
    kind: enumOf(MAINTENANCE_KINDS, 'maintenanceKindUnknown'),
    performedOn: isoDate,
    analysis: AnalysisInput.optional(),
    additions: z
      .array(AdditionInput)
      .max(20, { error: rec('tooMany') })
      .default([]),
    note: notes.optional(),
  })
  .superRefine((body, ctx) => {
    const analysed = body.analysis && Object.values(body.analysis).some((v) => v !== undefined);
    if (body.kind === 'analysis' && !analysed)
      ctx.addIssue({ code: 'custom', path: ['analysis'], message: rec('analysisRequired') });
    if (body.kind === 'addition' && body.additions.length === 0)
      ctx.addIssue({ code: 'custom', path: ['additions'], message: rec('additionsRequired') });
  });
export type CreateMaintenanceBody = z.infer<typeof CreateMaintenanceBody>;

export const MaintenanceEntry = z.object({
  id: z.uuid(),
  bathId: z.uuid(),
  kind: z.enum(MAINTENANCE_KINDS),
  performedOn: z.string(),
  analysis: z
    .object({
      copperSulfateGL: z.number().optional(),
      sulfuricAcidGL: z.number().optional(),
      chloridePpm: z.number().optional(),
      temperatureC: z.number().optional(),
    })
    .nullable(),
  additions: z.array(
    z.object({
      chemical: z.enum(CHEMICALS),
      amount: z.number(),
      unit: z.enum(AMOUNT_UNITS),
      note: z.string().optional(),
    }),
  ),
  note: z.string().nullable(),
  /** The analysis against the bath's window at the time of answering. */
  warnings: z.array(WarningSchema),
  createdAt: z.string(),
});
export type MaintenanceEntry = z.infer<typeof MaintenanceEntry>;
export const MaintenanceList = pageOf(MaintenanceEntry);
