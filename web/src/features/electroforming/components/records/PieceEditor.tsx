import { ActionIcon, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconCopy, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OBJECT_TYPES, PieceInput } from '#core/schemas/electroforming';
import { AREA_DEFAULTS, type AreaOutcome, type AreaState } from '#web/features/electroforming/lib/area';
import { formatDuration, formatFigure } from '#web/features/electroforming/lib/format';
import { ENUMS, options, R } from '#web/features/electroforming/lib/labels';
import { type NumberValue, toNumber } from '#web/features/electroforming/lib/numbers';
import { currentLocale } from '#web/lib/i18n';
import { AreaInput } from '../AreaInput';
import { NumberField } from '../NumberField';

export type PieceState = {
  key: string;
  label: string;
  objectType: (typeof OBJECT_TYPES)[number];
  species: string;
  area: AreaState;
  targetThicknessUm: NumberValue;
};

export function newPiece(from?: PieceState): PieceState {
  return {
    ...(from ?? { label: '', objectType: 'leaf', species: '', area: AREA_DEFAULTS, targetThicknessUm: 200 }),
    key: Math.random().toString(36).slice(2),
  };
}

/** The contract's piece from the editor; the area says how it was measured. */
export function toPieceInput(p: PieceState, outcome: AreaOutcome): PieceInput {
  const area: PieceInput['area'] =
    p.area.mode === 'dims'
      ? {
          source: 'dimensions',
          lengthCm: toNumber(p.area.lengthCm) as number,
          widthCm: toNumber(p.area.widthCm) as number,
          shapeFactor: toNumber(p.area.shapeFactor) as number,
          faces: 2,
        }
      : { source: p.area.mode === 'photo' ? 'photo' : 'entered', areaCm2: outcome.areaCm2 as number };
  return {
    objectType: p.objectType,
    area,
    targetThicknessUm: toNumber(p.targetThicknessUm) as number,
    ...(p.label.trim() ? { label: p.label.trim() } : {}),
    ...(p.species.trim() ? { species: p.species.trim() } : {}),
  };
}

/** One piece of a batch: what it is, its area (any of the three ways) and its target shell. */
export function PieceEditor({
  piece,
  index,
  outcome,
  hoursToTarget,
  errors,
  onChange,
  onRemove,
  onDuplicate,
}: {
  piece: PieceState;
  index: number;
  outcome: AreaOutcome;
  hoursToTarget: number | null | undefined;
  errors: Record<string, string>;
  onChange: (change: Partial<PieceState>) => void;
  onRemove?: () => void;
  onDuplicate: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const target = toNumber(piece.targetThicknessUm);
  return (
    <Paper withBorder p="sm" data-testid={`piece-${index}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700}>{t(`${R}.planner.piece`, { n: index + 1 })}</Text>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              size="lg"
              aria-label={t(`${R}.planner.duplicate`)}
              onClick={onDuplicate}
            >
              <IconCopy size={18} />
            </ActionIcon>
            {onRemove && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('common:action.delete')}
                onClick={onRemove}
              >
                <IconTrash size={18} />
              </ActionIcon>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={2} spacing="xs">
          <Select
            size="md"
            label={t(`${R}.planner.objectType`)}
            allowDeselect={false}
            data={options(ENUMS.objectType, 'objectType', t)}
            value={piece.objectType}
            onChange={(v) => onChange({ objectType: (v ?? 'leaf') as PieceState['objectType'] })}
          />
          <TextInput
            size="md"
            label={t(`${R}.planner.species`)}
            placeholder={t(`${R}.planner.speciesPlaceholder`)}
            value={piece.species}
            onChange={(e) => onChange({ species: e.currentTarget.value })}
          />
        </SimpleGrid>
        <TextInput
          size="md"
          label={t(`${R}.planner.label`)}
          placeholder={t(`${R}.planner.labelPlaceholder`)}
          value={piece.label}
          onChange={(e) => onChange({ label: e.currentTarget.value })}
        />
        <AreaInput
          state={piece.area}
          onChange={(change) => onChange({ area: { ...piece.area, ...change } })}
          outcome={outcome}
          error={errors.area}
        />
        <NumberField
          label={t('electroforming:ui.fields.thickness')}
          description={t('electroforming:ui.fields.thicknessHint')}
          unit="µm"
          value={piece.targetThicknessUm}
          onChange={(targetThicknessUm) => onChange({ targetThicknessUm })}
          error={errors.targetThicknessUm}
        />
        {hoursToTarget != null && target !== undefined && (
          <Text size="sm" c="teal.8" data-testid={`piece-${index}-ready`}>
            {t(`${R}.planner.readyAfter`, {
              duration: formatDuration(hoursToTarget, t),
              um: formatFigure(target, locale),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
