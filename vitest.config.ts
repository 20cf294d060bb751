// Test projects: server unit and integration tests (real PostgreSQL), and browser end-to-end tests.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// The end-to-end tests drive Debian's Chromium. Without it, on a developer's machine they are not registered
// (and we say so loudly); in CI (CI=true) a missing browser fails the run, as a silently smaller suite would pass.
const CHROMIUM = '/usr/bin/chromium';
const e2e = existsSync(CHROMIUM);
if (!e2e) {
  const remedy = `chromium not found at ${CHROMIUM} — install it with apt-get install -y chromium`;
  if (process.env.CI === 'true') throw new Error(`The end-to-end tests cannot run in CI: ${remedy}`);
  const bar = '!'.repeat(100);
  console.warn(`\n${bar}\n!! E2E SKIPPED: ${remedy}\n${bar}\n`);
}

// The scale-out test (tests/scale) runs the processes behind Debian's HAProxy; the same rule as Chromium.
const HAPROXY = '/usr/sbin/haproxy';
const scale = existsSync(HAPROXY);
if (!scale) {
  const remedy = `haproxy not found at ${HAPROXY} — install it with apt-get install -y haproxy`;
  if (process.env.CI === 'true') throw new Error(`The scale-out test cannot run in CI: ${remedy}`);
  console.warn(`\n${'!'.repeat(100)}\n!! SCALE-OUT TEST SKIPPED: ${remedy}\n${'!'.repeat(100)}\n`);
}

export default defineConfig({
  // The server relies on decorator metadata (type-graphql, TypeORM). Vite 6's esbuild transform does not
  // emit it and the web app pins Vite 6, so TypeScript is compiled by SWC, which does.
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
    }),
  ],
  esbuild: false,
  // One copy of graphql for type-graphql and the tests ("Cannot use GraphQLSchema from another realm").
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    globalSetup: ['tests/setup/global-setup.ts'],
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: [
            'server/src/**/*.test.ts',
            'web/app/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/security/**/*.test.ts',
            ...(scale ? ['tests/scale/**/*.test.ts'] : []),
          ],
        },
      },
      ...(e2e
        ? [
            {
              extends: true as const,
              test: {
                name: 'e2e',
                include: ['tests/e2e/**/*.test.ts'],
                // Builds web/ for production once per run when the build is missing or stale.
                globalSetup: ['tests/e2e/setup/build-web.ts'],
                testTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
