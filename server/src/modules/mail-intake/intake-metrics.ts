// Counting what the email intake's sources (the SMTP listener, the IMAP source) did with each mail, in one
// counter, so that a dashboard sees both the same way (loket_mail_intake_total{source, outcome}).
import type { Metrics } from '../../metrics/metrics.js';
import type { IntakeResult } from './intake.service.js';

export type IntakeSource = 'smtp' | 'imap';

/** An outcome the pipeline did not reach: refused (550), deferred (451), too large, failed (retried). */
type EdgeOutcome = 'refused' | 'deferred' | 'too_large' | 'failed';

/** Counts one mail: a pipeline result (its status, or `duplicate`), or an outcome at the source's edge. */
export function countIntake(metrics: Metrics, source: IntakeSource, outcome: IntakeResult | EdgeOutcome) {
  const label =
    typeof outcome === 'string' ? outcome : outcome.duplicate ? 'duplicate' : outcome.status.toLowerCase();
  metrics.intakeMails.inc({ source, outcome: label });
}
