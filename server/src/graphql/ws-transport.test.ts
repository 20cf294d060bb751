// The WebSocket transport on its own (a real ws server and clients, a one-field schema): the protocol still
// answers through it, and its one keep-alive timer ends a socket that stops answering pings while one
// that answers stays open.
import type { AddressInfo } from 'node:net';
import { buildSchema } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { serveGraphqlWs } from './ws-transport.js';

const schema = buildSchema('type Query { hello: String }');
const rootValue = { hello: () => 'world' };
const KEEP_ALIVE_MS = 600;

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function start(): Promise<string> {
  const wsServer = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wsServer.once('listening', resolve));
  const served = serveGraphqlWs(
    { schema, roots: { query: rootValue } },
    wsServer,
    (socket) => ({ socket }),
    KEEP_ALIVE_MS,
  );
  stop = () => served.dispose();
  return `ws://127.0.0.1:${(wsServer.address() as AddressInfo).port}`;
}

/** A graphql-transport-ws client that is acknowledged; `autoPong: false` makes it ignore pings. */
async function connect(url: string, autoPong = true): Promise<WebSocket> {
  const socket = new WebSocket(url, 'graphql-transport-ws', { autoPong });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  const ack = await new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data))));
  expect(JSON.parse(ack)).toEqual({ type: 'connection_ack' });
  return socket;
}

const closed = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', resolve));

describe('the graphql-ws transport', () => {
  it('runs operations over the protocol', async () => {
    const socket = await connect(await start());
    const messages: unknown[] = [];
    const done = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        messages.push(message);
        if (message.type === 'complete') resolve();
      }),
    );
    socket.send(JSON.stringify({ id: 'a', type: 'subscribe', payload: { query: '{ hello }' } }));
    await done;
    expect(messages).toEqual([
      { id: 'a', type: 'next', payload: { data: { hello: 'world' } } },
      { id: 'a', type: 'complete' },
    ]);
    socket.close();
  });

  it('ends a socket that does not answer pings within the keep-alive time, and keeps one that does', async () => {
    const url = await start();
    const answering = await connect(url);
    const silent = await connect(url, false);
    const startedAt = performance.now();
    let answeringClosed = false;
    answering.once('close', () => {
      answeringClosed = true;
    });
    // Terminated: the client sees the connection drop without a close frame (1006).
    expect(await closed(silent)).toBe(1006);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(KEEP_ALIVE_MS);
    // The answering one has been pinged and answered through several rounds meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 3 * KEEP_ALIVE_MS));
    expect(answeringClosed).toBe(false);
    expect(answering.readyState).toBe(WebSocket.OPEN);
    answering.close();
  });
});
