import { Accordion, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Warning } from '#core/domain/electroforming/windows';
import type { WorkingStep } from '#core/domain/electroforming/working';
import { formatDuration, formatFigure } from '#web/features/electroforming/lib/format';
import { R } from '#web/features/electroforming/lib/labels';
import { currentLocale } from '#web/lib/i18n';
import { BigFigure } from '../BigFigure';
import { CalcWarnings } from '../CalcWarnings';
import { WorkingSteps } from '../WorkingSteps';

export type PlanFigures = {
  totalAreaCm2: number;
  efficiency: number;
  steps: readonly { currentA: number; minutes: number; currentDensityAdm2: number }[];
  hours: number;
  thicknessUm: number;
  massG: number;
  warnings: readonly Warning[];
};

/** What to set on the rectifier and for how long: the main current big, every step below. */
export function PlanSummary({ plan, working }: { plan: PlanFigures; working?: readonly WorkingStep[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const f = (v: number) => formatFigure(v, locale);
  const main = plan.steps.at(-1);
  return (
    <Stack gap="sm" data-testid="plan-summary">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <BigFigure
          label={t(`${R}.plan.setCurrent`)}
          value={main ? f(main.currentA) : '–'}
          unit="A"
          hint={main ? `${f(main.currentDensityAdm2)} A/dm² · ${f(plan.totalAreaCm2)} cm²` : undefined}
          testId="plan-current"
        />
        <BigFigure
          label={t(`${R}.plan.totalTime`)}
          value={formatDuration(plan.hours, t)}
          hint={t(`${R}.plan.shell`, { um: f(plan.thicknessUm), g: f(plan.massG) })}
          testId="plan-time"
        />
      </SimpleGrid>
      <Card p="sm">
        <Title order={5} mb={6}>
          {t(`${R}.plan.steps`)}
        </Title>
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('electroforming:ui.thickness.col.step')}</Table.Th>
              <Table.Th ta="right">A</Table.Th>
              <Table.Th ta="right">A/dm²</Table.Th>
              <Table.Th ta="right">{t(`${R}.plan.duration`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are ordered and have no id.
              <Table.Tr key={i}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {f(s.currentA)}
                </Table.Td>
                <Table.Td ta="right">{f(s.currentDensityAdm2)}</Table.Td>
                <Table.Td ta="right">{formatDuration(s.minutes / 60, t)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt={6}>
          {t(`${R}.plan.efficiency`, { value: formatFigure(plan.efficiency, locale, 3) })}
        </Text>
      </Card>
      <CalcWarnings warnings={plan.warnings} />
      {working && working.length > 0 && (
        <Accordion variant="contained">
          <Accordion.Item value="working">
            <Accordion.Control>{t('electroforming:ui.working.title')}</Accordion.Control>
            <Accordion.Panel>
              <WorkingSteps steps={working} />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
    </Stack>
  );
}
