import { Image, Skeleton } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of `value` drawn in the browser (works offline once the page is loaded). */
export function QrImage({ value, size = 220, alt }: { value: string; size?: number; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(value, { width: size, margin: 2, errorCorrectionLevel: 'M' }).then(
      (url) => live && setSrc(url),
    );
    return () => {
      live = false;
    };
  }, [value, size]);
  return src ? <Image src={src} w={size} h={size} alt={alt} /> : <Skeleton w={size} h={size} />;
}
