import { defineConfig } from 'vitest/config';
import { aliases } from './aliases';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['core/**/*.test.ts', 'server/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    globalSetup: ['server/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
