/**
 * Defects recorded in batch QC (shared/domain/electroforming.md), each with the likely
 * causes and fixes shown to the maker. Ids are stable (stored with QC results); texts live
 * in the i18n catalogs under `electroforming:defects.<id>`.
 */
export const DEFECT_IDS = [
  'burning',
  'grainy',
  'rough',
  'bareSpots',
  'pitting',
  'poorAdhesion',
  'unevenThickness',
] as const;
export type DefectId = (typeof DEFECT_IDS)[number];

export type Defect = {
  id: DefectId;
  nameKey: string;
  descriptionKey: string;
  /** Most likely first. */
  causeKeys: string[];
  fixKeys: string[];
};

const CAUSES_AND_FIXES: Record<DefectId, { causes: string[]; fixes: string[] }> = {
  burning: {
    causes: ['currentTooHigh', 'areaUnderestimated', 'noAgitation', 'anodeTooClose', 'lowCopper'],
    fixes: ['lowerCurrent', 'remeasureArea', 'agitate', 'moveAnodes', 'sandAndContinue'],
  },
  grainy: {
    causes: ['currentTooHigh', 'organicContamination', 'chlorideOff', 'acidLow', 'temperatureOff'],
    fixes: ['lowerCurrent', 'carbonTreat', 'adjustChloride', 'analyseBath', 'keepTemperature'],
  },
  rough: {
    causes: ['particlesInBath', 'tornAnodeBags', 'loosePaint', 'dustInTank'],
    fixes: ['filterBath', 'replaceAnodeBags', 'brushPaint', 'coverTank'],
  },
  bareSpots: {
    causes: ['thinPaint', 'brokenPaint', 'greasyCore', 'trappedAir', 'paintNotDry'],
    fixes: ['moreCoats', 'testContinuity', 'handleWithGloves', 'tapBubbles', 'letPaintDry'],
  },
  pitting: {
    causes: ['bubblesCling', 'organicContamination', 'greasyCore', 'currentTooHigh'],
    fixes: ['agitate', 'degrease', 'carbonTreat', 'lowerCurrent'],
  },
  poorAdhesion: {
    causes: ['coreNotDry', 'coreNotSealed', 'paintOverWetSealant', 'looseWire'],
    fixes: ['dryCore', 'sealAllSides', 'cureBetweenCoats', 'fixWire'],
  },
  unevenThickness: {
    causes: ['anodeOneSide', 'edgesDrawCurrent', 'notTurned', 'currentTooHigh'],
    fixes: ['anodesBothSides', 'useThief', 'turnPiece', 'lowerCurrent'],
  },
};

const base = (id: DefectId) => `electroforming:defects.${id}`;

export const DEFECTS: readonly Defect[] = DEFECT_IDS.map((id) => ({
  id,
  nameKey: `${base(id)}.name`,
  descriptionKey: `${base(id)}.description`,
  causeKeys: CAUSES_AND_FIXES[id].causes.map((c) => `electroforming:defects.causes.${c}`),
  fixKeys: CAUSES_AND_FIXES[id].fixes.map((f) => `electroforming:defects.fixes.${f}`),
}));

export function findDefect(id: string): Defect | undefined {
  return DEFECTS.find((d) => d.id === id);
}
