import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

/*
 * Renders the app's icon (web/public/favicon.svg) into the PNGs the web app manifest names:
 * 192 and 512 px "any" icons, a 512 px "maskable" one (the mark inside the safe zone on the
 * brand colour) and the 180 px apple-touch-icon. Run after changing the SVG:
 *   npx tsx scripts/pwa-icons.ts
 * The PNGs are committed (web/public/icons/), so a build needs no browser.
 */

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'web/public/favicon.svg'), 'utf8');
const background = /<rect[^>]*fill="(#[0-9a-fA-F]{6})"/.exec(svg)?.[1] ?? '#b4632f';
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, fill: 'transparent' },
  { file: 'icon-512.png', size: 512, inset: 0, fill: 'transparent' },
  // Maskable: launchers crop to a circle or squircle; keep the mark in the central 80 %.
  { file: 'maskable-512.png', size: 512, inset: 0.12, fill: background },
  { file: 'apple-touch-icon-180.png', size: 180, inset: 0.06, fill: background },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const icon of icons) {
    const pad = Math.round(icon.size * icon.inset);
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<html><body style="margin:0;background:${icon.fill}">` +
        `<img src="${dataUrl}" style="display:block;margin:${pad}px;width:${icon.size - 2 * pad}px;height:${icon.size - 2 * pad}px">` +
        '</body></html>',
    );
    const png = await page.screenshot({ omitBackground: icon.fill === 'transparent', type: 'png' });
    writeFileSync(path.join(root, 'web/public/icons', icon.file), png);
    console.log(`web/public/icons/${icon.file} ${icon.size}px ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
