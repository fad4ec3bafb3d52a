import { SimpleGrid, Stack, Title } from '@mantine/core';
import { IconBug, IconShieldHalfFilled } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navFor } from '#web/app/nav';
import { usePermissions } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { ToolCard } from '../components/ToolCard';
import { prefetchCalculators } from '../lib/calculator-pages';
import { CALCULATOR_TOOLS } from '../lib/tools';
import '../components/ef.css';

/** Bengkel Elektroforming: every calculator, the safety rules and (later) the records. */
export function HubPage() {
  const { t } = useTranslation();
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1500));
    idle(() => prefetchCalculators());
  }, []);
  const records = navFor(usePermissions()).filter((item) => item.group === 'common:nav.electroforming_group');
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title={t('electroforming:ui.hub.title')}
        description={t('electroforming:ui.hub.description')}
      />
      <Stack gap="sm">
        <Title order={3} fz="lg">
          {t('electroforming:ui.hub.calculators')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="sm">
          {CALCULATOR_TOOLS.map((tool) => (
            <ToolCard
              key={tool.key}
              to={tool.to}
              icon={tool.icon}
              title={t(`electroforming:ui.tools.${tool.key}.title`)}
              hint={t(`electroforming:ui.tools.${tool.key}.hint`)}
              testId={`tool-${tool.key}`}
            />
          ))}
        </SimpleGrid>
      </Stack>
      {records.length > 0 && (
        <Stack gap="sm">
          <Title order={3} fz="lg">
            {t('electroforming:ui.hub.records')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="sm">
            {records.map((item) => (
              <ToolCard
                key={item.to}
                to={item.to}
                icon={item.icon}
                color="teal"
                title={t(item.label)}
                hint={t(`${item.label}_hint`)}
                testId={`record-${item.to.split('/').at(-1)}`}
              />
            ))}
          </SimpleGrid>
        </Stack>
      )}
      <Stack gap="sm">
        <Title order={3} fz="lg">
          {t('electroforming:ui.hub.safety')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="sm">
          <ToolCard
            to="/electroforming/safety"
            icon={IconShieldHalfFilled}
            color="red"
            title={t('electroforming:ui.tools.safety.title')}
            hint={t('electroforming:ui.tools.safety.hint')}
            testId="tool-safety"
          />
          <ToolCard
            to="/electroforming/defects"
            icon={IconBug}
            color="orange"
            title={t('electroforming:ui.tools.defects.title')}
            hint={t('electroforming:ui.tools.defects.hint')}
            testId="tool-defects"
          />
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
