// Gets a database ready for the application: the application role, migrations, grants, indexable
// text searches.
import { runMigrations as installJobQueue } from 'graphile-worker';
import pg from 'pg';
import { migrations } from '../../../migrations/index.js';
import { jobQueueLogger } from '../jobs/job-queue-logger.js';
import type { Logger } from '../logger.js';
import { createOwnerDataSource } from './data-source.js';
import { ensureIndexableSearch } from './indexable-search.js';

/** Any fixed number: serialises concurrent start-ups (two instances, parallel test workers) per database. */
const MIGRATION_LOCK = 7_420_001;

export interface PrepareOptions {
  ownerUrl: string;
  appUser: string;
  appPassword: string;
  log: Logger;
}

/**
 * Creates the application role when missing, applies pending migrations as the owner and grants the
 * application role what it needs. The application role must not be a superuser, bypass RLS or own tables.
 */
export async function prepareDatabase({
  ownerUrl,
  appUser,
  appPassword,
  log,
}: PrepareOptions): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'loket-bootstrap' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await ensureAppRole(client, appUser, appPassword);
    // The job queue's own schema first: our migrations (mail delivery) enqueue into it.
    await installJobQueue({ connectionString: ownerUrl, logger: jobQueueLogger(log) });
    const owner = createOwnerDataSource(ownerUrl);
    await owner.initialize();
    try {
      const applied = await owner.runMigrations({ transaction: 'each' });
      if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    } finally {
      await owner.destroy();
    }
    await grantAppRole(client, appUser);
    await ensureIndexableSearch(client, log);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

async function ensureAppRole(client: pg.Client, role: string, password: string): Promise<void> {
  const found = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
    'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1',
    [role],
  );
  const existing = found.rows[0];
  if (existing) {
    if (existing.rolsuper || existing.rolbypassrls) {
      throw new Error(
        `Role ${role} is a superuser or bypasses RLS; the application role must be bound by RLS`,
      );
    }
    return;
  }
  try {
    await client.query(
      `CREATE ROLE ${client.escapeIdentifier(role)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE
       PASSWORD ${client.escapeLiteral(password)}`,
    );
  } catch (error) {
    // Another process created it between our check and our CREATE.
    if ((error as { code?: string }).code !== '42710' && (error as { code?: string }).code !== '23505')
      throw error;
  }
}

async function grantAppRole(client: pg.Client, role: string): Promise<void> {
  const r = client.escapeIdentifier(role);
  await client.query(`
    GRANT USAGE ON SCHEMA public TO ${r};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM ${r};
    GRANT EXECUTE ON FUNCTION app_authenticate(bytea, integer) TO ${r};
    GRANT EXECUTE ON FUNCTION outbound_mail_retry(uuid) TO ${r};
    GRANT EXECUTE ON FUNCTION metrics_job_queue(), metrics_outbound_mail() TO ${r};
    GRANT EXECUTE ON FUNCTION webhook_emit(text, jsonb), webhook_event_types(),
      webhook_delivery_enqueue(uuid, timestamptz) TO ${r};
    GRANT EXECUTE ON FUNCTION privacy_end_sessions(uuid) TO ${r};
    GRANT EXECUTE ON FUNCTION organisation_revoke_sessions(uuid) TO ${r};
  `);
}

/** True when every migration this build knows of is recorded in the database. */
export async function migrationsApplied(query: (sql: string) => Promise<Array<{ count: string }>>) {
  const rows = await query('SELECT count(*)::text AS count FROM migrations');
  return Number(rows[0]?.count ?? 0) >= migrations.length;
}
