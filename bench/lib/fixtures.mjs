// What the load scripts need from a dataset: logged-in users (sessions written directly, with tokens only
// the bench knows), their organisations' themes, threads to open, and the largest organisation.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { withClient } from './db.mjs';

// Each run marks its sessions with its own agent: two runs on one dataset (a bench beside a try-out) must not
// log each other out. Sessions of runs that ended without cleaning up expire within a day; older than three
// hours they are removed by the next run.
export const BENCH_AGENT = `loket-bench ${process.pid}`;

/** Removes this run's sessions and those left by bench runs of more than three hours ago. */
export async function removeBenchSessions(c) {
  await c.query(
    `DELETE FROM user_session WHERE user_agent = $1
        OR (user_agent LIKE 'loket-bench%' AND expires_at < now() + interval '21 hours')`,
    [BENCH_AGENT],
  );
}

export function newSession(userId, organisationId) {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    row: [randomUUID(), userId, organisationId, createHash('sha256').update(token, 'utf8').digest()],
  };
}

export async function insertSessions(c, sessions) {
  if (sessions.length === 0) return;
  await c.query(
    `INSERT INTO user_session (id, user_id, organisation_id, token_hash, user_agent, ip, expires_at)
     SELECT s.id, s.user_id, s.organisation_id, s.token_hash, '${BENCH_AGENT}', '127.0.0.1', now() + interval '1 day'
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::bytea[]) AS s(id, user_id, organisation_id, token_hash)`,
    [0, 1, 2, 3].map((k) => sessions.map((s) => s.row[k])),
  );
}

/**
 * Sessions of `tenants` users, each of another organisation picked uniformly at random (the generated ones),
 * with the organisation's most popular theme, a theme with a confirmed contact (for sending), and recent
 * threads; and of `staff` department users. Stale bench sessions are removed first.
 */
export async function prepareFixtures(ownerUrl, { tenants = 200, staff = 20, seed = 0.42 } = {}) {
  return withClient(ownerUrl, async (c) => {
    await removeBenchSessions(c);
    await c.query('SELECT setseed($1)', [seed]);
    const picked = await c.query(
      `SELECT u.id AS user_id, u.organisation_id, u.language,
              (SELECT t.id FROM organisation_theme ot JOIN theme t ON t.id = ot.theme_id
                WHERE ot.organisation_id = o.id ORDER BY t.position LIMIT 1) AS top_theme_id,
              (SELECT cpt.theme_id FROM contact_person_theme cpt JOIN contact_person cp ON cp.id = cpt.contact_person_id
                WHERE cpt.organisation_id = o.id AND cp.status = 'CONFIRMED' ORDER BY cpt.theme_id LIMIT 1) AS send_theme_id,
              ARRAY(SELECT reference_number FROM message_thread t WHERE t.organisation_id = o.id
                     ORDER BY t.last_message_at DESC LIMIT 10) AS references
         FROM (SELECT id FROM organisation WHERE id::text LIKE '00000000-0000-4000-9400-%'
                ORDER BY random() LIMIT $1) o
         JOIN LATERAL (SELECT * FROM app_user WHERE organisation_id = o.id AND status = 'ACTIVE'
                        ORDER BY random() LIMIT 1) u ON true`,
      [tenants],
    );
    const tenantSessions = picked.rows.map((r) => ({ ...r, ...newSession(r.user_id, r.organisation_id) }));
    const staffRows = await c.query(
      `SELECT id AS user_id FROM app_user WHERE organisation_id IS NULL AND status = 'ACTIVE'
        ORDER BY id LIMIT $1`,
      [staff],
    );
    const staffSessions = staffRows.rows.map((r) => ({ ...r, ...newSession(r.user_id, null) }));
    const admin = await c.query(
      `SELECT id AS user_id FROM app_user WHERE 'DEPARTMENT_ADMIN' = ANY(roles) AND organisation_id IS NULL LIMIT 1`,
    );
    const adminSession = { ...admin.rows[0], ...newSession(admin.rows[0].user_id, null) };
    // The largest organisation: its users subscribe in the fan-out runs.
    const largest = await c.query(
      `SELECT organisation_id, count(*)::int AS messages FROM message GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    );
    const largestId = largest.rows[0].organisation_id;
    const largestUsers = await c.query(
      `SELECT id AS user_id FROM app_user WHERE organisation_id = $1 AND status = 'ACTIVE' ORDER BY id`,
      [largestId],
    );
    const largestSessions = largestUsers.rows.map((r) => ({ ...r, ...newSession(r.user_id, largestId) }));
    const topTheme = await c.query(
      `SELECT t.id FROM organisation_theme ot JOIN theme t ON t.id = ot.theme_id
        WHERE ot.organisation_id = $1 ORDER BY t.position LIMIT 1`,
      [largestId],
    );
    const thread = await c.query(
      `SELECT t.id, t.reference_number, t.theme_id, t.team_id FROM message_thread t
        WHERE t.organisation_id = $1 ORDER BY t.last_message_at DESC LIMIT 1`,
      [largestId],
    );
    await insertSessions(c, [...tenantSessions, ...staffSessions, adminSession, ...largestSessions]);
    return {
      tenants: tenantSessions.map(({ row: _row, ...s }) => s),
      staff: staffSessions.map(({ row: _row, ...s }) => s),
      admin: { token: adminSession.token, userId: adminSession.user_id },
      largest: {
        organisationId: largestId,
        messages: largest.rows[0].messages,
        topThemeId: topTheme.rows[0].id,
        sessions: largestSessions.map(({ row: _row, ...s }) => s),
        thread: thread.rows[0],
      },
    };
  });
}

/**
 * Removes what a run added: its sessions, the messages it sent (client keys starting with "bench-", by the
 * run's users), threads left without messages, and the mails (and their jobs) queued since `since`.
 */
export async function cleanFixtures(ownerUrl, fixtures, since) {
  const authors = [
    ...fixtures.tenants.map((s) => s.user_id),
    ...fixtures.staff.map((s) => s.user_id),
    fixtures.admin.userId,
    ...fixtures.largest.sessions.map((s) => s.user_id),
  ];
  await withClient(ownerUrl, async (c) => {
    await c.query('BEGIN');
    const threads = await c.query(
      `DELETE FROM message WHERE author_id = ANY($1::uuid[]) AND client_key LIKE 'bench-%' RETURNING thread_id`,
      [authors],
    );
    await c.query(
      `DELETE FROM message_thread t WHERE t.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM message m WHERE m.thread_id = t.id)`,
      [[...new Set(threads.rows.map((r) => r.thread_id))]],
    );
    await c.query(
      `SELECT graphile_worker.remove_job('mail:' || id) FROM outbound_mail WHERE created_at >= $1`,
      [since],
    );
    await c.query('DELETE FROM outbound_mail WHERE created_at >= $1', [since]);
    await removeBenchSessions(c);
    await c.query('COMMIT');
  });
}

/**
 * Reference numbers of threads of 5, 20 and 100 messages in the largest organisation; the 100-message one
 * is written for the run (the generator makes threads of at most 20), and removed by `cleanFixtures`.
 */
export async function threadsOfSizes(ownerUrl, fixtures) {
  const org = fixtures.largest.organisationId;
  return withClient(ownerUrl, async (c) => {
    const found = {};
    for (const size of [5, 20]) {
      const rows = await c.query(
        `SELECT reference_number FROM message_thread WHERE organisation_id = $1 AND message_count = $2 LIMIT 1`,
        [org, size],
      );
      found[size] = rows.rows[0]?.reference_number;
    }
    const t = fixtures.largest.thread;
    const threadId = randomUUID();
    const reference = `DZ-BENCH-${threadId.slice(0, 8)}`;
    await c.query('BEGIN');
    await c.query(
      `INSERT INTO message_thread (id, organisation_id, reference_number, theme_id, title, team_id, last_direction, message_count)
       VALUES ($1, $2, $3, $4, 'Lange berichtenreeks', $5, 'INBOUND', 100)`,
      [threadId, org, reference, t.theme_id, t.team_id],
    );
    await c.query(
      `INSERT INTO message (id, organisation_id, thread_id, reference_number, theme_id, direction, title, body,
                            author_id, sender_label, attachment_count, client_key, sent_at)
       SELECT gen_random_uuid(), $1, $2, $3, $4, CASE WHEN n % 2 = 0 THEN 'INBOUND' ELSE 'OUTBOUND' END,
              'Lange berichtenreeks', 'Bericht ' || n, $5, 'Bench', 0, $6 || n,
              now() - (100 - n) * interval '1 hour'
         FROM generate_series(1, 100) n`,
      [org, threadId, reference, t.theme_id, fixtures.admin.userId, `bench-long-${threadId}-`],
    );
    await c.query(
      `INSERT INTO thread_contact (id, organisation_id, thread_id, contact_person_id)
       SELECT gen_random_uuid(), $1, $2, id FROM contact_person WHERE organisation_id = $1 LIMIT 2`,
      [org, threadId],
    );
    await c.query('COMMIT');
    found[100] = reference;
    return found;
  });
}
