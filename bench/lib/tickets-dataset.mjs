// The ticket dataset (issue 13): the demo department and organisations, then `orgs` generated organisations
// (one user each) and `tickets` tickets with 1-4 entries (the customer's description as a reply, some
// public replies by staff, some internal notes), generated inside PostgreSQL with INSERT ... SELECT from
// generate_series (seeded with setseed, so the same data every time). Skewed like the message dataset: a
// few organisations and queues get most tickets, most tickets are closed, words follow a squared-uniform
// rank over the Dutch vocabulary of text.mjs. Indexes and keys of ticket and ticket_entry are dropped first
// and rebuilt after; the full-text vectors are computed in one UPDATE (the same expression as the
// migration's ticket_refresh_search), then VACUUM ANALYZE.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { prepareDatabase } from '../../server/dist/server/src/db/bootstrap.js';
import { createAppDataSource, withCredentials } from '../../server/dist/server/src/db/data-source.js';
import { inScope } from '../../server/dist/server/src/db/scope.js';
import { createLogger } from '../../server/dist/server/src/logger.js';
import { writeDemoData } from '../../server/dist/server/src/seed/demo.js';
import {
  APP_PASSWORD,
  APP_USER,
  databaseUrl,
  dropIndexesAndKeys,
  recreateDatabase,
  setDatasetInfo,
  withClient,
} from './db.mjs';
import { WORDS } from './text.mjs';

/** Bump when the generated data changes shape, so that cached datasets are rebuilt. */
export const TICKET_GENERATOR_VERSION = 1;

/** A word put in the subject of every 50th ticket and in a note of every 97th: the keyword searched. */
export const TICKET_SEARCH_WORD = 'legionella';

// Content words only (the first 60 of WORDS are function words that Dutch full text drops anyway).
const VOCABULARY = WORDS.slice(60).filter((w) => w !== TICKET_SEARCH_WORD);

const vocabularySql = `ARRAY[${VOCABULARY.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]::text[]`;
/** `k` words (k may depend on the row, which makes the subquery run per row). */
const wordsSql = (k) =>
  `(SELECT string_agg(v.w[1 + floor(${VOCABULARY.length} * random() ^ 2)::int], ' ')
      FROM generate_series(1, ${k}) AS g, (SELECT ${vocabularySql} AS w) v)`;

/**
 * @param {{ admin: string, database: string, orgs: number, tickets: number, seed?: number,
 *           log?: (line: string) => void }} options
 */
export async function generateTicketDataset({
  admin,
  database,
  orgs,
  tickets,
  seed = 42,
  log = console.log,
}) {
  const started = performance.now();
  let last = started;
  const lap = (what) => {
    const now = performance.now();
    log(`  ${what} (${((now - last) / 1000).toFixed(1)} s)`);
    last = now;
  };
  const ownerUrl = databaseUrl(admin, database);
  await recreateDatabase(admin, database);
  await prepareDatabase({
    ownerUrl,
    appUser: APP_USER,
    appPassword: APP_PASSWORD,
    log: createLogger('silent'),
  });
  const app = createAppDataSource(withCredentials(ownerUrl, APP_USER, APP_PASSWORD), 2);
  await app.initialize();
  await inScope(app, { kind: 'system' }, (em) => writeDemoData(em));
  await app.destroy();
  lap('database created, migrations and demo data');

  await withClient(ownerUrl, async (c) => {
    await c.query(`SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'`);
    await c.query('SELECT setseed($1)', [(seed % 1000) / 1000]);
    await c.query(
      `INSERT INTO organisation (id, name, external_number, email)
       SELECT ('00000000-0000-4000-9400-' || lpad(i::text, 12, '0'))::uuid, 'Voorziening ' || i, 'BT' || i,
              'info' || i || '@org.bench.example'
         FROM generate_series(1, $1) AS i`,
      [orgs],
    );
    await c.query(
      `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status, password_hash)
       SELECT ('00000000-0000-4000-9500-' || lpad(i::text, 12, '0'))::uuid,
              ('00000000-0000-4000-9400-' || lpad(i::text, 12, '0'))::uuid,
              'user' || i || '@org.bench.example', 'Gebruiker', 'Nummer ' || i, ARRAY['ADMIN'], 'ACTIVE',
              (SELECT password_hash FROM app_user WHERE password_hash IS NOT NULL LIMIT 1)
         FROM generate_series(1, $1) AS i`,
      [orgs],
    );
    const dropped = await dropIndexesAndKeys(c, ['ticket', 'ticket_entry']);
    await c.query('ALTER TABLE ticket DISABLE TRIGGER USER');
    await c.query('ALTER TABLE ticket_entry DISABLE TRIGGER USER');
    lap(`${orgs} organisations; indexes and keys dropped`);

    // Lookups as arrays, indexed by a skewed random position (the first queues and categories most used).
    await c.query(`
      CREATE TEMP TABLE pick AS SELECT
        (SELECT array_agg(id ORDER BY position) FROM ticket_queue) AS queues,
        (SELECT array_agg(id ORDER BY position) FROM ticket_category) AS categories,
        (SELECT array_agg(id ORDER BY position) FROM ticket_support_type) AS types,
        (SELECT array_agg(id ORDER BY id) FROM app_user WHERE organisation_id IS NULL) AS staff`);
    await c.query(
      `INSERT INTO ticket (id, organisation_id, number, requester_id, requester_email, channel, subject, description,
                           category_id, support_type_id, status, queue_id, assignee_id, solution, postponed_until,
                           created_at, updated_at, status_changed_at)
       SELECT ('00000000-0000-4000-9600-' || lpad(i::text, 12, '0'))::uuid,
              ('00000000-0000-4000-9400-' || lpad(o::text, 12, '0'))::uuid,
              'BT-2026-' || i,
              ('00000000-0000-4000-9500-' || lpad(o::text, 12, '0'))::uuid,
              'user' || o || '@org.bench.example',
              (ARRAY['PORTAL','PORTAL','PORTAL','EMAIL','EMAIL','PHONE','WIDGET','CHAT'])[1 + i % 8],
              initcap(${wordsSql('3 + i % 4')}) || CASE WHEN i % 50 = 0 THEN ' ${TICKET_SEARCH_WORD}' ELSE '' END,
              ${wordsSql('15 + i % 40')},
              p.categories[1 + floor(cardinality(p.categories) * random() ^ 2)::int],
              p.types[1 + floor(cardinality(p.types) * random() ^ 2)::int],
              s.status,
              p.queues[1 + floor(cardinality(p.queues) * random() ^ 2)::int],
              CASE WHEN s.status <> 'NEW' THEN p.staff[1 + floor(cardinality(p.staff) * random())::int] END,
              CASE WHEN s.status IN ('RESOLVED', 'CLOSED') THEN 'Opgelost' END,
              CASE WHEN s.status = 'POSTPONED' THEN current_date + 30 END,
              d.at, d.at + interval '3 days', d.at + interval '3 days'
         FROM generate_series(1, $1) AS i
         CROSS JOIN pick p
         CROSS JOIN LATERAL (SELECT 1 + floor($2 * random() ^ 3)::int AS o,
                                    now() - interval '2 years' * random() ^ 2 - interval '3 days' AS at,
                                    random() AS r, i AS dep) d
         CROSS JOIN LATERAL (SELECT CASE WHEN d.r < 0.70 THEN 'CLOSED' WHEN d.r < 0.76 THEN 'RESOLVED'
                                         WHEN d.r < 0.84 THEN 'OPEN' WHEN d.r < 0.90 THEN 'ANSWERED'
                                         WHEN d.r < 0.93 THEN 'POSTPONED' ELSE 'NEW' END AS status) s`,
      [tickets, orgs],
    );
    lap(`${tickets} tickets`);
    // Entries: the first reply (the customer's), a staff reply for 3 in 4, a note for 1 in 3, another reply
    // for 1 in 5; every 97th ticket's note has the search word.
    await c.query(
      `INSERT INTO ticket_entry (id, organisation_id, ticket_id, kind, author_id, by_staff, body, created_at)
       SELECT gen_random_uuid(), t.organisation_id, t.id, e.kind,
              CASE WHEN e.by_staff THEN t.assignee_id ELSE t.requester_id END, e.by_staff,
              ${wordsSql('8 + (e.n + t.number_i) % 30')}
                || CASE WHEN e.kind = 'NOTE' AND t.number_i % 97 = 0 THEN ' ${TICKET_SEARCH_WORD}' ELSE '' END,
              t.created_at + e.n * interval '1 hour'
         FROM (SELECT id, organisation_id, requester_id, assignee_id, created_at,
                      substr(number, 9)::int AS number_i FROM ticket) t
         CROSS JOIN LATERAL (VALUES (0, 'REPLY', false), (1, 'REPLY', true), (2, 'NOTE', true), (3, 'REPLY', false))
              AS e(n, kind, by_staff)
        WHERE e.n = 0 OR (e.n = 1 AND t.number_i % 4 <> 0) OR (e.n = 2 AND t.number_i % 3 = 0)
           OR (e.n = 3 AND t.number_i % 5 = 0)`,
    );
    lap('entries');
    await c.query(`
      UPDATE ticket t SET
        search_public =
          setweight(to_tsvector('simple', number), 'A')
          || setweight(to_tsvector('dutch', subject), 'A')
          || setweight(to_tsvector('simple', subject), 'B')
          || setweight(to_tsvector('dutch', description), 'C')
          || setweight(to_tsvector('simple', description), 'D')
          || coalesce(to_tsvector('dutch', e.replies) || to_tsvector('simple', e.replies), ''::tsvector),
        search_notes = coalesce(to_tsvector('dutch', e.notes) || to_tsvector('simple', e.notes), ''::tsvector)
        FROM (SELECT ticket_id, string_agg(body, ' ') FILTER (WHERE kind = 'REPLY') AS replies,
                     string_agg(body, ' ') FILTER (WHERE kind = 'NOTE') AS notes
                FROM ticket_entry GROUP BY ticket_id) e
       WHERE e.ticket_id = t.id`);
    lap('search vectors');
    await c.query(`SELECT setval('ticket_number_seq', $1)`, [tickets + 1]);
    await c.query('ALTER TABLE ticket ENABLE TRIGGER USER');
    await c.query('ALTER TABLE ticket_entry ENABLE TRIGGER USER');
    for (const sql of [...dropped.keys, ...dropped.indexes, ...dropped.foreignKeys]) await c.query(sql);
    lap('indexes and keys rebuilt');
    await c.query('VACUUM ANALYZE');
    lap('VACUUM ANALYZE');
  });
  const seconds = Math.round((performance.now() - started) / 1000);
  const info = { generator: TICKET_GENERATOR_VERSION, tickets, orgs, seed, seconds };
  await setDatasetInfo(admin, database, info);
  return info;
}
