// /staff/messages/new?organisationId= (Nieuw bericht aan een organisatie): first the organisation (from
// the address, or searched by name or number), then theme, title, text and attachments (uploaded at once
// with JavaScript, posted with the form without; kept when the form comes back). The privacy guard may
// ask for an acknowledgement; once sent, the new thread's page confirms it.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import attachmentsCss from '../attachments/attachments.css?url';
import { AttachmentsField, SendActions } from '../attachments/attachments-field';
import { FILES_FIELD } from '../attachments/uploaded-file';
import { readForm } from '../attachments/uploads.server';
import { useAttachments } from '../attachments/use-attachments';
import { EmptyState } from '../components/empty-state';
import { ErrorSummary } from '../components/error-summary';
import { Field, SelectField, TextareaField } from '../components/field';
import { Notice } from '../components/notice';
import { PrivacyDialog } from '../components/privacy-dialog';
import { DefaultSubmit } from '../forms/default-submit';
import { errorsOf, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { StaffNewMessageOrganisationQuery, StaffOrganisationsQuery } from '../graphql/staff.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { idParam, textParam } from '../query-params';
import { sendNewMessage } from '../staff/new-message.server';
import { NEW_MESSAGE_FORM as FORM } from '../staff/send-result';
import { isDepartmentAdmin, requireStaff, teamsOf } from '../staff/staff.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: attachmentsCss }];

export const meta = titled('staff.new.title');

const RESULTS = 20;

async function chosenOrganisation(scope: Awaited<ReturnType<typeof requireStaff>>, id: string) {
  try {
    return await scope.api(StaffNewMessageOrganisationQuery, { id });
  } catch (error) {
    if (error instanceof Response && error.status === 404) return null;
    throw error;
  }
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const url = new URL(request.url);
  const organisationId = idParam(url.searchParams.get('organisationId'));
  const search = textParam(url.searchParams.get('search'));
  const chosen = organisationId ? await chosenOrganisation(scope, organisationId) : null;
  if (chosen) {
    const admin = isDepartmentAdmin(scope.viewer);
    const mine = teamsOf(scope.viewer.id, chosen.teams);
    const themes = chosen.organisation.themes.filter((theme) => admin || mine.includes(theme.team.id));
    const withoutContact = new Set(chosen.tasks.map((task) => task.theme.id));
    return {
      step: 'compose' as const,
      organisation: {
        id: chosen.organisation.id,
        name: chosen.organisation.name,
        externalNumber: chosen.organisation.externalNumber,
      },
      themes: themes.map((theme) => ({ id: theme.id, name: theme.name, team: theme.team.name })),
      themesWithoutContact: themes.filter((theme) => withoutContact.has(theme.id)).map((theme) => theme.name),
      restricted: !admin,
      clientKey: crypto.randomUUID(),
    };
  }
  const { organisations } = await scope.api(StaffOrganisationsQuery, {
    search: search || null,
    first: RESULTS,
  });
  return {
    step: 'pick' as const,
    notFound: Boolean(organisationId),
    search,
    results: organisations.edges.map((edge) => edge.node),
    more: organisations.pageInfo.hasNextPage,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireStaff(request, context);
  return sendNewMessage(scope, context, await readForm(request, scope, context));
}

function PickOrganisation({
  data,
}: {
  data: Extract<ReturnType<typeof useLoaderData<typeof loader>>, { step: 'pick' }>;
}) {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <section aria-labelledby="pick-title">
      <h2 id="pick-title">{t('staff.new.pick')}</h2>
      {data.notFound ? (
        <Notice kind="warning">
          <p>{t('staff.new.notFound')}</p>
        </Notice>
      ) : null}
      <Form method="get" className="staff-search-form" role="search" key={location.search}>
        <Field
          form="pick"
          name="search"
          type="search"
          label={t('staff.new.search')}
          defaultValue={data.search}
          required={false}
        />
        <button type="submit" className="button button-secondary">
          {t('staff.new.search.submit')}
        </button>
      </Form>
      {data.results.length > 0 ? (
        <>
          <ul className="staff-pick-list" aria-label={t('staff.new.results')}>
            {data.results.map((organisation) => (
              <li key={organisation.id}>
                <span>
                  <span className="staff-pick-name">{organisation.name}</span>
                  {organisation.externalNumber ? (
                    <span className="muted"> · {organisation.externalNumber}</span>
                  ) : null}
                </span>
                <Link
                  to={`?organisationId=${organisation.id}`}
                  className="button button-secondary button-small"
                  aria-label={t('staff.new.chooseLabel', { name: organisation.name })}
                >
                  {t('staff.new.choose')}
                </Link>
              </li>
            ))}
          </ul>
          {data.more ? <p className="muted">{t('staff.new.moreResults')}</p> : null}
        </>
      ) : (
        <EmptyState title={t('staff.new.noResults', { search: data.search })}>
          <p>{t('staff.new.noResults.next')}</p>
        </EmptyState>
      )}
    </section>
  );
}

function Compose({
  data,
}: {
  data: Extract<ReturnType<typeof useLoaderData<typeof loader>>, { step: 'compose' }>;
}) {
  const { t } = useI18n();
  const result = useActionData<typeof action>();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const warnings = result?.form === FORM ? result.warnings : undefined;
  useFocusFirstError(ref, warnings?.length ? undefined : result, FORM);
  const values = valuesOf(result, FORM, {
    themeId: data.themes.length === 1 ? (data.themes[0]?.id ?? '') : '',
    title: '',
    body: '',
  });
  const errors = (name: string) => errorsOf(result, FORM, name);
  const files = useAttachments(FORM, result);
  const { organisation } = data;
  return (
    <>
      <dl className="summary-list">
        <div>
          <dt>{t('staff.new.organisation')}</dt>
          <dd>
            {organisation.name}
            {organisation.externalNumber ? (
              <span className="muted"> · {organisation.externalNumber}</span>
            ) : null}
          </dd>
        </div>
      </dl>
      <p>
        <Link to="/staff/messages/new">{t('staff.new.otherOrganisation')}</Link>
      </p>
      {data.themes.length === 0 ? (
        <EmptyState title={t('staff.new.noThemes')}>
          <p>{t('staff.new.noThemes.next')}</p>
        </EmptyState>
      ) : (
        <Form
          method="post"
          encType="multipart/form-data"
          ref={ref}
          noValidate
          className="form"
          id="new-message-form"
        >
          {/* Enter in the title sends (not an attachment's remove button, the first otherwise). */}
          <DefaultSubmit name="intent" value="send" label={t('staff.new.submit')} />
          <ErrorSummary
            errors={result?.form === FORM ? result.errors : []}
            idPrefix={FORM}
            labels={{
              themeId: t('staff.new.theme'),
              title: t('staff.new.messageTitle'),
              body: t('staff.new.body'),
              [FILES_FIELD]: t('msg.compose.attachments'),
            }}
          />
          <input type="hidden" name="organisationId" value={organisation.id} />
          <input type="hidden" name="clientKey" value={data.clientKey} />
          <input type="hidden" {...files.hidden} />
          <SelectField
            form={FORM}
            name="themeId"
            label={t('staff.new.theme')}
            hint={data.restricted ? t('staff.new.theme.hint') : undefined}
            defaultValue={values.themeId}
            errors={errors('themeId')}
          >
            <option value="">{t('staff.new.theme.choose')}</option>
            {data.themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {t('staff.new.theme.option', { theme: theme.name, team: theme.team })}
              </option>
            ))}
          </SelectField>
          {data.themesWithoutContact.length > 0 ? (
            <Notice kind="info" live={false}>
              <p>{t('staff.new.noContacts', { themes: data.themesWithoutContact.join(', ') })}</p>
            </Notice>
          ) : null}
          <Field
            form={FORM}
            name="title"
            label={t('staff.new.messageTitle')}
            defaultValue={values.title}
            errors={errors('title')}
          />
          <TextareaField
            form={FORM}
            name="body"
            label={t('staff.new.body')}
            hint={t('staff.reply.body.hint')}
            defaultValue={values.body}
            errors={errors('body')}
            rows={10}
          />
          <AttachmentsField {...files.field} />
          <SendActions form={FORM} label={t('staff.new.submit')} busy={busy} uploading={files.uploading} />
        </Form>
      )}
      {warnings?.length ? (
        <PrivacyDialog
          form={FORM}
          warnings={warnings}
          intro={t('staff.privacy.intro')}
          question={t('staff.privacy.question')}
        />
      ) : null}
    </>
  );
}

export default function NewMessagePage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="page-narrow staff-page-form">
      <p className="staff-back-link">
        <Link to="/staff">{t('staff.thread.back')}</Link>
      </p>
      <h1>{t('staff.new.title')}</h1>
      <p className="lead">{t('staff.new.intro')}</p>
      {data.step === 'compose' ? <Compose data={data} /> : <PickOrganisation data={data} />}
    </div>
  );
}
