// A pool of idle subscribers, run as its own process by the fan-out benchmark (IPC messages):
//   { type: 'open', mode: 'graphql-ws' | 'plain', urls, tokens, count, query }  -> { type: 'opened', ... }
//   { type: 'received', id }  -> { type: 'received', id, count }   (sockets that got message `id`)
//   { type: 'count', ids }   -> { type: 'count', total }     (deliveries of those messages)
//   { type: 'results' }       -> { type: 'results', arrivals: { [messageId]: number[] } }
//   { type: 'close' }
// Arrival times are process.hrtime in milliseconds: CLOCK_MONOTONIC, comparable across processes.
import WebSocket from 'ws';

const arrivals = new Map();
const closers = [];
let errors = 0;
let lastError = null;

const now = () => Number(process.hrtime.bigint()) / 1e6;

function record(id) {
  const at = now();
  const list = arrivals.get(id);
  if (list) list.push(at);
  else arrivals.set(id, [at]);
}

/**
 * A graphql-transport-ws subscriber in a few lines (connection_init with the token, subscribe, record each
 * `next`): it parses each message once, as the plain client does, so that the subscriber side costs the
 * same whichever server is measured.
 */
function openGraphqlWs(url, token, query) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    let acknowledged = false;
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authToken: token } })),
    );
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'next') {
        const id = message.payload?.data?.messageAdded?.id;
        if (id) record(id);
        else {
          errors++;
          lastError = JSON.stringify(message.payload).slice(0, 300);
        }
      } else if (message.type === 'connection_ack') {
        acknowledged = true;
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        resolve(true);
      } else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
      else if (message.type === 'error') {
        errors++;
        lastError = JSON.stringify(message.payload).slice(0, 300);
      }
    });
    socket.on('error', (error) => {
      errors++;
      lastError = String(error.message);
      resolve(false);
    });
    socket.on('close', (code, reason) => {
      if (!acknowledged) {
        errors++;
        lastError = `closed ${code} ${reason}`;
        resolve(false);
      }
    });
    closers.push(() => socket.terminate());
  });
}

function openPlain(url) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on('open', () => resolve(true));
    socket.on('error', (error) => {
      errors++;
      lastError = String(error.message);
      resolve(false);
    });
    socket.on('message', (data) => {
      const id = JSON.parse(String(data))?.payload?.data?.messageAdded?.id;
      if (id) record(id);
    });
    closers.push(() => socket.terminate());
  });
}

async function open({ mode, urls, tokens, count, query, parallel = 200 }) {
  let opened = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const url = urls[i % urls.length];
      const ok =
        mode === 'plain' ? await openPlain(url) : await openGraphqlWs(url, tokens[i % tokens.length], query);
      if (ok) opened++;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return opened;
}

process.on('message', async (message) => {
  switch (message.type) {
    case 'open': {
      const opened = await open(message);
      process.send({ type: 'opened', opened, errors, lastError });
      break;
    }
    case 'received':
      process.send({ type: 'received', id: message.id, count: arrivals.get(message.id)?.length ?? 0 });
      break;
    case 'count':
      process.send({
        type: 'count',
        total: message.ids.reduce((sum, id) => sum + (arrivals.get(id)?.length ?? 0), 0),
      });
      break;
    case 'results':
      process.send({ type: 'results', arrivals: Object.fromEntries(arrivals), errors, lastError });
      break;
    case 'close':
      for (const close of closers) close();
      setTimeout(() => process.exit(0), 200);
      break;
  }
});
process.send({ type: 'ready' });
