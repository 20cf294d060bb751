// GET /reports/service-levels.csv?from=YYYY-MM-DD&to=YYYY-MM-DD: the service-level report (issue 14) as CSV
// for staff, in the viewer's language; the session comes from the cookie or a bearer token, like downloads.
import { Router } from 'express';
import type { AppServices } from '../context.js';
import { isCalendarDay } from '../domain/validate.js';
import { isStaff } from '../domain/viewer.js';
import { languageFromHeader } from '../i18n/language.js';
import { type ErrorTextCode, errorMessage } from '../i18n/messages.js';
import { authenticate } from '../modules/accounts/session.service.js';
import { transactionNow } from '../modules/sla/sla.service.js';
import { serviceLevelCsv, serviceLevelReport } from '../modules/sla/sla-report.service.js';
import { createCtx } from '../operation/create-context.js';
import { runOperation } from '../operation/run-operation.js';
import { sessionToken } from './session-cookie.js';

export function serviceLevelReportRoutes(app: AppServices): Router {
  const router = Router();
  router.get('/reports/service-levels.csv', async (req, res) => {
    const refuse = (status: number, code: ErrorTextCode) =>
      res.status(status).json({
        error: { code, message: errorMessage(languageFromHeader(req.headers['accept-language']), code) },
      });
    const viewer = await authenticate(app, sessionToken(req.headers, app.config.session.cookieName));
    if (!viewer) return refuse(401, 'UNAUTHENTICATED');
    // Organisations have no such page: as if it did not exist.
    if (!isStaff(viewer)) return refuse(404, 'NOT_FOUND');
    const { from, to } = req.query;
    if (typeof from !== 'string' || typeof to !== 'string' || !isCalendarDay(from) || !isCalendarDay(to))
      return refuse(400, 'INVALID_DAY');
    const ctx = createCtx(app, viewer, viewer.language, req.log);
    const csv = await runOperation(ctx, async () => {
      const em = await ctx.tx.manager();
      return serviceLevelCsv(await serviceLevelReport(em, from, to, await transactionNow(em)), ctx.lang);
    });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="service-levels-${from}-${to}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(csv);
  });
  return router;
}
