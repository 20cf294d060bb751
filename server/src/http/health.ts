// Liveness (/healthz: the process answers) and readiness (/readyz: database reachable, migrations applied).
// Readiness is 503 while the database is unreachable or the server is shutting down; an unwritable
// DATA_DIR or an unreachable SMTP server makes it 'degraded' (200: requests still work, mails wait).
import { connect } from 'node:net';
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { migrationsApplied } from '../db/bootstrap.js';
import { dataDirProblem } from '../startup-checks.js';

/** How long one SMTP reachability answer is reused, and how long a connection attempt may take. */
const SMTP_CHECK_CACHE_MS = 10_000;
const SMTP_CONNECT_TIMEOUT_MS = 1000;

export interface ReadinessOptions {
  /** True once the server drains for shutdown. */
  draining: () => boolean;
  dataDir: string;
  smtpUrl: string | undefined;
}

/** Whether a TCP connection to the SMTP server opens (no mail is sent). */
function smtpReachable(smtpUrl: string): Promise<boolean> {
  const url = new URL(smtpUrl);
  const port = Number(url.port || (url.protocol === 'smtps:' ? 465 : 587));
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(SMTP_CONNECT_TIMEOUT_MS, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export function healthRoutes(dataSource: DataSource, options: ReadinessOptions): Router {
  const router = Router();
  let smtp: { at: number; reachable: Promise<boolean> } | undefined;
  const smtpCheck = (smtpUrl: string) => {
    if (!smtp || Date.now() - smtp.at > SMTP_CHECK_CACHE_MS)
      smtp = { at: Date.now(), reachable: smtpReachable(smtpUrl) };
    return smtp.reachable;
  };

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    if (options.draining()) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      const ready = await migrationsApplied((sql) => dataSource.query(sql));
      if (!ready) {
        res.status(503).json({ status: 'migrations pending' });
        return;
      }
    } catch (error) {
      req.log.warn({ err: error }, 'not ready');
      res.status(503).json({ status: 'database unreachable' });
      return;
    }
    const problems: string[] = [];
    const dataDir = await dataDirProblem(options.dataDir);
    if (dataDir) problems.push(`DATA_DIR not writable (${dataDir})`);
    if (options.smtpUrl && !(await smtpCheck(options.smtpUrl))) problems.push('SMTP server unreachable');
    if (problems.length > 0) {
      req.log.warn({ problems }, 'degraded');
      res.json({ status: 'degraded', problems });
      return;
    }
    res.json({ status: 'ready' });
  });
  return router;
}
