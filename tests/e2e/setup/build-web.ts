// Runs once before the end-to-end tests: builds the web app for production (remix vite:build) when there
// is no build yet or a source file is newer than it, so every test file serves the same fresh build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web');
const builtEntry = path.join(webDir, 'build/server/index.js');
const SOURCES = ['app', 'public', 'vite.config.ts', 'package.json', '../schema/schema.graphql'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function webBuildIsStale(): boolean {
  if (!existsSync(builtEntry)) return true;
  const built = statSync(builtEntry).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(webDir, source)) > built);
}

export default function buildWeb() {
  if (!webBuildIsStale()) return;
  const started = Date.now();
  const remixCli = createRequire(path.join(webDir, 'package.json')).resolve('@remix-run/dev/dist/cli.js');
  const result = spawnSync(process.execPath, [remixCli, 'vite:build'], {
    cwd: webDir,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`web build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  console.log(`[e2e] built web/ for production in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
