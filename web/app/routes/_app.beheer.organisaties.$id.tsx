// /beheer/organisaties/:id (DEPARTMENT_ADMIN): one organisation. Its data and themes are edited here, it
// is deactivated (its users are logged out and cannot log in; data kept) or reactivated, and a Beheerder
// is invited by mail. Each form answers on this page: refused with its input and errors (400), done
// with a notice.
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { ADMIN_ORGANISATION_FORM, AdminOrganisationForm } from '../admin/organisation-form';
import {
  findAdminOrganisation,
  INVITE_ADMIN_FIELDS,
  ORGANISATION_FIELDS,
} from '../admin/organisations.server';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { takeFlash } from '../flash.server';
import { accepted, intentOf, parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import {
  AdminUpdateOrganisationMutation,
  DeactivateOrganisationMutation,
  InviteOrganisationAdminMutation,
  ReactivateOrganisationMutation,
} from '../graphql/administration.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import type { MessageKey } from '../i18n/nl';
import { titled } from '../meta';
import { useFlashed } from '../use-flashed';

export const meta = titled('admin.organisations.title');

const INVITE_FORM = 'invite-admin';
const STATUS_FORM = 'organisation-status';
const INTENTS = ['save', 'invite', 'deactivate', 'reactivate'] as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const { organisation, themes } = await findAdminOrganisation(scope, params.id ?? '');
  const { flash, headers } = takeFlash(request, context);
  const created = flash?.notice === 'admin.organisations.created';
  return data({ organisation, themes, created }, { headers });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const { organisation } = await findAdminOrganisation(scope, params.id ?? '');
  const formData = await request.formData();
  const i18n = i18nFor(scope.language);
  const intent = intentOf(formData, INTENTS);
  if (intent === 'deactivate' || intent === 'reactivate') {
    if (intent === 'deactivate') await scope.api(DeactivateOrganisationMutation, { id: organisation.id });
    else await scope.api(ReactivateOrganisationMutation, { id: organisation.id });
    return accepted(STATUS_FORM, i18n.t(`admin.organisations.${intent}d`));
  }
  if (intent === 'invite') {
    const form = parseForm(formData, INVITE_ADMIN_FIELDS, i18n);
    if (!form.ok) return rejected(INVITE_FORM, form.errors, form.values);
    const { inviteOrganisationAdmin } = await scope.api(InviteOrganisationAdminMutation, {
      input: { organisationId: organisation.id, ...form.data },
    });
    if (!inviteOrganisationAdmin.user)
      return rejected(INVITE_FORM, inviteOrganisationAdmin.errors, form.values);
    return accepted(
      INVITE_FORM,
      i18n.t('admin.organisations.invited', { email: inviteOrganisationAdmin.user.email }),
    );
  }
  const form = parseForm(formData, ORGANISATION_FIELDS, i18n);
  if (!form.ok) return rejected(ADMIN_ORGANISATION_FORM, form.errors, form.values);
  const { updateOrganisation } = await scope.api(AdminUpdateOrganisationMutation, {
    input: { id: organisation.id, ...form.data },
  });
  if (updateOrganisation.errors.length > 0)
    return rejected(ADMIN_ORGANISATION_FORM, updateOrganisation.errors, form.values);
  return accepted(ADMIN_ORGANISATION_FORM, i18n.t('admin.organisations.saved'));
}

export default function AdminOrganisationPage() {
  const { organisation, themes, created } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as FormResult | undefined;
  const { t } = useI18n();
  const createdNotice = useFlashed(created ? 'admin.organisations.created' : null);
  const saved = {
    name: organisation.name,
    enterpriseNumber: organisation.enterpriseNumber ?? '',
    recognitionNumber: organisation.recognitionNumber ?? '',
    phone: organisation.phone ?? '',
    email: organisation.email ?? '',
    websiteUrl: organisation.websiteUrl ?? '',
    themeIds: organisation.themes.map((theme) => theme.id).join(','),
  };
  return (
    <>
      <p className="back-link">
        <Link to="/beheer/organisaties">
          <span aria-hidden="true">←</span> {t('admin.organisations.back')}
        </Link>
      </p>
      <h1>{organisation.name}</h1>
      {createdNotice && !result ? (
        <Notice kind="success">
          <p>{t(createdNotice as MessageKey)}</p>
        </Notice>
      ) : null}
      {result?.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}

      <section aria-labelledby="status-title">
        <h2 id="status-title">{t('admin.organisations.status')}</h2>
        <p>
          {organisation.deactivatedAt
            ? t('admin.organisations.status.deactivated.long')
            : t('admin.organisations.status.active.long')}
        </p>
        <Form method="post">
          {organisation.deactivatedAt ? (
            <button type="submit" name="intent" value="reactivate" className="button button-secondary">
              {t('admin.organisations.reactivate')}
            </button>
          ) : (
            <button type="submit" name="intent" value="deactivate" className="button button-secondary">
              {t('admin.organisations.deactivate')}
            </button>
          )}
        </Form>
      </section>

      <section aria-labelledby="users-title">
        <h2 id="users-title">{t('admin.organisations.users')}</h2>
        {organisation.users.length === 0 ? (
          <p>{t('admin.organisations.users.none')}</p>
        ) : (
          <ul>
            {organisation.users.map((user) => (
              <li key={user.id}>
                {user.firstName} {user.lastName} ({user.email}) —{' '}
                {user.roles.map((role) => t(`role.${role}` as MessageKey)).join(', ')} —{' '}
                {t(`admin.organisations.userStatus.${user.status}` as MessageKey)}
              </li>
            ))}
          </ul>
        )}
        {organisation.deactivatedAt ? null : <InviteAdminForm result={result} />}
      </section>

      <section aria-labelledby="edit-title">
        <h2 id="edit-title">{t('admin.organisations.edit')}</h2>
        <AdminOrganisationForm
          themes={themes}
          saved={saved}
          result={result}
          submit={t('org.save')}
          intent="save"
        />
      </section>
    </>
  );
}

function InviteAdminForm({ result }: { result: FormResult | undefined }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstError(ref, result, INVITE_FORM);
  // Sent: an empty form for the next one.
  const values = valuesOf(result, INVITE_FORM, { firstName: '', lastName: '', email: '', language: 'nl' });
  const errors = (name: string) => errorsOf(result, INVITE_FORM, name);
  return (
    <Form method="post" ref={ref} noValidate className="form" aria-labelledby="invite-title">
      <h3 id="invite-title">{t('admin.organisations.invite')}</h3>
      <p>{t('admin.organisations.invite.intro')}</p>
      <ErrorSummary
        errors={result?.form === INVITE_FORM ? result.errors : []}
        idPrefix={INVITE_FORM}
        labels={{
          firstName: t('contact.firstName'),
          lastName: t('contact.lastName'),
          email: t('contact.email'),
        }}
      />
      <Field
        form={INVITE_FORM}
        name="firstName"
        label={t('contact.firstName')}
        defaultValue={values.firstName}
        errors={errors('firstName')}
      />
      <Field
        form={INVITE_FORM}
        name="lastName"
        label={t('contact.lastName')}
        defaultValue={values.lastName}
        errors={errors('lastName')}
      />
      <Field
        form={INVITE_FORM}
        name="email"
        type="email"
        label={t('contact.email')}
        spellCheck={false}
        defaultValue={values.email}
        errors={errors('email')}
      />
      <fieldset className="fieldset">
        <legend>{t('contact.language')}</legend>
        {(['nl', 'en'] as const).map((language) => (
          <div className="radio" key={language}>
            <input
              type="radio"
              id={`${INVITE_FORM}-language-${language}`}
              name="language"
              value={language}
              defaultChecked={values.language === language}
            />
            <label htmlFor={`${INVITE_FORM}-language-${language}`}>{t(`language.${language}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" name="intent" value="invite" className="button button-primary">
          {t('admin.organisations.invite.submit')}
        </button>
      </div>
    </Form>
  );
}
