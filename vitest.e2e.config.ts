// Browser journeys (`npm run test:e2e`): real Chromium against the built server, one file at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    exclude: ['**/node_modules/**', 'dist/**'],
    pool: 'forks',
    fileParallelism: false,
    // Each journey walks many pages with an axe scan on each; on a busy 2-core machine that can take minutes.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    reporters: ['default', './scripts/vitest-summary-reporter.mjs'],
  },
});
