// /beheer/privacy (decision 0029): a DEPARTMENT_ADMIN finds a user or contact person and asks for an
// export of their data, puts a legal hold on them (or lifts it), or erases them after confirming.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useLocation } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { EmptyState } from '../components/empty-state';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { accepted, fields, intentOf, parseForm, rejected } from '../forms/form.server';
import { errorsOf } from '../forms/form-result';
import { ApiError } from '../graphql/api.server';
import {
  ErasePersonMutation,
  PrivacyPeopleQuery,
  RequestExportMutation,
  SetLegalHoldMutation,
} from '../graphql/privacy.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import type { MessageKey } from '../i18n/nl';
import { readCursors } from '../lists/keyset';
import { loadKeysetPage } from '../lists/keyset-page.server';
import { KeysetPager } from '../lists/keyset-pager';
import { authorName } from '../messages/format';
import { titled } from '../meta';
// The tabs' look (shared with Mijn organisatie).
import organisationCss from '../organisation/organisation.css?url';
import { PrivacyTabs } from '../privacy/privacy-tabs';
import { idParam, textParam } from '../query-params';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: organisationCss }];

export const meta = titled('admin.privacy.title');

const SEARCH_MIN = 2;
const PAGE_SIZE = 25;
const KINDS = ['USER', 'CONTACT'] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const params = new URL(request.url).searchParams;
  const search = textParam(params.get('search'));
  if (search.length < SEARCH_MIN) return { search, people: null };
  const { page } = await loadKeysetPage(
    (paging) => scope.api(PrivacyPeopleQuery, { search, ...paging }),
    (data) => data.privacyPeople,
    readCursors((name) => params.get(name) ?? ''),
    PAGE_SIZE,
  );
  return { search, people: page };
}

const PERSON_FORM = {
  kind: fields.choice(KINDS),
  id: fields.required(),
  name: fields.text(),
  confirm: fields.checkbox(),
};

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const i18n = i18nFor(scope.language);
  const formData = await request.formData();
  const intent = intentOf(formData, ['export', 'hold', 'lift', 'erase']);
  const form = parseForm(formData, PERSON_FORM, i18n);
  const gone = [{ field: null, code: 'NOT_FOUND', message: i18n.t('admin.privacy.gone') }];
  if (!form.ok || !idParam(form.data.id)) return rejected(intent, form.ok ? gone : form.errors, form.values);
  const { kind, id, name, confirm } = form.data;
  try {
    switch (intent) {
      case 'export':
        await scope.api(RequestExportMutation, { input: { person: { kind, id } } });
        return accepted(intent, i18n.t('admin.privacy.exported', { name }));
      case 'hold':
      case 'lift':
        await scope.api(SetLegalHoldMutation, { input: { target: kind, id, hold: intent === 'hold' } });
        return accepted(
          intent,
          i18n.t(intent === 'hold' ? 'admin.privacy.hold.done' : 'admin.privacy.hold.lifted', { name }),
        );
      case 'erase': {
        if (!confirm)
          return rejected(
            intent,
            [{ field: 'confirm', code: 'UNCONFIRMED', message: i18n.t('admin.privacy.erase.unconfirmed') }],
            form.values,
          );
        const { erasePerson } = await scope.api(ErasePersonMutation, { input: { kind, id } });
        if (!erasePerson.ok) return rejected(intent, erasePerson.errors, form.values);
        return accepted(intent, i18n.t('admin.privacy.erased', { name }));
      }
    }
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return rejected(intent, gone, form.values);
    throw error;
  }
}

export default function PrivacyPage() {
  const { search, people } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const location = useLocation();
  const { t } = useI18n();
  const answeredId = result && !result.ok ? result.values.id : undefined;
  // 'Vorige' / 'Volgende' keep the search.
  const pagerSearch = (changes: Record<string, string | null>) => {
    const params = new URLSearchParams({ search });
    for (const [name, value] of Object.entries(changes)) if (value) params.set(name, value);
    return `?${params}`;
  };
  return (
    <>
      <h1>{t('admin.privacy.title')}</h1>
      <PrivacyTabs />
      <p className="lead">{t('admin.privacy.intro')}</p>
      {result ? (
        <Notice kind={result.ok ? 'success' : 'warning'}>
          <p>{result.ok ? result.notice : result.errors.map((e) => e.message).join(' ')}</p>
        </Notice>
      ) : null}
      <Form method="get" className="staff-search-form" role="search" key={location.search}>
        <Field
          form="privacy"
          name="search"
          type="search"
          label={t('admin.privacy.search')}
          hint={search && search.length < SEARCH_MIN ? t('admin.privacy.search.short') : undefined}
          defaultValue={search}
          required={false}
        />
        <button type="submit" className="button button-secondary">
          {t('admin.privacy.search.submit')}
        </button>
      </Form>
      {people === null ? null : people.rows.length === 0 ? (
        <EmptyState title={t('admin.privacy.none', { search })} />
      ) : (
        <>
          <table className="table table-cards">
            <caption className="visually-hidden">{t('admin.privacy.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.privacy.person')}</th>
                <th scope="col">{t('admin.privacy.kind')}</th>
                <th scope="col">{t('admin.privacy.organisation')}</th>
                <th scope="col">{t('admin.privacy.state')}</th>
                <th scope="col">{t('admin.privacy.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {people.rows.map((person) => {
                const name = authorName(person, t('person.deleted'));
                const hidden = (
                  <>
                    <input type="hidden" name="kind" value={person.kind} />
                    <input type="hidden" name="id" value={person.id} />
                    <input type="hidden" name="name" value={name} />
                  </>
                );
                const confirmErrors = answeredId === person.id ? errorsOf(result, 'erase', 'confirm') : [];
                const confirmId = `confirm-${person.id}`;
                return (
                  <tr key={`${person.kind}-${person.id}`}>
                    <th scope="row" data-label={t('admin.privacy.person')}>
                      {name}
                      <div className="hint">{person.email}</div>
                    </th>
                    <td data-label={t('admin.privacy.kind')}>
                      {t(`admin.privacy.kind.${person.kind}` as MessageKey)}
                    </td>
                    <td data-label={t('admin.privacy.organisation')}>
                      {person.organisationName ?? t('app.department')}
                    </td>
                    <td data-label={t('admin.privacy.state')}>
                      {t(
                        person.erased
                          ? 'admin.privacy.state.erased'
                          : person.legalHold
                            ? 'admin.privacy.state.hold'
                            : 'admin.privacy.state.normal',
                      )}
                    </td>
                    <td data-label={t('admin.privacy.actions')}>
                      {person.erased ? null : (
                        <div className="privacy-actions">
                          <Form method="post">
                            {hidden}
                            <button
                              type="submit"
                              name="intent"
                              value="export"
                              className="button button-secondary button-small"
                            >
                              {t('admin.privacy.export')}
                            </button>
                          </Form>
                          <Form method="post">
                            {hidden}
                            <button
                              type="submit"
                              name="intent"
                              value={person.legalHold ? 'lift' : 'hold'}
                              className="button button-secondary button-small"
                            >
                              {t(person.legalHold ? 'admin.privacy.hold.lift' : 'admin.privacy.hold.set')}
                            </button>
                          </Form>
                          <Form method="post">
                            {hidden}
                            <div className="checkbox">
                              <input
                                type="checkbox"
                                id={confirmId}
                                name="confirm"
                                value="yes"
                                aria-invalid={confirmErrors.length > 0 || undefined}
                                aria-describedby={confirmErrors.length > 0 ? `${confirmId}-error` : undefined}
                              />
                              <label htmlFor={confirmId}>
                                {t('admin.privacy.erase.confirm')}
                                <span className="visually-hidden">
                                  {': '}
                                  {t('admin.privacy.erase.confirmWho', { name })}
                                </span>
                              </label>
                            </div>
                            {confirmErrors.length > 0 ? (
                              <p className="field-error" id={`${confirmId}-error`}>
                                {confirmErrors.join(' ')}
                              </p>
                            ) : null}
                            <button type="submit" name="intent" value="erase" className="button button-small">
                              {t('admin.privacy.erase')}
                            </button>
                          </Form>
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <KeysetPager
            page={people}
            pageSize={PAGE_SIZE}
            label={t('admin.privacy.paging')}
            search={pagerSearch}
          />
        </>
      )}
    </>
  );
}
