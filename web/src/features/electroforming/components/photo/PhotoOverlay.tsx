import { Group, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoAreaResult, Point } from '#core/domain/photo-area/types';

const COIN = '#1c7ed6';
const OBJECT = '#2f9e44';
const OTHER = '#868e96';

function path(outline: readonly Point[]): string {
  if (outline.length === 0) return '';
  return `M${outline.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}Z`;
}

/**
 * The photo with what the measurement saw: the coin in blue, the object in green, other
 * shapes dashed grey. Tapping reports the point in photo pixels.
 */
export function PhotoOverlay({
  previewUrl,
  width,
  height,
  result,
  onTap,
}: {
  previewUrl: string;
  width: number;
  height: number;
  result: PhotoAreaResult | null;
  onTap: (x: number, y: number) => void;
}) {
  const { t } = useTranslation();
  const chosen = new Set(result?.objects.map((o) => o.componentId) ?? []);
  const coinId = result?.coin?.componentId;
  const others = (result?.components ?? []).filter((c) => !chosen.has(c.id) && c.id !== coinId);

  const tap = (event: MouseEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return;
    onTap(
      ((event.clientX - rect.left) * width) / rect.width,
      ((event.clientY - rect.top) * height) / rect.height,
    );
  };

  return (
    <div>
      <div className="ef-photo-stage">
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: tapping a shape is a pointer gesture; coin and diameter are also set with the form below. */}
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={t('photo-area:tool.overlayLabel')}
          onClick={tap}
          data-testid="photo-overlay"
        >
          <image href={previewUrl} x={0} y={0} width={width} height={height} />
          {others.map((c) => (
            <path
              key={c.id}
              d={path(c.contour)}
              fill="rgba(255,255,255,0.01)"
              stroke={OTHER}
              strokeWidth={2}
              strokeDasharray="6 5"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {result?.objects.map((o) => (
            <path
              key={o.componentId}
              d={[o.contour, ...o.holes].map(path).join(' ')}
              fillRule="evenodd"
              fill="rgba(47,158,68,0.35)"
              stroke={OBJECT}
              strokeWidth={3}
              vectorEffect="non-scaling-stroke"
              data-testid="object-outline"
            />
          ))}
          {result?.coin && (
            <path
              d={path(result.coin.contour)}
              fill="rgba(28,126,214,0.25)"
              stroke={COIN}
              strokeWidth={3}
              vectorEffect="non-scaling-stroke"
              data-testid="coin-outline"
            />
          )}
        </svg>
      </div>
      <Group gap="md" mt={6} wrap="wrap">
        <Legend color={COIN} label={t('photo-area:tool.legendCoin')} />
        <Legend color={OBJECT} label={t('photo-area:tool.legendObject')} />
        <Legend color={OTHER} label={t('photo-area:tool.legendOther')} dashed />
      </Group>
    </div>
  );
}

function Legend({ color, label, dashed }: { color: string; label: string; dashed?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span
        style={{
          width: 16,
          height: 12,
          borderRadius: 3,
          border: `2px ${dashed ? 'dashed' : 'solid'} ${color}`,
          background: dashed ? 'transparent' : `${color}44`,
        }}
      />
      <Text size="xs">{label}</Text>
    </Group>
  );
}
