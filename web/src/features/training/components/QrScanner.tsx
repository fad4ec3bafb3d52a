import { Alert, Box, Text } from '@mantine/core';
import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The phone's camera reading QR codes (ZXing). Calls `onCode` for each code read; the same
 * code is not reported again within a few seconds, so holding a ticket up counts once.
 */
export function QrScanner({ onCode, paused = false }: { onCode: (code: string) => void; paused?: boolean }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const latest = useRef(onCode);
  latest.current = onCode;
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (paused || !video.current) return;
    const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
    let controls: IScannerControls | undefined;
    let last = { text: '', at: 0 };
    let stopped = false;
    reader
      .decodeFromConstraints({ video: { facingMode: 'environment' } }, video.current, (result) => {
        if (!result) return;
        const text = result.getText().trim();
        const now = Date.now();
        if (text === last.text && now - last.at < 4000) return;
        last = { text, at: now };
        latest.current(text);
      })
      .then((c) => {
        controls = c;
        if (stopped) c.stop();
      })
      .catch(() => setError(t('training:scan.cameraError')));
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, [paused, t]);

  if (error)
    return (
      <Alert color="orange" title={t('training:scan.cameraTitle')}>
        <Text size="sm">{error}</Text>
      </Alert>
    );
  return (
    <Box pos="relative" style={{ borderRadius: 12, overflow: 'hidden', background: '#000' }}>
      <video
        ref={video}
        muted
        playsInline
        style={{ width: '100%', maxHeight: 360, objectFit: 'cover', display: 'block' }}
      />
    </Box>
  );
}
