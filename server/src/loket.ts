// The composition root: configuration -> database -> GraphQL over HTTP and WebSocket -> worker.
// `startLoket` is what `main.ts` runs and what the integration tests start on a free port.
import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import type { AppServices } from './context.js';
import { openDatabase } from './db/open-database.js';
import { anonymous, type Viewer } from './domain/viewer.js';
import { attachmentStorage } from './files/storage.js';
import { createApollo } from './graphql/apollo.js';
import { documentGate } from './graphql/document-gate.js';
import { errorFormatter } from './graphql/errors.js';
import { BODY_LIMITS, operationRules, WS_MAX_PAYLOAD_BYTES } from './graphql/limits.js';
import { PgPubSub } from './graphql/pubsub.js';
import { buildLoketSchema } from './graphql/schema.js';
import { documentStore, loadTrustedDocuments, trustedDocumentsGate } from './graphql/trusted-documents.js';
import { startGraphqlWs } from './graphql/ws.js';
import { attachmentRoutes } from './http/attachments.js';
import { devMailboxEnabled, devMailboxRoutes } from './http/dev-mailbox.js';
import { drainable } from './http/drain.js';
import { healthRoutes } from './http/health.js';
import { jsonErrors } from './http/json-errors.js';
import { type MetricsListener, metricsRoute, startMetricsListener } from './http/metrics-route.js';
import { requestLog } from './http/request-log.js';
import { sessionToken } from './http/session-cookie.js';
import { serviceLevelReportRoutes } from './http/sla-report.js';
import { languageFromHeader } from './i18n/language.js';
import { type RunningWorker, startWorker } from './jobs/worker.js';
import type { Logger } from './logger.js';
import { collectPoolUsage, collectQueues, collectSockets } from './metrics/collectors.js';
import { Metrics } from './metrics/metrics.js';
import { authenticate } from './modules/accounts/session.service.js';
import { type ImapSource, startImapSource } from './modules/mail-intake/imap-source.js';
import { type MailInListener, startMailIn } from './modules/mail-intake/mail-in.listener.js';
import { createCtx } from './operation/create-context.js';
import { shutdownPhases } from './process-lifecycle.js';
import { seedDemoDataIfEmpty } from './seed/demo.js';
import { checkDataDirWritable, checkPortFree, StartupError } from './startup-checks.js';

export interface RunningLoket {
  /** http://host:port of the GraphQL server (GraphQL at /graphql). */
  url: string;
  port: number;
  /** The port of the metrics listener (METRICS_PORT), when there is one. */
  metricsPort: number | undefined;
  app: AppServices;
  /** The owner URL of the database in use (the embedded one when DATABASE_URL was unset). */
  databaseUrl: string;
  /** The port of the email intake's SMTP listener, when MAIL_IN_PORT is set. */
  mailInPort: number | undefined;
  /** The email intake's IMAP source, when MAIL_IN_IMAP_HOST is set. */
  imapSource: ImapSource | undefined;
  /** Stops accepting, finishes in-flight operations, closes sockets, then the database. */
  stop(): Promise<void>;
}

export async function startLoket(config: Config, log: Logger): Promise<RunningLoket> {
  // What has been started so far, stopped in reverse order if start-up fails half-way.
  const started: Array<() => Promise<unknown>> = [];
  const undo = async () => {
    for (const stop of started.reverse()) await stop().catch(() => undefined);
  };
  try {
    // What a person can fix, said before anything starts (the port would otherwise fail last, after
    // graphql-ws has logged it as an internal error).
    await checkPortFree(config.host, config.port, 'PORT');
    if (config.mailIn.port) await checkPortFree(config.mailIn.host, config.mailIn.port, 'MAIL_IN_PORT');
    await checkDataDirWritable(config.dataDir);
    const db = await openDatabase(config, log);
    started.push(() => db.close());
    const { dataSource, appUrl, ownerUrl } = db;
    const metrics = new Metrics();
    const pubsub = new PgPubSub(appUrl, log, metrics);
    await pubsub.start();
    started.push(() => pubsub.stop());
    const app: AppServices = { config, log, dataSource, pubsub, metrics };
    if (config.seedDemo) await seedDemoDataIfEmpty(app);

    const schema = await buildLoketSchema();
    const web = express();
    web.disable('x-powered-by');
    web.set('trust proxy', config.trustProxy);
    web.use(requestLog(log));
    web.use(
      healthRoutes(dataSource, {
        draining: () => drain.draining,
        dataDir: config.dataDir,
        smtpUrl: config.smtpUrl,
      }),
    );
    web.use(attachmentRoutes(app, attachmentStorage(config)));
    web.use(serviceLevelReportRoutes(app));
    let mailIn: MailInListener | undefined;
    if (devMailboxEnabled(config))
      web.use(
        devMailboxRoutes(dataSource, log, {
          port: () => mailIn?.port,
          helpdeskAddress: config.mailIn.helpdeskAddress,
          updatesAddress: config.mailIn.updatesAddress,
        }),
      );
    if (config.metrics.token !== undefined) web.use(metricsRoute(metrics, config.metrics.token, log));
    const httpServer = createServer();
    const drain = drainable(httpServer);
    httpServer.on('request', drain.handle(web));
    const wsServer = new WebSocketServer({
      server: httpServer,
      path: '/graphql',
      maxPayload: WS_MAX_PAYLOAD_BYTES,
    });
    const ws = startGraphqlWs(schema, wsServer, app);
    metrics.collectProcessMetrics();
    collectPoolUsage(metrics, dataSource, config.databasePoolSize);
    collectQueues(metrics, dataSource, log);
    collectSockets(metrics, () => wsServer.clients.size);
    const trusted = loadTrustedDocuments(schema, operationRules(config.production));
    const apollo = createApollo(
      schema,
      config.production,
      metrics,
      () => ws.dispose(),
      documentStore(trusted),
      config.tracing !== undefined,
    );
    await apollo.start();
    started.push(() => apollo.stop());
    const jsonBody = {
      authenticated: express.json({ limit: BODY_LIMITS.authenticated }),
      anonymous: express.json({ limit: BODY_LIMITS.anonymous }),
    };
    web.use(
      '/graphql',
      // Who asks, before the body is read: without a session the body may be much smaller.
      async (req, res, next) => {
        res.locals.viewer =
          (await authenticate(app, sessionToken(req.headers, config.session.cookieName))) ?? anonymous;
        next();
      },
      (req, res, next) => {
        const viewer = res.locals.viewer as Viewer;
        (viewer.kind === 'user' ? jsonBody.authenticated : jsonBody.anonymous)(req, res, next);
      },
      trustedDocumentsGate(trusted, errorFormatter(config.production)),
      documentGate(schema, errorFormatter(config.production)),
      expressMiddleware(apollo, {
        context: async ({ req, res }) => {
          const viewer = res.locals.viewer as Viewer;
          const lang =
            viewer.kind === 'user' ? viewer.language : languageFromHeader(req.headers['accept-language']);
          return createCtx(app, viewer, lang, req.log, {
            req,
            res,
            ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
            userAgent: req.headers['user-agent'] ?? null,
          });
        },
      }),
    );
    web.use(jsonErrors());

    let metricsListener: MetricsListener | undefined;
    if (config.metrics.port !== undefined) {
      const listener = await startMetricsListener(
        metrics,
        { host: config.metrics.host, port: config.metrics.port, token: config.metrics.token },
        log,
      );
      metricsListener = listener;
      started.push(() => listener.close());
    }

    let worker: RunningWorker | undefined;
    if (config.worker === 'inline') {
      const running = await startWorker(app, ownerUrl);
      worker = running;
      started.push(() => running.stop());
    }

    if (config.mailIn.port !== undefined) {
      const listener = await startMailIn(app, attachmentStorage(config));
      mailIn = listener;
      started.push(() => listener.stop(0));
    }

    let imapSource: ImapSource | undefined;
    if (config.mailIn.imap !== undefined) {
      const source = await startImapSource(app, attachmentStorage(config));
      imapSource = source;
      started.push(() => source.stop(0));
    }

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new StartupError(
                `Port ${config.port} on ${config.host} is in use by another program: stop it, or set PORT.`,
              )
            : error,
        ),
      );
      httpServer.listen(config.port, config.host, () => resolve());
    });
    const port = (httpServer.address() as AddressInfo).port;
    const url = `http://${config.host}:${port}`;
    log.info({ url: `${url}/graphql` }, 'GraphQL server listening');

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        // Each phase has its share of SHUTDOWN_TIMEOUT_MS, so that the whole ends in time (ADR 0013).
        const budget = shutdownPhases(config.shutdownTimeoutMs);
        log.info('shutting down');
        // The worker stops taking jobs at once; a delivery still talking to the SMTP server by its
        // deadline is aborted and its mail left PENDING.
        const workerStopped = worker?.stop(budget.deliveriesMs);
        // The intake answers 421 to new mail (senders retry later) and finishes the mails it is receiving.
        const mailInStopped = mailIn?.stop(budget.httpMs);
        // The IMAP source reads no further mail and finishes the one it is receiving.
        const imapStopped = imapSource?.stop(budget.httpMs);
        const drained = await drain.drain(budget.httpMs); // intake stopped, requests answered
        if (!drained) log.warn({ inFlight: drain.inFlight }, 'requests still running at the drain deadline');
        await apollo.stop(); // closes the WebSockets
        await workerStopped;
        await mailInStopped;
        await imapStopped;
        await pubsub.stop();
        await metricsListener?.close();
        await db.close();
        log.info('stopped');
      })());
    return {
      url,
      port,
      metricsPort: metricsListener?.port,
      app,
      databaseUrl: ownerUrl,
      mailInPort: mailIn?.port,
      imapSource,
      stop,
    };
  } catch (error) {
    await undo();
    throw error;
  }
}
