// 'Hulp nodig?': under 'Contacteer ons' the department's teams and their handlers (dossierbehandelaars),
// each opening a new message addressed to them; under 'Technische helpdesk' a question by mail (sent
// through askTechnicalHelpdesk; the helpdesk answers at the account's own address). Two <details>, so it
// folds without JavaScript. On the start page it stands open beside the messages; on every page linked to
// a theme it closes at the page's foot (the manual, 004). The question goes to the start page's action
// from any page: with JavaScript through a fetcher (the page stays), without it as a plain post that lands
// on the start page.
import { Link, useFetcher } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { TextareaField } from '../components/field';
import { HelpIcon } from '../components/icons';
import { Notice } from '../components/notice';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';
import { fullName } from './format';

const FORM = 'helpdesk';

export interface HelpTeam {
  id: string;
  name: string;
  handlers: Array<{ id: string; firstName: string; lastName: string }>;
}

export function HelpWidget({
  teams,
  email,
  result: posted,
  folded = false,
}: {
  teams: HelpTeam[];
  email: string;
  /** The start page's answer to a question posted without JavaScript. */
  result?: FormResult | undefined;
  /** Both parts closed until opened (every page but the start page). */
  folded?: boolean;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const fetcher = useFetcher<FormResult>({ key: FORM });
  const result = fetcher.data ?? posted;
  const busy = fetcher.state === 'submitting';
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, { question: '' });
  const answered = result?.form === FORM;
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
        <p>{t('home.help.helpdesk.intro', { email })}</p>
        {answered && result.ok && result.notice ? (
          <Notice kind="success">
            <p>{result.notice}</p>
          </Notice>
        ) : null}
        <fetcher.Form method="post" action="/?index" ref={ref} noValidate className="form">
          <ErrorSummary
            errors={answered ? result.errors : []}
            idPrefix={FORM}
            labels={{ question: t('home.helpdesk.question') }}
          />
          <input type="hidden" name="intent" value={FORM} />
          <TextareaField
            form={FORM}
            name="question"
            label={t('home.helpdesk.question')}
            rows={5}
            defaultValue={values.question}
            errors={errorsOf(result, FORM, 'question')}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('home.helpdesk.submit')}
            </button>
          </div>
        </fetcher.Form>
      </details>
    </section>
  );
}
