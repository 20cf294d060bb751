// graphql-ws on the same port and path as HTTP. A connection authenticates in connection_init (an
// `authToken` connection parameter, else the session cookie of the upgrade request); one without a valid
// session is refused, and a connection whose session is revoked is closed.
import {
  type DocumentNode,
  execute,
  type GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { type AppServices, type Ctx, createCtx } from '../context.js';
import type { UserViewer } from '../domain/viewer.js';
import { readCookie } from '../http/session-cookie.js';
import type { Logger } from '../logger.js';
import {
  authenticate,
  SESSION_TOPIC,
  type SessionRevokedEvent,
} from '../modules/accounts/session.service.js';
import { watchDepartment } from '../modules/department/department.cache.js';
import { limitRules } from './limits.js';
import { type Deliver, subscribeWithFreshContext } from './subscriptions.js';

/** Close code telling a client to reconnect and read again what it shows (WebSocket 1012 Service Restart). */
export const CLOSE_RESYNC = 1012;

/** What a connection remembers besides graphql-ws's own socket (and request, until connection_init). */
type Extra = { viewer?: UserViewer; log?: Logger };

/**
 * Parsed and validated operations by their text: the many sockets sending the same one share its AST. Only
 * valid operations of a sensible size are kept, the most recently used 500.
 */
const DOCUMENTS_KEPT = 500;
const DOCUMENT_KEPT_MAX_LENGTH = 16_384;
type Checked = { document: DocumentNode } | { errors: readonly GraphQLError[] };

export function startGraphqlWs(schema: GraphQLSchema, wsServer: WebSocketServer, app: AppServices) {
  const socketsBySession = new Map<string, Set<WebSocket>>();
  const rules = [...specifiedRules, ...limitRules()];
  // Every server instance starts here: from now on its department cache follows the change events.
  watchDepartment(app);

  const ctxFor = (extra: Extra) => {
    const viewer = extra.viewer;
    if (!viewer) throw new Error('unauthenticated socket');
    extra.log ??= app.log.child({ ws: true, userId: viewer.userId });
    return createCtx(app, viewer, viewer.language, extra.log);
  };

  // Where a subscription's events go: its socket, in `next` frames with its id (set up in onSubscribe).
  const deliveries = new WeakMap<Ctx, Deliver>();

  const documents = new Map<string, Checked>();
  const check = (query: string): Checked => {
    const known = documents.get(query);
    if (known) {
      // Most recently used last: the first entry is the one to drop.
      documents.delete(query);
      documents.set(query, known);
      return known;
    }
    const document = parse(query);
    const errors = validate(schema, document, rules);
    if (errors.length > 0) return { errors };
    if (query.length <= DOCUMENT_KEPT_MAX_LENGTH) {
      documents.set(query, { document });
      if (documents.size > DOCUMENTS_KEPT) documents.delete(documents.keys().next().value as string);
    }
    return { document };
  };

  const server = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      onConnect: async (ctx) => {
        const param = ctx.connectionParams?.authToken;
        const token =
          typeof param === 'string'
            ? param
            : readCookie(ctx.extra.request.headers.cookie, app.config.session.cookieName);
        const viewer = await authenticate(app, token);
        // The upgrade request (headers, cookies) is not needed any more: let it go rather than keep it
        // for the life of the socket.
        (ctx.extra as { request?: unknown }).request = undefined;
        if (!viewer) return false; // graphql-ws closes with 4403 Forbidden
        ctx.extra.viewer = viewer;
        const set = socketsBySession.get(viewer.sessionId) ?? new Set<WebSocket>();
        socketsBySession.set(viewer.sessionId, set);
        set.add(ctx.extra.socket);
        return true;
      },
      onClose: (ctx) => {
        const sessionId = ctx.extra.viewer?.sessionId;
        if (!sessionId) return;
        const set = socketsBySession.get(sessionId);
        set?.delete(ctx.extra.socket);
        if (set?.size === 0) socketsBySession.delete(sessionId);
      },
      onSubscribe: (ctx, id, payload) => {
        // Same limits as over HTTP; returning errors refuses the operation.
        const checked = check(payload.query);
        if ('errors' in checked) return [...checked.errors];
        const contextValue = ctxFor(ctx.extra);
        // A subscription's events are serialised once per group (subscriptions.ts) and written here in
        // graphql-ws's own `next` frame; graphql-ws still handles subscribe, complete, errors and closing.
        const socket = ctx.extra.socket;
        const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
        deliveries.set(contextValue, (json) => {
          if (socket.readyState === socket.OPEN) socket.send(`${prefix}${json}}`);
        });
        return {
          schema,
          document: checked.document,
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          contextValue,
        };
      },
      subscribe: (args) => {
        const base = args.contextValue as Ctx;
        return subscribeWithFreshContext(
          args,
          () => createCtx(app, base.viewer, base.lang, base.log),
          deliveries.get(base),
        );
      },
      // Queries and mutations sent over the socket: one transaction each, like over HTTP.
      execute: async (args) => {
        const ctx = args.contextValue as Ctx;
        try {
          const result = await execute(args);
          await ctx.tx.end(result.errors?.length ? 'rollback' : 'commit');
          return result;
        } catch (error) {
          await ctx.tx.end('rollback');
          throw error;
        }
      },
    },
    wsServer,
  );

  // Close the sockets of revoked sessions, on every instance (the event arrives through NOTIFY).
  const revocations = app.pubsub.subscribe<SessionRevokedEvent>(SESSION_TOPIC);
  void (async () => {
    for await (const event of revocations) {
      for (const sessionId of event.sessionIds) {
        for (const socket of socketsBySession.get(sessionId) ?? [])
          socket.close(CloseCode.Forbidden, 'Session revoked');
      }
    }
  })();

  // After the event listener reconnected, events of the gap (messages, revocations) were missed: close
  // every socket with 1012 (Service Restart), which graphql-ws clients retry. Each comes back through
  // onConnect, so its session is checked again (a logout meanwhile is refused), and re-reads what it shows.
  const stopResync = app.pubsub.onReconnect(() => {
    for (const sockets of socketsBySession.values())
      for (const socket of sockets) socket.close(CLOSE_RESYNC, 'Events may have been missed: resync');
  });

  return {
    async dispose() {
      stopResync();
      await revocations.return?.();
      await server.dispose();
    },
  };
}
