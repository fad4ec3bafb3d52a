import { Alert, Button, Group, Loader, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircle, IconHandFinger, IconLeaf, IconRefresh } from '@tabler/icons-react';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoAreaResult } from '#core/domain/photo-area/types';
import { toNumber } from '#web/features/electroforming/lib/numbers';
import { decodePhoto, PhotoWorkerClient } from '#web/features/electroforming/lib/photo/photo-client';
import { CoinPicker, useCoinChoice } from './CoinPicker';
import { PhotoOverlay } from './PhotoOverlay';
import { PhotoPicker } from './PhotoPicker';
import { PhotoResult } from './PhotoResult';

type Stage = 'pick' | 'decode' | 'analyze' | 'ready' | 'failed';
type Selection = { coinId?: number; objectIds?: number[] };
type Photo = { previewUrl: string; width: number; height: number };
type TapMode = 'object' | 'coin';

/**
 * Area from a photo: the object on plain paper beside a coin. Segmentation runs in a worker;
 * the maker sees the outlines, can tap to fix the coin or the object pieces, and takes the
 * area (both faces) back with `actions`.
 */
export function PhotoAreaTool({ actions }: { actions: (areaCm2: number) => ReactNode }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>('pick');
  const [photo, setPhoto] = useState<Photo | null>(null);
  const [result, setResult] = useState<PhotoAreaResult | null>(null);
  const [selection, setSelection] = useState<Selection>({});
  const [tapMode, setTapMode] = useState<TapMode>('object');
  const [notice, setNotice] = useState<string | null>(null);
  const [coin, setCoin] = useCoinChoice();
  const worker = useRef<PhotoWorkerClient | null>(null);
  const diameter = toNumber(coin.diameterMm);
  const diameterOk = diameter !== undefined && diameter > 0 && diameter <= 100;

  useEffect(() => {
    const client = new PhotoWorkerClient();
    worker.current = client;
    return () => {
      client.terminate();
      if (worker.current === client) worker.current = null;
    };
  }, []);
  useEffect(() => () => (photo ? URL.revokeObjectURL(photo.previewUrl) : undefined), [photo]);

  const measure = useCallback(async (next: Selection, mm: number) => {
    if (!worker.current) return;
    try {
      setResult(
        await worker.current.measure({
          coinDiameterMm: mm,
          coinComponentId: next.coinId,
          objectComponentIds: next.objectIds,
        }),
      );
    } catch {
      setStage('failed');
    }
  }, []);

  const open = async (file: File) => {
    setNotice(null);
    setResult(null);
    setSelection({});
    setStage('decode');
    try {
      const decoded = await decodePhoto(file);
      setPhoto({ previewUrl: decoded.previewUrl, width: decoded.width, height: decoded.height });
      setStage('analyze');
      if (!worker.current) throw new Error('worker unavailable');
      setResult(
        await worker.current.analyze(decoded.image, { coinDiameterMm: diameterOk ? diameter : 24.1 }),
      );
      setStage('ready');
    } catch {
      setStage('failed');
    }
  };

  const tap = async (x: number, y: number) => {
    if (!worker.current || !result || stage !== 'ready' || !diameterOk) return;
    const id = await worker.current.pick(x, y).catch(() => null);
    if (id === null) {
      setNotice(t('photo-area:tool.tapMissed'));
      return;
    }
    setNotice(null);
    const objects = selection.objectIds ?? result.objects.map((o) => o.componentId);
    const coinId = selection.coinId ?? result.coin?.componentId;
    let next: Selection;
    if (tapMode === 'coin') {
      next = { coinId: id, objectIds: objects.filter((o) => o !== id) };
    } else if (id === coinId) {
      setNotice(t('photo-area:tool.tapIsCoin'));
      return;
    } else {
      next = { coinId, objectIds: objects.includes(id) ? objects.filter((o) => o !== id) : [...objects, id] };
    }
    setSelection(next);
    await measure(next, diameter);
  };

  const changeCoin = (change: { coinId: string; diameterMm: number | string }) => {
    setCoin(change);
    const mm = toNumber(change.diameterMm);
    if (stage === 'ready' && mm !== undefined && mm > 0 && mm <= 100) void measure(selection, mm);
  };

  const busy = stage === 'decode' || stage === 'analyze';
  const area = result?.objectAreaCm2BothFaces ?? null;
  return (
    <Stack gap="md">
      {(stage === 'pick' || stage === 'failed') && (
        <>
          {stage === 'failed' && (
            <Alert color="red" icon={<IconAlertCircle />} data-testid="photo-failed">
              {t('photo-area:tool.failed')}
            </Alert>
          )}
          <PhotoPicker onFile={(file) => void open(file)} />
        </>
      )}
      {busy && (
        <Paper withBorder p="lg" role="status" data-testid="photo-busy">
          <Group gap="sm" wrap="nowrap">
            <Loader size="md" />
            <Stack gap={0}>
              <Text fw={600}>{t(`photo-area:tool.busy.${stage}`)}</Text>
              <Text size="sm" c="dimmed">
                {t('photo-area:tool.busy.hint')}
              </Text>
            </Stack>
          </Group>
        </Paper>
      )}
      {photo && (stage === 'ready' || stage === 'analyze') && (
        <PhotoOverlay
          previewUrl={photo.previewUrl}
          width={photo.width}
          height={photo.height}
          result={stage === 'ready' ? result : null}
          onTap={(x, y) => void tap(x, y)}
        />
      )}
      {stage === 'ready' && result && (
        <>
          <Stack gap={6}>
            <Group gap={6} wrap="nowrap">
              <IconHandFinger size={18} />
              <Text size="sm" fw={600}>
                {t('photo-area:tool.tapTitle')}
              </Text>
            </Group>
            <SegmentedControl
              fullWidth
              value={tapMode}
              onChange={(v) => setTapMode(v as TapMode)}
              data={[
                {
                  value: 'object',
                  label: <Mode icon={<IconLeaf size={16} />} text={t('photo-area:tool.tapObject')} />,
                },
                {
                  value: 'coin',
                  label: <Mode icon={<IconCircle size={16} />} text={t('photo-area:tool.tapCoin')} />,
                },
              ]}
              data-testid="tap-mode"
            />
            <Text size="xs" c="dimmed">
              {tapMode === 'coin' ? t('photo-area:tool.tapCoinHint') : t('photo-area:tool.tapObjectHint')}
            </Text>
            {notice && (
              <Text size="sm" c="orange.8" role="status">
                {notice}
              </Text>
            )}
          </Stack>
          <CoinPicker
            coinId={coin.coinId}
            diameterMm={coin.diameterMm}
            onChange={changeCoin}
            error={diameterOk ? undefined : t('electroforming:errors.coinDiameterRange')}
          />
          <PhotoResult result={result} coinDiameterMm={diameterOk ? diameter : 24.1} />
          <Group gap="sm" wrap="wrap">
            {area !== null && diameterOk && actions(area)}
            <Button
              variant="default"
              size="md"
              leftSection={<IconRefresh size={18} />}
              onClick={() => {
                setStage('pick');
                setResult(null);
                setPhoto(null);
              }}
              data-testid="photo-again"
            >
              {t('photo-area:tool.again')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

function Mode({ icon, text }: { icon: ReactNode; text: string }) {
  return (
    <Group gap={4} wrap="nowrap" justify="center">
      {icon}
      <span>{text}</span>
    </Group>
  );
}
