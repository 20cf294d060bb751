// Liveness (/healthz: the process answers) and readiness (/readyz: database reachable, migrations applied).
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { migrationsApplied } from '../db/bootstrap.js';

export function healthRoutes(dataSource: DataSource, draining: () => boolean = () => false): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    if (draining()) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      const ready = await migrationsApplied((sql) => dataSource.query(sql));
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations pending' });
    } catch (error) {
      req.log.warn({ err: error }, 'not ready');
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  return router;
}
