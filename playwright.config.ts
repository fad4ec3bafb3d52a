import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3310);
const DATA_DIR = process.env.E2E_DATA_DIR ?? `/tmp/bina-kriya-e2e-${PORT}`;

/** Debian's Chromium (apt-get install chromium); Playwright never downloads a browser here. */
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // A journey waits for what a person would wait for. Signing in loads the shell, the page and,
  // for an English account, every English catalog one after another: 2–5 s on an idle 2-core
  // machine in headless Chromium, more while other work runs. Speed is measured in
  // `npm run bench` / `npm run size`, never asserted here.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // Each test is a fresh browser: installing the service worker (precaching the whole app)
    // every time only slows the journeys down. The offline journey allows it (e2e/offline.spec.ts).
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  // A journey tagged @desktop or @phone runs in that project only; untagged ones run in both.
  projects: [
    { name: 'desktop', grepInvert: /@phone/, use: { ...devices['Desktop Chrome'], launchOptions } },
    {
      name: 'phone',
      grepInvert: /@desktop/,
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, launchOptions },
    },
  ],
  webServer: {
    // A fresh data directory every run: the journeys start from first-run setup.
    command: `rm -rf ${DATA_DIR} && npx tsx server/main.ts`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    // A fresh database migrates at boot: minutes on a loaded two-core machine.
    timeout: 300_000,
    // TEST_ROUTES: the probe endpoint the offline journey queues work to (e2e/offline.spec.ts).
    env: { PORT: String(PORT), DATA_DIR, LOG_LEVEL: 'warn', TEST_ROUTES: 'true' },
  },
});
