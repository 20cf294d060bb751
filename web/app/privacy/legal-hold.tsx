// A thread's or ticket's legal hold as staff see it on its page, and for a DEPARTMENT_ADMIN the form to
// set or lift it with a reason. The form posts to /beheer/privacy/bewaring/:record/:key, which comes back
// here when it succeeds and otherwise shows the errors with the reason kept (works without JavaScript).
import { Form } from '@remix-run/react';
import { TextareaField } from '../components/field';
import { useI18n } from '../i18n/i18n';

export interface LegalHoldState {
  record: 'THREAD' | 'TICKET';
  label: string;
  onHold: boolean;
  reason?: string | null;
  heldAt?: string | null;
  heldByName?: string | null;
}

/** The path of a record's hold page (`returnTo`: where to go back to after a change). */
export function legalHoldPath(record: 'THREAD' | 'TICKET', label: string, returnTo?: string): string {
  const path = `/beheer/privacy/bewaring/${record === 'THREAD' ? 'reeks' : 'ticket'}/${encodeURIComponent(label)}`;
  return returnTo ? `${path}?${new URLSearchParams({ returnTo })}` : path;
}

/** The hold's state in words: on hold or not, why, by whom, since when. */
export function LegalHoldStatus({ hold }: { hold: LegalHoldState }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      <p className={hold.onHold ? 'legal-hold-on' : 'muted'}>
        {t(hold.onHold ? 'legalHold.on' : 'legalHold.off')}
      </p>
      {hold.onHold && hold.reason ? (
        <p>
          <strong>{t('legalHold.reason')}:</strong> {hold.reason}
        </p>
      ) : null}
      {hold.onHold && hold.heldByName && hold.heldAt ? (
        <p className="muted">{t('legalHold.by', { name: hold.heldByName, when: dateTime(hold.heldAt) })}</p>
      ) : null}
    </>
  );
}

/** The set/lift form: a reason and one button. */
export function LegalHoldForm({
  hold,
  action,
  reason = '',
  errors = [],
}: {
  hold: LegalHoldState;
  /** Where it posts (the hold page, with the way back). */
  action?: string;
  reason?: string;
  errors?: string[];
}) {
  const { t } = useI18n();
  return (
    <Form method="post" action={action} className="legal-hold-form">
      <TextareaField
        form="legal-hold"
        name="reason"
        label={t('legalHold.reason.label')}
        defaultValue={reason}
        errors={errors}
        rows={2}
        required
      />
      <button
        type="submit"
        name="intent"
        value={hold.onHold ? 'lift' : 'hold'}
        className="button button-secondary"
      >
        {t(hold.onHold ? 'legalHold.lift' : 'legalHold.set')}
      </button>
    </Form>
  );
}

/** The panel on a thread's or ticket's staff page. */
export function LegalHoldPanel({
  hold,
  admin,
  returnTo,
}: {
  hold: LegalHoldState;
  admin: boolean;
  returnTo: string;
}) {
  const { t } = useI18n();
  return (
    <section className="panel legal-hold-panel" aria-labelledby="legal-hold-title">
      <h2 id="legal-hold-title">{t('legalHold.title')}</h2>
      <LegalHoldStatus hold={hold} />
      {admin ? <LegalHoldForm hold={hold} action={legalHoldPath(hold.record, hold.label, returnTo)} /> : null}
    </section>
  );
}
