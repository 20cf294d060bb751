// graphql-ws on the same port and path as HTTP, under the same rules: the document gate, validation rules
// and parser limits of limits.ts, the error formatter of errors.ts, one operation (run-operation.ts) per query,
// mutation and subscription event. A connection authenticates in connection_init (an `authToken`
// connection parameter, else the session cookie of an upgrade request from our own origin); one without a
// valid session is refused. Each operation runs as the session's current viewer, and a socket whose session ends or whose
// rights change is closed (ws-sessions.ts).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  specifiedRules,
  validate,
} from 'graphql';
import type { WebSocket, WebSocketServer } from 'ws';
import type { AppServices, Ctx } from '../context.js';
import type { Viewer } from '../domain/viewer.js';
import { readCookie } from '../http/session-cookie.js';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language.js';
import type { Logger } from '../logger.js';
import { authenticate } from '../modules/accounts/session.service.js';
import { watchDepartment } from '../modules/department/department.cache.js';
import { watchCalendars } from '../modules/sla/calendar.cache.js';
import { watchWebhookTypes } from '../modules/webhooks/webhook-events.js';
import { createCtx } from '../operation/create-context.js';
import { CommitFailed, runOperation } from '../operation/run-operation.js';
import { gateDocument, requestError } from './document-gate.js';
import { errorFormatter, formatResult, internalErrorResult, logUnexpectedErrors } from './errors.js';
import { localiseInputError } from './input-rules.js';
import { operationRules } from './limits.js';
import { SocketCtx } from './socket-ctx.js';
import { type Deliver, hasErrors, subscribeWithFreshContext } from './subscriptions.js';
import { SocketSessions } from './ws-sessions.js';
import { serveGraphqlWs } from './ws-transport.js';

/** Close code telling a client to reconnect and read again what it shows (WebSocket 1012 Service Restart). */
const CLOSE_RESYNC = 1012;

/**
 * What a connection remembers: its socket, the upgrade request until connection_init, then its language.
 * Its logger is made when needed (`socketLog`), not kept per socket.
 */
type Extra = { socket: WebSocket; request?: IncomingMessage; lang?: Language };

/**
 * Parsed and validated operations by their text: the many sockets sending the same one share its AST. Only
 * valid operations of a sensible size are kept, the most recently used 500.
 */
const DOCUMENTS_KEPT = 500;
const DOCUMENT_KEPT_MAX_LENGTH = 16_384;
type Checked = { document: DocumentNode } | { errors: readonly GraphQLError[] };

/**
 * Subscription events are written by hand (see `deliver` below), so graphql-ws's own wait for each write
 * does not apply to them: a socket that has this much unsent is not reading, and is closed rather than
 * buffered for without end. Its client reconnects and re-reads (the web app's live hooks do).
 */
const MAX_BUFFERED_BYTES = 1024 * 1024;
const CLOSE_TRY_AGAIN_LATER = 1013;
/** Frames are pre-built Buffers (subscriptions.ts) holding JSON: sent as text. */
const TEXT = { binary: false } as const;

/** The operation to run, as Apollo picks it (its messages and code). */
function operationError(document: DocumentNode, operationName: string | undefined): GraphQLError | null {
  if (getOperationAST(document, operationName)) return null;
  const message = operationName
    ? `Unknown operation named "${operationName}".`
    : 'Must provide operation name if query contains multiple operations.';
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
}

/**
 * Whether a browser page of ours opened the socket: no Origin (not a browser: it must still show a valid
 * session), the configured PUBLIC_URL, or the host the request was sent to (the web server passes upgrades
 * on with the browser's Host, and checks Origin the same way).
 */
function sameSite(origin: string | undefined, host: string | undefined, publicOrigin: string): boolean {
  if (origin === undefined) return true;
  if (origin === publicOrigin) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function startGraphqlWs(schema: GraphQLSchema, wsServer: WebSocketServer, app: AppServices) {
  const publicOrigin = new URL(app.config.publicUrl).origin;
  const sessions = new SocketSessions(app);
  const production = app.config.production;
  const rules = [...specifiedRules, ...operationRules(production)];
  const format = errorFormatter(production);
  const { metrics } = app;
  /** Counts an operation the socket refused before running it (unparsable, invalid, no such operation). */
  const rejected = <T>(errors: T): T => {
    metrics.observeOperation('ws', 'unknown', undefined, 'rejected', performance.now());
    return errors;
  };
  // Every server instance starts here: from now on its department cache follows the change events.
  watchDepartment(app);
  watchWebhookTypes(app.pubsub);
  watchCalendars(app);

  /** The socket's logger: its user and session (once authenticated), as an operation's (below). */
  const socketLog = (socket: WebSocket, bindings: Record<string, unknown> = {}): Logger => {
    const viewer = sessions.viewerOf(socket);
    return viewer
      ? app.log.child({ ws: true, userId: viewer.userId, sessionId: viewer.sessionId, ...bindings })
      : app.log.child(bindings);
  };

  /**
   * A fresh context for one operation of the socket, logging with its own request id. Its logger is made
   * when first used (mostly never): a subscription keeps its context as long as it runs, and a pino child
   * logger costs about 1 KB (its bindings are a chain of concatenated strings).
   */
  const ctxFor = (viewer: Viewer, lang: Language, log: () => Logger) =>
    new SocketCtx(createCtx(app, viewer, lang, app.log), log);

  /** A subscription's events: where they go (its socket, in `next` frames with its id) and its logger. */
  const subscriptions = new WeakMap<Ctx, { deliver: Deliver; log: () => Logger }>();

  const documents = new Map<string, Checked>();
  const check = (query: string): Checked => {
    const known = documents.get(query);
    if (known) {
      // Most recently used last: the first entry is the one to drop.
      documents.delete(query);
      documents.set(query, known);
      return known;
    }
    const gated = gateDocument(schema, query);
    if ('errors' in gated) return gated;
    const document = gated.document;
    const errors = validate(schema, document, rules);
    if (errors.length > 0) return { errors: errors.map((e) => requestError(e, 'GRAPHQL_VALIDATION_FAILED')) };
    if (query.length <= DOCUMENT_KEPT_MAX_LENGTH) {
      documents.set(query, { document });
      if (documents.size > DOCUMENTS_KEPT) documents.delete(documents.keys().next().value as string);
    }
    return { document };
  };

  const server = serveGraphqlWs<Extra>(
    {
      schema,
      onConnect: async (ctx) => {
        const param = ctx.connectionParams?.authToken;
        const headers = ctx.extra.request?.headers ?? {};
        // The cookie goes along with any page's socket: it counts only from a page of our own.
        const token =
          typeof param === 'string'
            ? param
            : sameSite(headers.origin, headers.host, publicOrigin)
              ? readCookie(headers.cookie, app.config.session.cookieName)
              : undefined;
        const viewer = await authenticate(app, token);
        // The upgrade request (headers, cookies) is not needed any more: let it go rather than keep it
        // for the life of the socket.
        ctx.extra.request = undefined;
        if (!viewer || !token) return false; // graphql-ws closes with 4403 Forbidden
        ctx.extra.lang = viewer.language;
        sessions.add(ctx.extra.socket, token, viewer);
        return true;
      },
      onClose: (ctx) => sessions.remove(ctx.extra.socket),
      onSubscribe: async (ctx, id, payload) => {
        // Same rules as over HTTP; returning errors refuses the operation (through onError below).
        const checked = check(payload.query);
        if ('errors' in checked) return rejected([...checked.errors]);
        const operationName = payload.operationName ?? undefined;
        const unknownOperation = operationError(checked.document, operationName);
        if (unknownOperation) return rejected([unknownOperation]);
        // The session as it is now (its rights may have changed since the socket opened).
        const mutation = getOperationAST(checked.document, operationName)?.operation === 'mutation';
        const viewer = await sessions.current(ctx.extra.socket, { fresh: mutation });
        if (!viewer) return [new GraphQLError('not logged in', { extensions: { code: 'UNAUTHENTICATED' } })];
        const socket = ctx.extra.socket;
        // Made with the logger, if ever (randomUUID's string is a chain of ~17 concatenated pieces).
        let requestId: string | undefined;
        const { userId, sessionId } = viewer;
        const log = () => {
          requestId ??= randomUUID();
          return app.log.child({ ws: true, userId, sessionId, requestId, operationId: id });
        };
        const contextValue = ctxFor(viewer, viewer.language, log);
        // A subscription's events are serialised once per group (subscriptions.ts) and written here as
        // graphql-ws's own `next` frame; graphql-ws still handles subscribe, complete, errors and closing.
        const deliver: Deliver = (execution) => {
          if (socket.readyState !== socket.OPEN) return;
          if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
            socket.close(CLOSE_TRY_AGAIN_LATER, 'Not reading');
            return;
          }
          socket.send(execution.frame(id), TEXT);
        };
        subscriptions.set(contextValue, { deliver, log });
        return {
          schema,
          document: checked.document,
          variableValues: payload.variables ?? undefined,
          operationName,
          contextValue,
        };
      },
      subscribe: async (args) => {
        const base = args.contextValue as Ctx;
        const subscription = subscriptions.get(base);
        const startedAt = performance.now();
        // Events come formatted (plain errors), which onNext passes on as they are.
        const stream = await subscribeWithFreshContext(
          args,
          () => ctxFor(base.viewer, base.lang, subscription?.log ?? (() => base.log)),
          subscription?.deliver,
          () => metrics.subscriptionsOpen.dec(),
        );
        // Its set-up is timed; its events are counted by the event listener (loket_pubsub_events_total).
        const refused = !(Symbol.asyncIterator in stream) && hasErrors(stream as ExecutionResult);
        const name = getOperationAST(args.document, args.operationName)?.name?.value;
        metrics.observeOperation('ws', 'subscription', name, refused ? 'error' : 'ok', startedAt);
        if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
        // Counted open until it ends (its `onEnd` above), without a wrapper around each one.
        if (subscription) metrics.subscriptionsOpen.inc();
        else return metrics.trackSubscription(stream as AsyncIterableIterator<ExecutionResult>);
        return stream as AsyncIterableIterator<ExecutionResult>;
      },
      // Queries and mutations sent over the socket: one operation each, like over HTTP.
      execute: async (args): Promise<ExecutionResult> => {
        const ctx = args.contextValue as Ctx;
        const startedAt = performance.now();
        const operation = getOperationAST(args.document, args.operationName);
        const record = (result: ExecutionResult) => {
          const outcome = hasErrors(result) ? 'error' : 'ok';
          metrics.observeOperation(
            'ws',
            operation?.operation ?? 'unknown',
            operation?.name?.value,
            outcome,
            startedAt,
          );
          return result;
        };
        try {
          return record(await runOperation(ctx, async () => execute(args), hasErrors));
        } catch (error) {
          // Not a resolver's error (those are in the result): the execution or its commit failed.
          if (!(error instanceof CommitFailed)) ctx.log.error({ err: error }, 'operation failed');
          return record(internalErrorResult() as ExecutionResult);
        }
      },
      // Every result and error leaves through these, formatted as over HTTP (subscription events are
      // formatted once per group in subscriptions.ts).
      onNext: (_ctx, _id, _payload, args, result) => {
        const { log, lang } = args.contextValue as Ctx;
        const formatted = formatResult(result, log, production);
        return formatted.errors
          ? { ...formatted, errors: formatted.errors.map((e) => localiseInputError(e, lang)) }
          : formatted;
      },
      onError: (ctx, id, _payload, errors) => {
        logUnexpectedErrors(socketLog(ctx.extra.socket, { operationId: id }), errors);
        const lang = ctx.extra.lang ?? DEFAULT_LANGUAGE;
        return errors.map((e) => localiseInputError(format(e.toJSON(), e), lang));
      },
    },
    wsServer,
    (socket, request) => ({ socket, request }),
  );

  // After the event listener reconnected, events of the gap (messages, revocations) were missed: close
  // every socket with 1012 (Service Restart), which graphql-ws clients retry. Each comes back through
  // onConnect, so its session is checked again (a logout meanwhile is refused), and re-reads what it shows.
  const stopResync = app.pubsub.onReconnect(() =>
    sessions.closeAll(CLOSE_RESYNC, 'Events may have been missed: resync'),
  );

  return {
    async dispose() {
      stopResync();
      sessions.dispose();
      await server.dispose();
    },
  };
}
