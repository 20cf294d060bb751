// The raw baseline: Loket's inbox SQL through node-postgres behind a bare HTTP handler, no GraphQL. It does
// what any correct handler must: authenticate the bearer token (`app_authenticate`, same cache as the other
// baselines), open a transaction with the row-level security scope, run one query (the page with theme
// and author joined, read state and keyset order as Loket's list), commit, answer JSON.
//   POST /inbox {"first": 20}           -> the inbox page of the token's organisation
//   POST /select {"organisationId", "userId", "first"}  -> only the page SELECT, as the owner, no scope
// Env: APP_DATABASE_URL, DATABASE_URL (owner, for /select), PORT, DATABASE_POOL_SIZE.
import { createServer } from 'node:http';
import pg from 'pg';
import { scopeSettings, sessionAuthenticator } from '../lib/sessions.mjs';

const port = Number(process.env.PORT ?? 0);
const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const pool = new pg.Pool({
  connectionString: process.env.APP_DATABASE_URL,
  max: poolSize,
  application_name: 'bench-raw',
});
const ownerPool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: poolSize,
  application_name: 'bench-raw-owner',
});
const authenticate = sessionAuthenticator(pool);

const PAGE = `
  SELECT m.id, m.reference_number, m.title, m.sent_at, m.sender_label, m.attachment_count,
         EXISTS (SELECT 1 FROM message_read r WHERE r.message_id = m.id AND r.user_id = $2) AS read,
         CASE WHEN $4 = 'en' THEN t.name_en ELSE t.name_nl END AS theme_name,
         u.first_name AS author_first_name, u.last_name AS author_last_name
    FROM message m
    JOIN theme t ON t.id = m.theme_id
    LEFT JOIN app_user u ON u.id = m.author_id
   WHERE m.organisation_id = $1 AND m.direction = 'INBOUND'
   ORDER BY m.sent_at DESC, m.id DESC
   LIMIT $3`;

function page(rows, first) {
  const nodes = rows.slice(0, first).map((r) => ({
    id: r.id,
    referenceNumber: r.reference_number,
    title: r.title,
    sentAt: r.sent_at,
    senderLabel: r.sender_label,
    attachmentCount: r.attachment_count,
    read: r.read,
    theme: { name: r.theme_name },
    author:
      r.author_first_name === null ? null : { firstName: r.author_first_name, lastName: r.author_last_name },
  }));
  const last = nodes.at(-1);
  return {
    data: {
      messages: {
        edges: nodes.map((node) => ({ node })),
        pageInfo: {
          hasNextPage: rows.length > first,
          endCursor: last ? Buffer.from(JSON.stringify([last.sentAt, last.id])).toString('base64url') : null,
        },
      },
    },
  };
}

async function inbox(req, body) {
  const viewer = await authenticate(req.headers.authorization);
  if (!viewer?.organisation_id) return [401, { errors: [{ message: 'unauthenticated' }] }];
  const first = Math.min(100, Math.max(1, Number(body.first ?? 20)));
  const settings = scopeSettings(viewer);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.scope', $1, true), set_config('app.organisation_id', $2, true),
              set_config('app.user_id', $3, true)`,
      [settings['app.scope'], settings['app.organisation_id'], settings['app.user_id']],
    );
    const { rows } = await client.query(PAGE, [
      viewer.organisation_id,
      viewer.user_id,
      first + 1,
      viewer.language,
    ]);
    await client.query('COMMIT');
    return [200, page(rows, first)];
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function select(body) {
  const first = Math.min(100, Math.max(1, Number(body.first ?? 20)));
  const { rows } = await ownerPool.query(PAGE, [body.organisationId, body.userId, first + 1, 'nl']);
  return [200, page(rows, first)];
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      const [status, json] =
        req.url === '/inbox'
          ? await inbox(req, body)
          : req.url === '/select'
            ? await select(body)
            : [404, {}];
      const text = JSON.stringify(json);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String(error?.message ?? error) }] }));
    }
  });
});
server.listen(port, '127.0.0.1', () => console.log(`listening http://127.0.0.1:${server.address().port}`));
const stop = async () => {
  server.close();
  await pool.end();
  await ownerPool.end();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
