import { Button, Stack } from '@mantine/core';
import { IconBolt, IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ToolHeader } from '../components/CalculatorShell';
import { PhotoAreaTool } from '../components/photo/PhotoAreaTool';
import { useSharedArea } from '../lib/area';

/** "Ukur luas dari foto" on its own; the area then goes into the time or current calculator. */
export function PhotoAreaPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [, setArea] = useSharedArea();
  const sendTo = (area: number, to: string) => {
    setArea({ mode: 'photo', photoCm2: area });
    navigate(to);
  };
  return (
    <Stack maw={900} gap={0}>
      <ToolHeader title={t('photo-area:tool.title')} description={t('photo-area:tool.description')} />
      <PhotoAreaTool
        actions={(area) => (
          <>
            <Button
              size="md"
              leftSection={<IconClockHour4 size={18} />}
              onClick={() => sendTo(area, '/electroforming/time')}
              data-testid="photo-to-time"
            >
              {t('photo-area:tool.toTime')}
            </Button>
            <Button
              size="md"
              variant="light"
              leftSection={<IconBolt size={18} />}
              onClick={() => sendTo(area, '/electroforming/current')}
              data-testid="photo-to-current"
            >
              {t('photo-area:tool.toCurrent')}
            </Button>
          </>
        )}
      />
    </Stack>
  );
}
