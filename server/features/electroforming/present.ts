import {
  bathWarnings,
  chargeOf,
  type DefectId,
  hoursToTarget,
  type OperatingWindow,
  type Plan,
  segmentsFromReadings,
  targetCopperG,
} from '#core/domain/electroforming';
import {
  BATCH_TRANSITIONS,
  type Batch,
  type Bath,
  type MaintenanceEntry,
  type Piece,
  type PriceSheet,
} from '#core/schemas/electroforming';
import { toIso } from '#server/lib/http';
import type { BatchChildren, BatchWithNames, PieceRow } from './queries/batches';
import type { BathRow, BathWithOwner, MaintenanceRow } from './queries/baths';
import type { PriceSheetWithOwner } from './queries/price-sheets';

type Analysis = NonNullable<MaintenanceEntry['analysis']>;
type Addition = MaintenanceEntry['additions'][number];

export const windowOf = (bath: BathRow) => bath.operatingWindow as OperatingWindow;

export function compositionWarnings(bath: BathRow) {
  return bathWarnings(
    {
      copperSulfateGL: bath.copperSulfateGL,
      sulfuricAcidGL: bath.sulfuricAcidGL,
      chloridePpm: bath.chloridePpm,
      temperatureC: bath.temperatureC ?? undefined,
    },
    windowOf(bath),
  );
}

export function presentBath({ bath, ownerName, lastMaintenanceOn }: BathWithOwner): Bath {
  return {
    id: bath.id,
    ownerUserId: bath.ownerUserId,
    ownerName,
    businessId: bath.businessId,
    name: bath.name,
    volumeL: bath.volumeL,
    composition: {
      copperSulfateGL: bath.copperSulfateGL,
      sulfuricAcidGL: bath.sulfuricAcidGL,
      chloridePpm: bath.chloridePpm,
      temperatureC: bath.temperatureC,
      measuredOn: bath.compositionMeasuredOn,
    },
    anodeType: bath.anodeType,
    operatingWindowPreset: bath.operatingWindowPreset,
    operatingWindow: windowOf(bath),
    efficiency: bath.efficiency,
    efficiencySource: bath.efficiencySource,
    status: bath.status,
    notes: bath.notes,
    warnings: compositionWarnings(bath),
    lastMaintenanceOn,
    createdAt: bath.createdAt.toISOString(),
    updatedAt: bath.updatedAt.toISOString(),
  };
}

/** Warnings only for what this analysis measured, against the bath's window. */
export function presentMaintenance(row: MaintenanceRow, bath: BathRow): MaintenanceEntry {
  const analysis = (row.analysis as Analysis | null) ?? null;
  const measured = new Set(Object.keys(analysis ?? {}));
  const warnings = analysis
    ? bathWarnings(
        {
          copperSulfateGL: analysis.copperSulfateGL ?? bath.copperSulfateGL,
          sulfuricAcidGL: analysis.sulfuricAcidGL ?? bath.sulfuricAcidGL,
          chloridePpm: analysis.chloridePpm ?? bath.chloridePpm,
          temperatureC: analysis.temperatureC,
        },
        windowOf(bath),
      ).filter((w) => measured.has(w.field))
    : [];
  return {
    id: row.id,
    bathId: row.bathId,
    kind: row.kind,
    performedOn: row.performedOn,
    analysis,
    additions: row.additions as Addition[],
    note: row.note,
    warnings,
    createdAt: row.createdAt.toISOString(),
  };
}

function presentBatchBase(row: BatchWithNames) {
  const { batch } = row;
  return {
    id: batch.id,
    ownerUserId: batch.ownerUserId,
    ownerName: row.ownerName,
    bathId: batch.bathId,
    bathName: row.bathName,
    name: batch.name,
    status: batch.status,
    plannedStartAt: toIso(batch.plannedStartAt),
    actualStartAt: toIso(batch.actualStartAt),
    actualStopAt: toIso(batch.actualStopAt),
    completedAt: toIso(batch.completedAt),
    notes: batch.notes,
    pieceCount: row.pieces,
    totalAreaCm2: batch.totalAreaCm2,
    plannedHours: batch.plannedHours,
    qc: { pass: row.pass, rework: row.rework, reject: row.reject },
    createdAt: batch.createdAt.toISOString(),
    updatedAt: batch.updatedAt.toISOString(),
  };
}

export const presentBatchListItem = presentBatchBase;

export function presentPiece(row: PieceRow, plan: Plan): Piece {
  return {
    id: row.id,
    position: row.position,
    label: row.label,
    objectType: row.objectType,
    species: row.species,
    area: { source: row.areaSource, ...(row.areaInput as object) },
    areaCm2: row.areaCm2,
    targetThicknessUm: row.targetThicknessUm,
    targetCopperG: targetCopperG(row),
    plannedHoursToTarget: hoursToTarget(plan, row.targetThicknessUm),
    measuredMassG: row.measuredMassG,
    qc: row.qcOutcome
      ? {
          outcome: row.qcOutcome,
          defects: row.qcDefects as DefectId[],
          note: row.qcNote,
          at: toIso(row.qcAt) ?? '',
        }
      : null,
  };
}

export function presentBatch(row: BatchWithNames, children: BatchChildren, now: Date): Batch {
  const { batch } = row;
  const plan = batch.plan as Plan;
  const start = batch.actualStartAt;
  const segments =
    start && children.readings.length > 0
      ? segmentsFromReadings(children.readings, start, batch.actualStopAt ?? now)
      : null;
  return {
    ...presentBatchBase(row),
    nextStatuses: [...BATCH_TRANSITIONS[batch.status]],
    plan,
    pieces: children.pieces.map((p) => presentPiece(p, plan)),
    readings: children.readings.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      currentA: r.currentA,
      volts: r.volts,
      temperatureC: r.temperatureC,
      note: r.note,
    })),
    actualChargeAh: segments ? chargeOf(segments).chargeC / 3600 : null,
    finishing: children.finishing.map((f) => ({
      id: f.id,
      kind: f.kind,
      performedOn: f.performedOn,
      costIdr: f.costIdr,
      note: f.note,
    })),
    measuredMassG: batch.measuredMassG,
    calibration: (batch.calibration as Batch['calibration']) ?? null,
  };
}

export function presentSheet({ sheet, ownerName }: PriceSheetWithOwner): PriceSheet {
  const result = sheet.result as Pick<PriceSheet, 'basis' | 'batch' | 'perPiece'>;
  return {
    id: sheet.id,
    ownerUserId: sheet.ownerUserId,
    ownerName,
    name: sheet.name,
    productRef: sheet.productRef,
    source: sheet.source,
    batchId: sheet.batchId,
    input: sheet.input,
    basis: result.basis,
    batch: result.batch,
    perPiece: result.perPiece,
    rates: sheet.rates as PriceSheet['rates'],
    createdAt: sheet.createdAt.toISOString(),
  };
}
