// graphql-ws's protocol server (`makeServer`) on our `ws` server, in place of graphql-ws's own `useServer`
// (decision 0041). Same protocol and close codes; what differs is what each socket costs while it idles:
// - one keep-alive timer for all sockets instead of an interval and a pong timer per socket: each open
//   socket is pinged about every KEEP_ALIVE_MS and ended when it has not answered within KEEP_ALIVE_MS;
// - the socket handed to graphql-ws is a small object with prototype methods, not four closures;
// - a received message is handed on as text without an async frame around it (useServer's kept the
//   subscribe frame's raw Buffer for the life of the subscription);
// - a write that fails because the peer vanished (EPIPE, ECONNRESET) is not reported as an error: the
//   socket's close follows and cleans up.

import type { IncomingMessage } from 'node:http';
import {
  CloseCode,
  handleProtocols,
  makeServer,
  type ServerOptions,
  type WebSocket as Transport,
} from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';

/** As graphql-ws's useServer: a socket that has not answered a ping within this is ended. */
const KEEP_ALIVE_MS = 12_000;
/**
 * The sockets are visited in this many slices, one per tick (KEEP_ALIVE_MS / KEEP_ALIVE_SLICES): 10,000
 * pings in one go would hold up whatever is being delivered at that moment.
 */
const KEEP_ALIVE_SLICES = 12;

type Closed = (code?: number, reason?: string) => Promise<void>;

/** The socket as graphql-ws's protocol server sees it. */
class Connection implements Transport {
  constructor(private readonly socket: WebSocket) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  send(data: string): Promise<void> {
    const socket = this.socket;
    if (socket.readyState !== socket.OPEN) return Promise.resolve();
    return new Promise((resolve, reject) =>
      socket.send(data, (error) => (error && !isPeerGone(error) ? reject(error) : resolve())),
    );
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  onMessage(receive: (data: string) => Promise<void>): void {
    const socket = this.socket;
    socket.on('message', (data) => {
      receive(String(data)).catch((error: unknown) => internalError(socket, error));
    });
  }
}

/** Serves the graphql-transport-ws protocol on `wsServer`; `extra` is each connection's `ctx.extra`. */
export function serveGraphqlWs<E extends { socket: WebSocket }>(
  options: ServerOptions<Record<string, unknown>, E>,
  wsServer: WebSocketServer,
  extra: (socket: WebSocket, request: IncomingMessage) => E,
  keepAliveMs = KEEP_ALIVE_MS,
): { dispose(): Promise<void> } {
  const server = makeServer(options);
  wsServer.options.handleProtocols = handleProtocols;
  wsServer.once('error', (error) => {
    for (const client of wsServer.clients) internalError(client, error);
  });

  // When each socket that has not answered its ping yet was pinged. A socket's slice is its position
  // among the clients, which shifts as others close: then it is visited early or late, never ended before
  // KEEP_ALIVE_MS without a pong.
  const pingedAt = new WeakMap<WebSocket, number>();
  function answered(this: WebSocket) {
    pingedAt.delete(this);
  }
  let tick = 0;
  const keepAlive = setInterval(() => {
    tick = (tick + 1) % KEEP_ALIVE_SLICES;
    const now = performance.now();
    let position = 0;
    for (const socket of wsServer.clients) {
      if (position++ % KEEP_ALIVE_SLICES !== tick || socket.readyState !== socket.OPEN) continue;
      const pinged = pingedAt.get(socket);
      if (pinged === undefined) {
        pingedAt.set(socket, now);
        socket.ping();
      } else if (now - pinged >= keepAliveMs) socket.terminate();
    }
  }, keepAliveMs / KEEP_ALIVE_SLICES);
  keepAlive.unref();

  wsServer.on('connection', (socket, request) => {
    socket.once('error', socketError);
    socket.on('pong', answered);
    const closed: Closed = server.opened(new Connection(socket), extra(socket, request));
    socket.once('close', (code, reason) => void closed(code, String(reason)));
  });

  return {
    async dispose() {
      clearInterval(keepAlive);
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) =>
        wsServer.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

function socketError(this: WebSocket, error: Error) {
  internalError(this, error);
}

/**
 * An error that is not the client's (graphql-ws's hooks catch and report the client's): logged on the
 * console, the socket closed with 1011 (the reason says what it was outside production), as useServer does.
 */
function internalError(socket: WebSocket, error: unknown): void {
  console.error('Internal error on a WebSocket.', error);
  const message = error instanceof Error ? error.message : String(error);
  // A close reason may be at most 123 bytes.
  const reason = production() || Buffer.byteLength(message) > 123 ? 'Internal server error' : message;
  socket.close(CloseCode.InternalServerError, reason);
}

const production = () => process.env.NODE_ENV === 'production';

function isPeerGone(error: Error | undefined): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ECONNRESET';
}
