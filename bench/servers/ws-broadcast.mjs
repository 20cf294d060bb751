// The fan-out baseline: a plain `ws` server that listens to Loket's event channel and, for each new
// message, reads it once, serialises it once and sends that one string to every socket. No protocol, no
// authentication, no per-subscriber work: the floor any subscription server is measured against.
// Env: DATABASE_URL (owner), PORT. GET /ready answers 200.
import { createServer } from 'node:http';
import pg from 'pg';
import { WebSocketServer } from 'ws';

const port = Number(process.env.PORT ?? 0);
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 2,
  application_name: 'bench-ws',
});
const listener = new pg.Client({
  connectionString: process.env.DATABASE_URL,
  application_name: 'bench-ws-listen',
});

const server = createServer((req, res) => {
  res.writeHead(req.url === '/ready' ? 200 : 404);
  res.end();
});
const wss = new WebSocketServer({ server });

listener.on('notification', async (message) => {
  const { topic, payload } = JSON.parse(message.payload);
  if (topic !== 'message.added') return;
  const { rows } = await pool.query(
    `SELECT m.id, m.reference_number AS "referenceNumber", m.title, m.sent_at AS "sentAt",
            m.sender_label AS "senderLabel", m.direction, m.attachment_count AS "attachmentCount",
            json_build_object('name', t.name_nl) AS theme,
            json_build_object('firstName', u.first_name, 'lastName', u.last_name) AS author
       FROM message m JOIN theme t ON t.id = m.theme_id JOIN app_user u ON u.id = m.author_id
      WHERE m.id = $1`,
    [payload.messageId],
  );
  if (!rows[0]) return;
  const text = JSON.stringify({ id: '1', type: 'next', payload: { data: { messageAdded: rows[0] } } });
  for (const socket of wss.clients) socket.send(text);
});
await listener.connect();
await listener.query('LISTEN loket_events');
server.listen(port, '127.0.0.1', () => console.log(`listening http://127.0.0.1:${server.address().port}`));
const stop = async () => {
  for (const socket of wss.clients) socket.terminate();
  server.close();
  await listener.end();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
