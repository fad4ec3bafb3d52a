import { Alert, Button, Card, Grid, List, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDate } from '#core/format';
import { PageHeader } from '#web/components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { ApiError } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import '../components/ef.css';
import { ErrorSummary } from '../components/ErrorSummary';
import { newPiece, PieceEditor, type PieceState, toPieceInput } from '../components/records/PieceEditor';
import { PLAN_DEFAULTS, PlanControls, type PlanState, toPlanDraft } from '../components/records/PlanControls';
import { PlanSummary } from '../components/records/PlanSummary';
import { useBaths, useCreateBatch } from '../hooks/records';
import { usePlanPreview } from '../hooks/use-plan-preview';
import { computeArea } from '../lib/area';
import { PATHS, R } from '../lib/labels';
import { isBlank, toNumber } from '../lib/numbers';

/** Plan a batch: which bath, which pieces, and the current and time the calculator gives. */
export function BatchPlannerPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const baths = useBaths();
  const create = useCreateBatch();
  const usable = (baths.data?.items ?? []).filter((b) => b.status !== 'retired');
  const [bathId, setBathId] = useState<string | null>(params.get('bath'));
  const bath = usable.find((b) => b.id === bathId) ?? usable[0];
  const [name, setName] = useState(() =>
    t(`${R}.planner.defaultName`, { date: formatDate(new Date(), locale) }),
  );
  const [pieces, setPieces] = useState<PieceState[]>(() => [newPiece()]);
  const [plan, setPlan] = useState<PlanState>(PLAN_DEFAULTS);
  const [failure, setFailure] = useState<string[] | null>(null);

  const outcomes = useMemo(() => pieces.map((p) => computeArea(p.area, i18n)), [pieces, i18n]);
  const draft = toPlanDraft(plan);
  const preview = usePlanPreview(
    pieces.map((p, i) => ({
      areaCm2: outcomes[i].areaCm2,
      targetThicknessUm: toNumber(p.targetThicknessUm),
    })),
    draft,
    bath?.efficiency ?? 0.95,
    bath?.operatingWindow,
  );
  // What stops each piece from being planned, next to its fields and in the plan pane.
  const pieceErrors = pieces.map((p, i) => {
    const errors: Record<string, string> = {};
    const area = outcomes[i];
    if (area.blank) errors.area = t(`${R}.planner.areaMissing`);
    else if (area.areaCm2 !== undefined && !(area.areaCm2 > 0))
      errors.area = t('electroforming:errors.areaRange');
    else if (area.areaCm2 === undefined && Object.keys(area.errors).length === 0)
      errors.area = t(`${R}.planner.areaMissing`);
    const target = toNumber(p.targetThicknessUm);
    if (isBlank(p.targetThicknessUm)) errors.targetThicknessUm = t('electroforming:ui.errors.required');
    else if (target !== undefined && !(target > 0))
      errors.targetThicknessUm = t('electroforming:errors.thicknessRange');
    return errors;
  });
  const pieceMessages = pieceErrors.flatMap((errors, i) =>
    [...Object.values(outcomes[i].errors), ...Object.values(errors)].map((message) =>
      t(`${R}.planner.pieceError`, { n: i + 1, message }),
    ),
  );
  const update = (i: number, change: Partial<PieceState>) =>
    setPieces((list) => list.map((p, j) => (j === i ? { ...p, ...change } : p)));

  const save = async () => {
    if (!bath || !draft) return;
    setFailure(null);
    try {
      const batch = await create.mutateAsync({
        bathId: bath.id,
        name,
        pieces: pieces.map((p, i) => toPieceInput(p, outcomes[i])),
        plan: draft,
      });
      navigate(PATHS.batch(batch.id));
    } catch (error) {
      setFailure(
        error instanceof ApiError && Object.keys(error.fields).length > 0
          ? [...new Set(Object.values(error.fields))]
          : [error instanceof Error ? error.message : t('errors:unexpected')],
      );
    }
  };

  if (baths.isPending) return <LoadingState />;
  if (baths.error) return <ErrorState error={baths.error} onRetry={() => void baths.refetch()} />;
  if (!bath) {
    return (
      <EmptyState
        title={t(`${R}.planner.noBath`)}
        action={
          <Button component={Link} to={PATHS.baths}>
            {t(`${R}.baths.create`)}
          </Button>
        }
      >
        {t(`${R}.planner.noBathHint`)}
      </EmptyState>
    );
  }
  const ready = preview.plan !== null;
  return (
    <Stack gap={0} maw={1100}>
      <Button
        component={Link}
        to={PATHS.batches}
        variant="subtle"
        size="compact-md"
        px={4}
        leftSection={<IconArrowLeft size={16} />}
        style={{ alignSelf: 'flex-start' }}
      >
        {t(`${R}.batches.title`)}
      </Button>
      <PageHeader title={t(`${R}.planner.title`)} description={t(`${R}.planner.description`)} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <Card p="md">
              <Stack gap="sm">
                <Select
                  size="md"
                  label={t(`${R}.planner.bath`)}
                  allowDeselect={false}
                  value={bath.id}
                  onChange={setBathId}
                  data={usable.map((b) => ({ value: b.id, label: b.name }))}
                  data-testid="planner-bath"
                />
                <TextInput
                  size="md"
                  label={t(`${R}.planner.name`)}
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                />
              </Stack>
            </Card>
            {pieces.map((piece, i) => (
              <PieceEditor
                key={piece.key}
                piece={piece}
                index={i}
                outcome={outcomes[i]}
                hoursToTarget={preview.hoursToTarget[i]}
                errors={pieceErrors[i]}
                onChange={(change) => update(i, change)}
                onDuplicate={() =>
                  setPieces((list) => [...list.slice(0, i + 1), newPiece(piece), ...list.slice(i + 1)])
                }
                onRemove={
                  pieces.length > 1 ? () => setPieces((list) => list.filter((_, j) => j !== i)) : undefined
                }
              />
            ))}
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => setPieces((l) => [...l, newPiece()])}
              data-testid="piece-add"
            >
              {t(`${R}.planner.addPiece`)}
            </Button>
            <Card p="md">
              <PlanControls
                state={plan}
                onChange={(change) => setPlan((p) => ({ ...p, ...change }))}
                errors={preview.errors}
              />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            {preview.plan ? (
              <PlanSummary plan={preview.plan} working={preview.working} />
            ) : (
              <ErrorSummary messages={[...new Set([...pieceMessages, ...Object.values(preview.errors)])]} />
            )}
            {failure && (
              <Alert color="red" title={t(`${R}.planner.saveFailed`)}>
                <List size="sm">
                  {failure.map((m) => (
                    <List.Item key={m}>{m}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Button
              size="lg"
              leftSection={<IconCheck size={20} />}
              disabled={!ready}
              aria-describedby={ready ? undefined : 'planner-save-why'}
              loading={create.isPending}
              onClick={() => void save()}
              data-testid="planner-save"
            >
              {t(`${R}.planner.save`)}
            </Button>
            {!ready && (
              <Text size="sm" c="dimmed" id="planner-save-why" data-testid="planner-save-why">
                {t(`${R}.planner.saveWhy`)}
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
