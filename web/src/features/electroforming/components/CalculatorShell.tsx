import { Box, Button, Card, Grid, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '#web/components/PageHeader';
import './ef.css';

export const HUB_PATH = '/electroforming';

export function BackToHub() {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={HUB_PATH}
      variant="subtle"
      size="compact-md"
      leftSection={<IconArrowLeft size={16} />}
      px={4}
      style={{ alignSelf: 'flex-start' }}
    >
      {t('electroforming:ui.hub.short')}
    </Button>
  );
}

/** The top of every workbench tool page: back to the hub, then the title. */
export function ToolHeader({ title, description }: { title: string; description?: ReactNode }) {
  return (
    <div>
      <BackToHub />
      <PageHeader title={title} description={description} />
    </div>
  );
}

/**
 * Every calculator looks the same: inputs first, then the answer, then how it was computed.
 * On a phone the main answer also sits in a bar at the bottom, so it stays in sight while
 * the maker types.
 */
export function CalculatorShell({
  title,
  description,
  inputs,
  results,
  answer,
}: {
  title: string;
  description?: ReactNode;
  inputs: ReactNode;
  results: ReactNode;
  answer?: { label: string; value: string } | null;
}) {
  const { t } = useTranslation();
  return (
    <Box pb={answer ? 72 : 0} maw={1100}>
      <ToolHeader title={title} description={description} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card p="md">
            <Stack gap="md">{inputs}</Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md" id="ef-results">
            {results}
          </Stack>
        </Grid.Col>
      </Grid>
      {answer && (
        <Box className="ef-answer-bar" hiddenFrom="md" data-testid="answer-bar">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="xs" opacity={0.85} truncate>
                {answer.label}
              </Text>
              <Text fw={800} fz={20} truncate>
                {answer.value}
              </Text>
            </Stack>
            <Button
              variant="white"
              color="copper"
              size="compact-sm"
              rightSection={<IconArrowDown size={14} />}
              onClick={() => document.getElementById('ef-results')?.scrollIntoView({ behavior: 'smooth' })}
            >
              {t('electroforming:ui.seeWorking')}
            </Button>
          </Group>
        </Box>
      )}
    </Box>
  );
}
