// Graceful HTTP drain without socket errors for clients. Once draining, every response says
// `Connection: close`, so a client that reuses a kept-alive connection gets its answer and then opens a new
// one; connections accepted after the drain began are answered 503 (nothing executed); idle connections are
// ended only once no request is in flight; the listener closes at the end. Node's own `server.close()`
// ends idle kept-alive connections at once, which cuts off a request already on its way over one.
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import net from 'node:net';

export interface HttpDrain {
  /** True from the moment `drain` was called. */
  readonly draining: boolean;
  /** Requests in flight now. */
  readonly inFlight: number;
  /** `handler` behind the drain: counted, marked `Connection: close` or refused while draining. */
  handle(handler: RequestListener): RequestListener;
  /**
   * Stops intake and waits for the requests in flight, at most `graceMs`; then stops listening and ends
   * every connection but WebSockets (graphql-ws closes those). Resolves true when every request finished.
   */
  drain(graceMs: number): Promise<boolean>;
}

/** How often the drain looks whether the last request finished. */
const POLL_MS = 10;
/**
 * How long no request must have been in flight before idle connections are ended (at most a quarter of the
 * grace). HTTP/1.1 cannot close this race for good: a client may be writing on an idle kept-alive
 * connection at the moment it is ended. A second is longer than any pause between a client's requests
 * except on a machine that stalls it (the shutdown test saw 250 ms fall short on a loaded CI machine).
 */
const QUIET_MS = 1000;

/** Tracks `server`'s connections; route its requests through `handle`. */
export function drainable(server: Server): HttpDrain {
  let draining = false;
  /** Requests in flight per open connection. */
  const connections = new Map<net.Socket, number>();
  /** Connections accepted after the drain began: their requests are refused. */
  const late = new WeakSet<net.Socket>();

  /** When a connection last arrived: one still in the listen backlog when the listener closes is reset. */
  let lastConnectionAt = 0;
  server.on('connection', (socket: net.Socket) => {
    connections.set(socket, 0);
    lastConnectionAt = Date.now();
    if (draining) late.add(socket);
    socket.once('close', () => connections.delete(socket));
  });
  // A WebSocket belongs to graphql-ws from its upgrade on (closed by its own dispose).
  server.on('upgrade', (_req, socket: net.Socket) => connections.delete(socket));

  const admit = (req: IncomingMessage, res: ServerResponse): boolean => {
    const socket = req.socket;
    connections.set(socket, (connections.get(socket) ?? 0) + 1);
    res.once('close', () => {
      if (!connections.has(socket)) return;
      const left = (connections.get(socket) ?? 1) - 1;
      connections.set(socket, left);
      // A response begun before the drain went out without `Connection: close`: its client may already be
      // sending the next request on this connection, which is answered (with the header) rather than cut.
      // Idle ones are ended after the quiet moment below.
      if (draining && left === 0 && res.getHeader('Connection') === 'close') socket.end();
    });
    if (!draining) return true;
    res.setHeader('Connection', 'close');
    if (!late.has(socket)) return true;
    res.writeHead(503, { 'Retry-After': '1', 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({ errors: [{ message: 'Server shutting down', extensions: { code: 'UNAVAILABLE' } }] }),
    );
    return false;
  };

  const inFlight = () => {
    let n = 0;
    for (const count of connections.values()) n += count;
    return n;
  };

  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight();
    },
    handle: (handler) => (req, res) => {
      if (admit(req, res)) handler(req, res);
    },
    async drain(graceMs) {
      draining = true;
      // Done when no request has been in flight and no connection has arrived for a quiet moment: a client
      // that got its last answer just before the drain began sends its next request on that kept-alive
      // connection within it (and is answered, with Connection: close), and one that opens a new
      // connection is answered 503, rather than being reset by a listener that closes under it.
      const deadline = Date.now() + graceMs;
      const quietMs = Math.min(QUIET_MS, graceMs / 4);
      let quietSince = Date.now();
      while (Date.now() < deadline) {
        if (inFlight() > 0) quietSince = Date.now();
        else if (Date.now() - Math.max(quietSince, lastConnectionAt) >= quietMs) break;
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      const finished = inFlight() === 0;
      // Stop listening (new connections are refused by the system from now on), without Node's
      // http close, which would end idle kept-alive connections the way this drain avoids.
      net.Server.prototype.close.call(server);
      for (const [socket, count] of connections) {
        if (count === 0) socket.end();
        else socket.destroy();
      }
      // A connection that does not end (the client keeps its half open) is destroyed shortly after.
      setTimeout(() => {
        for (const socket of connections.keys()) socket.destroy();
      }, POLL_MS * 10).unref();
      return finished;
    },
  };
}
