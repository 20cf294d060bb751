// The sessions behind open WebSockets: a socket keeps no rights of its own. Each operation re-reads its
// session through `authenticate` (the cache HTTP uses, dropped at once on revocation and on user changes),
// and a socket is closed with 4403 when its session is revoked, when its user's roles, organisation or status
// change (both announced through NOTIFY, so on every instance), and when it expires or goes idle (no event
// says so: a periodic sweep, one query for all of this instance's sockets).
import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { AppServices } from '../context.js';
import { inScope } from '../db/scope.js';
import type { UserViewer } from '../domain/viewer.js';
import { authenticate } from '../modules/accounts/session.service.js';
import { Topic, type TopicPayloads } from './topics.js';

interface Connection {
  /** The session token the socket authenticated with: its session, re-checked per operation. */
  token: string;
  viewer: UserViewer;
}

/** Whether `now` may do less or other than `before`: then the socket's subscriptions are not theirs. */
function rightsChanged(before: UserViewer, now: UserViewer): boolean {
  if (now.organisationId !== before.organisationId) return true;
  const roles = new Set(now.roles);
  return roles.size !== new Set(before.roles).size || before.roles.some((role) => !roles.has(role));
}

export class SocketSessions {
  private readonly connections = new Map<WebSocket, Connection>();
  private readonly events: AsyncIterableIterator<TopicPayloads['session.revoked' | 'user.changed']>;
  private readonly sweep: NodeJS.Timeout;

  constructor(private readonly app: AppServices) {
    const events = app.pubsub.subscribe([Topic.SessionRevoked, Topic.UserChanged]);
    this.events = events;
    void (async () => {
      for await (const event of events) {
        if ('sessionIds' in event) this.closeSessions(new Set(event.sessionIds), 'Session revoked');
        // After the session cache has dropped the user too (its own listener of the same event).
        else setImmediate(() => void this.recheckUser(event.userId));
      }
    })();
    this.sweep = setInterval(() => void this.closeEnded(), app.config.session.socketCheckSeconds * 1000);
    this.sweep.unref();
  }

  add(socket: WebSocket, token: string, viewer: UserViewer): void {
    this.connections.set(socket, { token, viewer });
  }

  /** The socket's viewer as of its last operation (for its logger); undefined before it authenticated. */
  viewerOf(socket: WebSocket): UserViewer | undefined {
    return this.connections.get(socket)?.viewer;
  }

  remove(socket: WebSocket): void {
    this.connections.delete(socket);
  }

  /**
   * The socket's viewer as of now, for its next operation; null when the session ended or its rights
   * changed, and then the socket is closing. `fresh` (mutations) reads the session from the database, so
   * that a change committed a moment ago counts even before its event has dropped the cache.
   */
  async current(socket: WebSocket, { fresh = false }: { fresh?: boolean } = {}): Promise<UserViewer | null> {
    const connection = this.connections.get(socket);
    if (!connection) return null;
    const viewer = await authenticate(this.app, connection.token, { fresh });
    if (!viewer) return this.close(socket, 'Session ended');
    if (rightsChanged(connection.viewer, viewer)) return this.close(socket, 'Rights changed');
    connection.viewer = viewer; // e.g. a new language
    return viewer;
  }

  dispose(): void {
    clearInterval(this.sweep);
    void this.events.return?.();
  }

  private close(socket: WebSocket, reason: string): null {
    this.connections.delete(socket);
    socket.close(CloseCode.Forbidden, reason);
    return null;
  }

  private closeSessions(sessionIds: ReadonlySet<string>, reason: string): void {
    for (const [socket, { viewer }] of this.connections) {
      if (sessionIds.has(viewer.sessionId)) this.close(socket, reason);
    }
  }

  /** Closes every socket of this instance with `code` (e.g. to make clients reconnect and re-read). */
  closeAll(code: number, reason: string): void {
    for (const socket of [...this.connections.keys()]) {
      this.connections.delete(socket);
      socket.close(code, reason);
    }
  }

  private async recheckUser(userId: string): Promise<void> {
    for (const socket of [...this.connections.keys()]) {
      if (this.connections.get(socket)?.viewer.userId === userId) await this.current(socket);
    }
  }

  /** Closes the sockets whose session expired, went idle, was revoked or whose user is no longer active. */
  private async closeEnded(): Promise<void> {
    const sessionIds = [...new Set([...this.connections.values()].map((c) => c.viewer.sessionId))];
    if (sessionIds.length === 0) return;
    try {
      const live: Array<{ id: string }> = await inScope(this.app.dataSource, { kind: 'system' }, (em) =>
        em.query(
          `SELECT s.id FROM user_session s JOIN app_user u ON u.id = s.user_id
            WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()
              AND s.last_seen_at > now() - make_interval(secs => $2) AND u.status = 'ACTIVE'`,
          [sessionIds, Math.round(this.app.config.session.idleHours * 3600)],
        ),
      );
      const alive = new Set(live.map((row) => row.id));
      this.closeSessions(new Set(sessionIds.filter((id) => !alive.has(id))), 'Session ended');
    } catch (error) {
      this.app.log.warn({ err: error }, 'checking the sessions of open sockets failed');
    }
  }
}
