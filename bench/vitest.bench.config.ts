// Benchmarks that need the test machinery (a template database, a real server): run with
// `npm run bench:mail`. Not part of `npm test`. Compiles TypeScript as the test configuration does.
import { defineConfig } from 'vitest/config';
import tests from '../vitest.config.js';

export default defineConfig({
  plugins: tests.plugins,
  esbuild: tests.esbuild,
  resolve: tests.resolve,
  test: {
    include: ['bench/**/*.bench-run.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    pool: 'forks',
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
