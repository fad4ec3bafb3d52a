import { Alert, Badge, Card, Group, Progress, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { UpdateMakerBody } from '#core/schemas/catalog';
import { FormActions } from '#web/components/FormActions';
import { PageHeader } from '#web/components/PageHeader';
import { QueryView } from '#web/components/QueryView';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { useMaker, useReadiness, useSaveMaker } from '../hooks/queries';

const PRIORITY_COLORS = { high: 'red', medium: 'orange', low: 'gray' } as const;

function StoryForm({ businessId, story }: { businessId: string; story: { id: string; en: string } }) {
  const { t } = useTranslation();
  const save = useSaveMaker(businessId);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm({ initialValues: { story }, validate: zodValidate(UpdateMakerBody) });
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        setError(null);
        setSaved(false);
        try {
          await save.mutateAsync(values.story);
          setSaved(true);
        } catch (e) {
          setError(applyApiErrors(e, form));
        }
      }, focusFirstInvalid)}
    >
      <Stack gap="xs">
        <Textarea
          label={t('catalog:ui.maker.storyId')}
          autosize
          minRows={3}
          {...form.getInputProps('story.id')}
        />
        <Textarea
          label={t('catalog:ui.maker.storyEn')}
          autosize
          minRows={3}
          {...form.getInputProps('story.en')}
        />
        {error && <Alert color="red">{error}</Alert>}
        {saved && <Alert color="green">{t('catalog:ui.maker.saved')}</Alert>}
        <FormActions onCancel={() => form.reset()} saving={save.isPending} />
      </Stack>
    </form>
  );
}

export function ReadinessPage() {
  const { t } = useTranslation();
  const { businessId } = useParams();
  const readiness = useReadiness(businessId);
  const maker = useMaker(businessId);
  return (
    <>
      <PageHeader title={t('catalog:ui.readiness.title')} description={maker.data?.businessName} />
      <QueryView query={readiness}>
        {(r) => (
          <Stack gap="md">
            <Card withBorder>
              <Group justify="space-between">
                <Title order={3}>{t('catalog:ui.readiness.score', { score: r.score })}</Title>
                {!r.trainingEvidence && <Badge color="gray">{t('catalog:ui.readiness.noTraining')}</Badge>}
              </Group>
              <Progress value={r.score} mt="xs" size="lg" aria-label={t('catalog:ui.readiness.title')} />
              <SimpleGrid cols={{ base: 1, sm: 5 }} mt="md">
                {r.areas.map((a) => (
                  <div key={a.area}>
                    <Text size="sm">{t(`catalog:ui.readiness.area.${a.area}`)}</Text>
                    <Text fw={600}>
                      {a.score} / {a.max}
                    </Text>
                  </div>
                ))}
              </SimpleGrid>
            </Card>
            <Card withBorder>
              <Title order={4} mb="xs">
                {t('catalog:ui.readiness.gaps')}
              </Title>
              {r.gaps.length === 0 ? (
                <Text c="dimmed">{t('catalog:ui.readiness.noGaps')}</Text>
              ) : (
                <Stack gap="xs">
                  {r.gaps.map((g) => (
                    <Group key={`${g.key}-${g.productId ?? ''}`} wrap="nowrap" align="flex-start">
                      <Badge color={PRIORITY_COLORS[g.priority]} variant="light" style={{ flexShrink: 0 }}>
                        {t(`catalog:ui.readiness.priority.${g.priority}`)}
                      </Badge>
                      <Text size="sm">
                        {g.advice}
                        {g.productName ? ` — ${g.productName}` : ''}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              )}
            </Card>
          </Stack>
        )}
      </QueryView>
      <Card withBorder mt="md">
        <Title order={4} mb="xs">
          {t('catalog:ui.maker.title')}
        </Title>
        <QueryView query={maker}>
          {(m) => <StoryForm key={m.updatedAt ?? ''} businessId={m.businessId} story={m.story} />}
        </QueryView>
      </Card>
    </>
  );
}
