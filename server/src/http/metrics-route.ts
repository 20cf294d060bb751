// /metrics for Prometheus, never public by default: on its own listener (METRICS_PORT, bound to
// METRICS_HOST, 127.0.0.1 unless set) and/or behind a bearer token (METRICS_TOKEN). Without either it does
// not exist.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler, Router } from 'express';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics/metrics.js';
import { StartupError } from '../startup-checks.js';

/** Whether the Authorization header carries `Bearer <token>` (compared in constant time). */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function exposition(metrics: Metrics, token: string | undefined, log: Logger): RequestHandler {
  return async (req, res) => {
    if (token !== undefined && !bearerMatches(req.headers.authorization, token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('metrics token required\n');
      return;
    }
    try {
      const { contentType, body } = await metrics.exposition();
      res.status(200).type(contentType).send(body);
    } catch (error) {
      log.error({ err: error }, 'metrics exposition failed');
      res.status(500).type('text/plain').send('metrics unavailable\n');
    }
  };
}

/** /metrics on the API's own port, behind `token` (mounted only when METRICS_TOKEN is set). */
export function metricsRoute(metrics: Metrics, token: string, log: Logger): Router {
  const router = Router();
  router.get('/metrics', exposition(metrics, token, log));
  return router;
}

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

/** A listener of its own serving only /metrics (with the token too when one is set). */
export async function startMetricsListener(
  metrics: Metrics,
  options: { host: string; port: number; token: string | undefined },
  log: Logger,
): Promise<MetricsListener> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', exposition(metrics, options.token, log));
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${options.port} on ${options.host} is in use by another program: stop it, or set METRICS_PORT.`,
            )
          : error,
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ url: `http://${options.host}:${port}/metrics` }, 'metrics listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
