// 'Hulp nodig?': under 'Contacteer ons' the department's teams and their handlers (dossierbehandelaars),
// each opening a new message addressed to them; under 'Technische helpdesk' a question that becomes a
// ticket (category and support type chosen here; the answer links to the ticket, and the helpdesk
// answers at the account's own address; the privacy guard may ask first). Two <details>, so it
// folds without JavaScript. On the start page it stands open beside the messages; on every page linked to
// a theme it closes at the page's foot (the manual, 004). The question goes to the start page's action
// from any page: with JavaScript through a fetcher (the page stays), without it as a plain post that lands
// on the start page.
import { Link, useFetcher } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { SelectField, TextareaField } from '../components/field';
import { HelpIcon } from '../components/icons';
import { Notice } from '../components/notice';
import type { PrivacyWarningView } from '../components/privacy-dialog';
import { PrivacyDialog } from '../components/privacy-dialog';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';
import type { TicketOptions } from '../tickets/help-ticket.server';
import { ticketPath } from '../tickets/ticket-fields';
import { fullName } from './format';

const FORM = 'helpdesk';

export interface HelpTeam {
  id: string;
  name: string;
  handlers: Array<{ id: string; firstName: string; lastName: string }>;
}

/** The start page's answer to a helpdesk question. */
export type HelpResult = FormResult & { ticketNumber?: string; privacyWarnings?: PrivacyWarningView[] };

export function HelpWidget({
  teams,
  email,
  ticketOptions,
  result: posted,
  folded = false,
}: {
  teams: HelpTeam[];
  email: string;
  ticketOptions: TicketOptions;
  /** The start page's answer to a question posted without JavaScript. */
  result?: HelpResult | undefined;
  /** Both parts closed until opened (every page but the start page). */
  folded?: boolean;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const fetcher = useFetcher<HelpResult>({ key: FORM });
  const result = fetcher.data ?? posted;
  const busy = fetcher.state === 'submitting';
  const answered = result?.form === FORM;
  const warnings = answered ? (result.privacyWarnings ?? []) : [];
  // The privacy question takes the focus itself.
  useFocusFirstError(ref, warnings.length > 0 ? undefined : result, FORM);
  const values = valuesOf(result, FORM, { question: '', categoryId: '', supportTypeId: '' });
  return (
    <section
      className={`start-section help-widget${folded ? ' help-widget-foot' : ''}`}
      aria-labelledby="help-title"
    >
      <h2 id="help-title">
        <HelpIcon /> {t('home.help.title')}
      </h2>
      <details className="help-block" open={!answered && !folded}>
        <summary>{t('home.help.contact')}</summary>
        <p>{t('home.help.contact.intro')}</p>
        <ul className="team-list">
          {teams.map((team) => (
            <li key={team.id}>
              <Link to={`/messages/new?teamId=${encodeURIComponent(team.id)}`} className="team-link">
                {team.name}
              </Link>
              {team.handlers.length > 0 ? (
                <ul className="handler-list" aria-label={t('home.help.handlers', { team: team.name })}>
                  {team.handlers.map((handler) => (
                    <li key={handler.id}>
                      <Link
                        to={`/messages/new?teamId=${encodeURIComponent(team.id)}&handlerId=${encodeURIComponent(handler.id)}`}
                      >
                        {fullName(handler)}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
      <details className="help-block" open={answered}>
        <summary>{t('home.help.helpdesk')}</summary>
        <p>{t('tickets.help.intro', { email })}</p>
        {answered && result.ok && result.notice ? (
          <Notice kind="success">
            <p>{result.notice}</p>
            {result.ticketNumber ? (
              <p>
                <Link to={ticketPath(result.ticketNumber)}>
                  {t('tickets.help.open', { number: result.ticketNumber })}
                </Link>
              </p>
            ) : null}
          </Notice>
        ) : null}
        <fetcher.Form method="post" action="/?index" ref={ref} noValidate className="form">
          <input type="hidden" name="intent" value={FORM} />
          <input type="hidden" name="clientKey" value={ticketOptions.clientKey} />
          <ErrorSummary
            errors={answered ? result.errors : []}
            idPrefix={FORM}
            labels={{
              categoryId: t('tickets.field.category'),
              supportTypeId: t('tickets.field.supportType'),
              question: t('tickets.help.question'),
            }}
          />
          <PrivacyDialog
            key={JSON.stringify(warnings)}
            form={FORM}
            warnings={warnings}
            busy={busy}
            editField="question"
            question={t('msg.privacy.question')}
          />
          <SelectField
            form={FORM}
            name="categoryId"
            label={t('tickets.field.category')}
            defaultValue={values.categoryId}
            errors={errorsOf(result, FORM, 'categoryId')}
          >
            <option value="">{t('tickets.field.category.choose')}</option>
            {ticketOptions.categories.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            form={FORM}
            name="supportTypeId"
            label={t('tickets.field.supportType')}
            defaultValue={values.supportTypeId}
            errors={errorsOf(result, FORM, 'supportTypeId')}
          >
            <option value="">{t('tickets.field.supportType.choose')}</option>
            {ticketOptions.supportTypes.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </SelectField>
          <TextareaField
            form={FORM}
            name="question"
            label={t('tickets.help.question')}
            hint={t('tickets.privacy.reminder')}
            rows={5}
            defaultValue={values.question}
            errors={errorsOf(result, FORM, 'question')}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('tickets.help.submit')}
            </button>
          </div>
        </fetcher.Form>
      </details>
    </section>
  );
}
