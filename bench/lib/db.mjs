// Database helpers for the benchmarks: URLs, creating and dropping databases, COPY writers, and dropping
// indexes and keys before a bulk load (recreated afterwards from their own definitions).
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';

export const APP_USER = 'loket_app';
export const APP_PASSWORD = 'loket-app-local';

/** The admin URL: BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL, else the local server. */
export function adminUrl(env = process.env) {
  return (
    env.BENCH_DATABASE_URL ||
    env.TEST_DATABASE_URL ||
    env.DATABASE_URL ||
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

/** The same server, another database (and optionally other credentials). */
export function databaseUrl(admin, database, user, password) {
  const url = new URL(admin);
  url.pathname = `/${database}`;
  if (user) {
    url.username = encodeURIComponent(user);
    url.password = encodeURIComponent(password ?? '');
  }
  return url.toString();
}

/** Runs `work` with one connected client, then closes it. */
export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, application_name: 'loket-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const ident = (name) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  return name;
};

export async function recreateDatabase(admin, database) {
  await withClient(admin, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${ident(database)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${ident(database)}`);
  });
}

/** The JSON the generator left as the database's comment (its parameters), or null. */
export async function datasetInfo(admin, database) {
  return withClient(admin, async (c) => {
    const rows = await c.query(
      `SELECT shobj_description(oid, 'pg_database') AS info FROM pg_database WHERE datname = $1`,
      [database],
    );
    const info = rows.rows[0]?.info;
    if (!info) return null;
    try {
      return JSON.parse(info);
    } catch {
      return null;
    }
  });
}

export async function setDatasetInfo(admin, database, info) {
  await withClient(admin, (c) =>
    c.query(`COMMENT ON DATABASE ${ident(database)} IS ${c.escapeLiteral(JSON.stringify(info))}`),
  );
}

/** A value in PostgreSQL's COPY text format. */
export function copyValue(value) {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return `{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  const text = String(value);
  if (!/[\\\n\r\t]/.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

/**
 * Streams rows into one table with COPY FROM STDIN on its own connection, opened on the first flush: rows
 * of small tables can be queued first and written later, in foreign-key order.
 */
export class CopyWriter {
  /** @param {string} url @param {string} table @param {string[]} columns */
  constructor(url, table, columns) {
    this.url = url;
    this.table = table;
    this.columns = columns;
    this.chunks = [];
    this.size = 0;
    this.rows = 0;
  }

  async open() {
    this.client = new pg.Client({ connectionString: this.url, application_name: 'loket-bench-copy' });
    await this.client.connect();
    await this.client.query('SET synchronous_commit = off');
    this.stream = this.client.query(
      copyStreams.from(`COPY ${this.table} (${this.columns.join(', ')}) FROM STDIN`),
    );
    this.failed = null;
    this.stream.on('error', (error) => {
      this.failed = error;
    });
    return this;
  }

  /** Queues a row; returns true when the buffer should be flushed (await `flush()`). */
  row(values) {
    let line = '';
    for (let i = 0; i < values.length; i++) line += (i ? '\t' : '') + copyValue(values[i]);
    line += '\n';
    this.chunks.push(line);
    this.size += line.length;
    this.rows++;
    return this.size > 1 << 20;
  }

  async flush() {
    if (!this.stream) await this.open();
    if (this.failed) throw this.failed;
    if (this.chunks.length === 0) return;
    const data = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (!this.stream.write(data)) await once(this.stream, 'drain');
  }

  async close() {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    await this.client.end();
    return this.rows;
  }
}

/**
 * Drops the indexes and keys of `tables` (and foreign keys pointing at them), returning the statements that
 * recreate them: first indexes, primary and unique keys, then foreign keys.
 * @returns {Promise<{ indexes: string[], keys: string[], foreignKeys: string[] }>}
 */
export async function dropIndexesAndKeys(client, tables) {
  const constraints = await client.query(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname, c.contype, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'u', 'f')
        AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[]))`,
    [tables],
  );
  const indexes = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u'))`,
    [tables],
  );
  const fks = constraints.rows.filter((r) => r.contype === 'f');
  const keys = constraints.rows.filter((r) => r.contype !== 'f' && tables.includes(r.tbl));
  for (const fk of fks) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${fk.conname}`);
  for (const key of keys) await client.query(`ALTER TABLE ${key.tbl} DROP CONSTRAINT ${key.conname}`);
  for (const index of indexes.rows) await client.query(`DROP INDEX ${index.name}`);
  return {
    keys: keys.map((k) => `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.conname} ${k.def}`),
    indexes: indexes.rows.map((i) => i.def),
    foreignKeys: fks.map((k) => `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.conname} ${k.def}`),
  };
}
