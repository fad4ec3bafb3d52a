import { Alert, Chip, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFECT_IDS, type DefectId } from '#core/domain/electroforming/defects';
import type { Piece, QcOutcome } from '#core/schemas/electroforming';
import { FormActions } from '#web/components/FormActions';
import { useBatchAction } from '#web/features/electroforming/hooks/records';
import { ENUMS, QC_COLOR, R } from '#web/features/electroforming/lib/labels';
import { type NumberValue, toNumber } from '#web/features/electroforming/lib/numbers';
import { NumberField } from '../NumberField';
import { DefectGuide } from './DefectGuide';

/** QC of one piece: pass / rework / reject, the defects seen (with causes and fixes), its copper. */
export function QcForm({ batchId, piece, onDone }: { batchId: string; piece: Piece; onDone: () => void }) {
  const { t } = useTranslation();
  const action = useBatchAction(batchId);
  const [outcome, setOutcome] = useState<QcOutcome>(piece.qc?.outcome ?? 'pass');
  const [defects, setDefects] = useState<DefectId[]>(piece.qc?.defects ?? []);
  const [note, setNote] = useState(piece.qc?.note ?? '');
  const [mass, setMass] = useState<NumberValue>(piece.measuredMassG ?? '');
  const [failure, setFailure] = useState<string | null>(null);

  const save = async () => {
    setFailure(null);
    try {
      await action.mutateAsync({
        type: 'qc',
        pieceId: piece.id,
        body: {
          outcome,
          defects,
          ...(note.trim() ? { note: note.trim() } : {}),
          measuredMassG: toNumber(mass) ?? null,
        },
      });
      onDone();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Stack gap="sm" data-testid="qc-form">
      <SegmentedControl
        fullWidth
        value={outcome}
        onChange={(v) => setOutcome(v as QcOutcome)}
        color={QC_COLOR[outcome]}
        data={ENUMS.qc.map((o) => ({ value: o, label: t(`${R}.enum.qc.${o}`) }))}
        data-testid="qc-outcome"
      />
      <Text size="sm" fw={600}>
        {t(`${R}.qc.defects`)}
      </Text>
      <Chip.Group
        multiple
        value={defects}
        onChange={(v) => setDefects(DEFECT_IDS.filter((id) => v.includes(id)))}
      >
        <Group gap={6}>
          {DEFECT_IDS.map((id) => (
            <Chip key={id} value={id} size="sm" color="orange">
              {t(`electroforming:defects.${id}.name`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <DefectGuide defects={defects} />
      <NumberField
        label={t(`${R}.qc.mass`)}
        description={t(`${R}.qc.massHint`)}
        unit="g"
        value={mass}
        onChange={setMass}
      />
      <TextInput
        size="md"
        label={t(`${R}.notes`)}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {failure && <Alert color="red">{failure}</Alert>}
      <FormActions onCancel={onDone} onSave={() => void save()} saving={action.isPending} testId="qc-save" />
    </Stack>
  );
}
