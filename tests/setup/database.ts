// The PostgreSQL server tests run against: TEST_DATABASE_URL or DATABASE_URL when set, else an embedded
// server under .data/test-postgres. A template database is built once from the migrations (with the demo
// data); every test file clones it into a database of its own, so files run in parallel and never share rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export function adminDatabaseUrl(env: Record<string, string | undefined>): string | undefined {
  return env.TEST_DATABASE_URL || env.DATABASE_URL || undefined;
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Clones the template into a new database and returns its (owner) URL. */
export async function cloneTemplate(adminUrl: string, template: string): Promise<string> {
  const name = `${template.replace('_tpl_', '_t_')}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return databaseUrl(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
