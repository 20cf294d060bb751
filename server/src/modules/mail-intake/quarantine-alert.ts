// The quarantine alert (issue 15, decision 0033): when the quarantined mails nobody handled yet reach
// QUARANTINE_ALERT_THRESHOLD, one mail goes to the helpdesk's mailbox (HELPDESK_EMAIL) with the link to
// /staff/quarantine, and staff's navigation shows the count live. Once per crossing and at most once per
// QUARANTINE_ALERT_PERIOD_MINUTES: the alert disarms when it mails and re-arms when staff bring the
// quarantine below the threshold again. Every change locks the one `quarantine_alert` row, so two
// intakes quarantining at the same moment count each other's mail and send one alert.
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { forbidden } from '../../domain/errors.js';
import { isStaff, requireUser } from '../../domain/viewer.js';
import { Topic } from '../../graphql/topics.js';
import { quarantineAlertMail } from '../../mail/intake-mails.js';
import { queueMail } from '../../mail/outbox.js';

const QUARANTINE_ALERT_TEMPLATE = 'mail-intake-quarantine-alert';

async function countQuarantined(ctx: Ctx): Promise<number> {
  const em = await ctx.tx.manager();
  const rows = await queryRows<{ n: number }>(
    em,
    `SELECT count(*)::int AS n FROM inbound_mail WHERE status = 'QUARANTINED'`,
  );
  return rows[0]?.n ?? 0;
}

/** Staff: how many mails wait in quarantine (the navigation's badge). */
export function quarantineCount(ctx: Ctx): Promise<number> {
  const viewer = requireUser(ctx);
  if (!isStaff(viewer)) throw forbidden();
  return countQuarantined(ctx);
}

/**
 * Called in the operation that quarantined a mail or took one out of quarantine (replay, discard): mails
 * the helpdesk when the threshold is reached and the alert is armed and was not sent within the period,
 * re-arms it below the threshold, and tells staff's pages the new count (when the operation commits).
 */
export async function quarantineChanged(ctx: Ctx): Promise<void> {
  const em = await ctx.tx.manager();
  const { quarantineAlertThreshold: threshold, quarantineAlertPeriodMinutes: period } = ctx.app.config.mailIn;
  // The lock first, the count after: under READ COMMITTED the count then sees every mail an intake that
  // held the lock before us committed.
  const [state] = await queryRows<{ armed: boolean; recent: boolean }>(
    em,
    `SELECT armed, coalesce(last_sent_at > now() - make_interval(mins => $1), false) AS recent
       FROM quarantine_alert FOR UPDATE`,
    [period],
  );
  const count = await countQuarantined(ctx);
  if (state && threshold > 0) {
    if (count < threshold && !state.armed) await em.query('UPDATE quarantine_alert SET armed = true');
    else if (count >= threshold && state.armed && !state.recent) {
      const { config } = ctx.app;
      await queueMail(em, config.publicUrl, {
        organisationId: null,
        to: config.helpdeskEmail,
        language: 'nl',
        template: QUARANTINE_ALERT_TEMPLATE,
        content: quarantineAlertMail({ count, threshold, url: `${config.publicUrl}/staff/quarantine` }),
      });
      await em.query('UPDATE quarantine_alert SET armed = false, last_sent_at = now()');
      ctx.log.warn({ count, threshold }, 'quarantine alert mailed to the helpdesk');
    }
  }
  await ctx.app.pubsub.publish(em, Topic.QuarantineChanged, {});
}
