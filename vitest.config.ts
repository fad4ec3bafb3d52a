import { defineConfig } from 'vitest/config';
import { aliases } from './aliases';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'scripts/**/*.test.ts',
            'core/**/*.test.ts',
            'server/**/*.test.ts',
            'web/src/**/*.test.ts',
          ],
          globalSetup: ['server/test/global-setup.ts'],
          pool: 'forks',
        },
      },
      {
        // Component tests: pages and forms rendered in jsdom with the API answered by stubs.
        extends: true,
        test: {
          name: 'web',
          include: ['web/src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['web/src/test/setup.ts'],
        },
      },
    ],
  },
});
