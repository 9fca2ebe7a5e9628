// Unit and route tests (`npm test`). Route tests use SQLite by default; with DATABASE_URL set they
// run on PostgreSQL (the harness creates a fresh database per test file on that server).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'e2e/**'],
    pool: 'forks',
    // Test files share each worker's loaded modules instead of importing the whole app afresh per
    // file: that import was two thirds of the run. Nothing here relies on a clean module registry
    // (no vi.mock; caches are keyed by organisation, and every file makes its own organisations).
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // The default reporter, then one closing line: `tests: N passed, N failed`.
    reporters: ['default', './scripts/vitest-summary-reporter.mjs'],
  },
});
