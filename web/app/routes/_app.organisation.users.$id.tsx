// /organisation/users/:id › one user (ADMIN): the authorisation role ('Aanpassen', confirmed with your
// password), deactivating (confirmed with your password) or reactivating, and resending an open
// invitation. Each is a form of its own on this page (its `intent`), so it works without JavaScript;
// done, back to the list with a notice. Your own account: no role, no deactivation.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { EmailAddress } from '../components/email-address';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { type Flash, flashRedirect } from '../flash.server';
import { fields, intentOf, parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormResult } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import {
  ChangeUserRoleMutation,
  DeactivateUserMutation,
  OrganisationUserQuery,
  ReactivateUserMutation,
  ResendUserInvitationMutation,
} from '../graphql/organisation-users.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { contactName } from '../organisation/contacts-table';
import { USER_DEACTIVATE_FORM, USER_ROLE_FORM } from '../organisation/forms';
import { requireOrganisationAdmin } from '../organisation/organisation.server';
import { RoleChoice, TENANT_ROLES } from '../organisation/role-choice';
import { UserStatusText } from '../organisation/users-table';

export const meta = titled('users.tab');

const INTENTS = ['role', 'deactivate', 'reactivate', 'resend'] as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  const { organisationUser } = await scope.api(OrganisationUserQuery, { id: params.id ?? '' });
  return { user: organisationUser, own: organisationUser.id === scope.viewer.id };
}

const back = (
  context: ActionFunctionArgs['context'],
  notice: Extract<Flash, { notice: `user.${string}` }>['notice'],
) => flashRedirect(context, '/organisation/users', { notice });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  const userId = params.id ?? '';
  const formData = await request.formData();
  const i18n = i18nFor(scope.language);
  switch (intentOf(formData, INTENTS)) {
    case 'role': {
      const form = parseForm(
        formData,
        { role: fields.choice(TENANT_ROLES), currentPassword: fields.password({ required: true }) },
        i18n,
      );
      if (!form.ok) return rejected(USER_ROLE_FORM, form.errors, form.values);
      const { changeUserRole } = await scope.api(ChangeUserRoleMutation, { input: { userId, ...form.data } });
      if (changeUserRole.errors.length > 0)
        return rejected(USER_ROLE_FORM, changeUserRole.errors, form.values);
      return back(context, 'user.roleChanged');
    }
    case 'deactivate': {
      const form = parseForm(formData, { currentPassword: fields.password({ required: true }) }, i18n);
      if (!form.ok) return rejected(USER_DEACTIVATE_FORM, form.errors, form.values);
      const { deactivateUser } = await scope.api(DeactivateUserMutation, { input: { userId, ...form.data } });
      if (deactivateUser.errors.length > 0)
        return rejected(USER_DEACTIVATE_FORM, deactivateUser.errors, form.values);
      return back(context, 'user.deactivated');
    }
    case 'reactivate': {
      const { reactivateUser } = await scope.api(ReactivateUserMutation, { id: userId });
      if (reactivateUser.errors.length > 0) return rejected(USER_DEACTIVATE_FORM, reactivateUser.errors, {});
      return back(context, 'user.reactivated');
    }
    case 'resend':
      await scope.api(ResendUserInvitationMutation, { id: userId });
      return back(context, 'user.invitationResent');
  }
}

/** The own-password field that confirms a change, with its errors. */
function ConfirmPassword({ form, result }: { form: string; result: FormResult | undefined }) {
  const { t } = useI18n();
  return (
    <Field
      form={form}
      name="currentPassword"
      type="password"
      autoComplete="current-password"
      label={t('users.currentPassword')}
      hint={t('users.currentPassword.hint')}
      errors={errorsOf(result, form, 'currentPassword')}
    />
  );
}

function RoleForm({ role, result }: { role: string; result: FormResult | undefined }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, USER_ROLE_FORM);
  const chosen = result?.form === USER_ROLE_FORM ? (result.values.role ?? role) : role;
  return (
    <Form method="post" ref={ref} noValidate className="form panel" aria-labelledby="user-role-title">
      <h3 id="user-role-title">{t('users.roleForm.title')}</h3>
      <ErrorSummary
        errors={result?.form === USER_ROLE_FORM ? result.errors : []}
        idPrefix={USER_ROLE_FORM}
        labels={{ role: t('users.role'), currentPassword: t('users.currentPassword') }}
      />
      <RoleChoice
        form={USER_ROLE_FORM}
        field="role"
        legend={t('users.role')}
        chosen={chosen}
        errors={errorsOf(result, USER_ROLE_FORM, 'role')}
      />
      <ConfirmPassword form={USER_ROLE_FORM} result={result} />
      <div className="form-actions">
        <button type="submit" name="intent" value="role" className="button button-primary" disabled={busy}>
          {t('users.roleForm.submit')}
        </button>
      </div>
    </Form>
  );
}

function DeactivateForm({ name, result }: { name: string; result: FormResult | undefined }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, USER_DEACTIVATE_FORM);
  return (
    <Form method="post" ref={ref} noValidate className="form panel" aria-labelledby="user-deactivate-title">
      <h3 id="user-deactivate-title">{t('users.deactivate.title')}</h3>
      <ErrorSummary
        errors={result?.form === USER_DEACTIVATE_FORM ? result.errors : []}
        idPrefix={USER_DEACTIVATE_FORM}
        labels={{ currentPassword: t('users.currentPassword') }}
      />
      <p>{t('users.deactivate.intro', { name })}</p>
      <ConfirmPassword form={USER_DEACTIVATE_FORM} result={result} />
      <div className="form-actions">
        <button
          type="submit"
          name="intent"
          value="deactivate"
          className="button button-danger-solid"
          disabled={busy}
        >
          {t('users.deactivate.submit')}
        </button>
      </div>
    </Form>
  );
}

export default function UserPage() {
  const { user, own } = useLoaderData<typeof loader>();
  const result: FormResult | undefined = useActionData<typeof action>();
  const { t } = useI18n();
  const busy = useNavigation().state === 'submitting';
  const name = contactName(user);
  return (
    <section aria-labelledby="user-title">
      <p className="back-link">
        <Link to="/organisation/users">
          <span aria-hidden="true">←</span> {t('users.back')}
        </Link>
      </p>
      <h2 id="user-title">{t('users.detail.title', { name })}</h2>
      <dl className="details-list details-compact">
        <div className="details-row">
          <dt>{t('users.email')}</dt>
          <dd>
            <EmailAddress address={user.email} />
          </dd>
        </div>
        <div className="details-row">
          <dt>{t('users.role')}</dt>
          <dd>{user.tenantRole ? t(`role.${user.tenantRole}`) : null}</dd>
        </div>
        <div className="details-row">
          <dt>{t('users.status')}</dt>
          <dd>
            <UserStatusText status={user.status} />
          </dd>
        </div>
      </dl>
      {own ? (
        <Notice kind="info" live={false}>
          <p>{t('users.detail.own')}</p>
        </Notice>
      ) : (
        <>
          <RoleForm role={user.tenantRole ?? 'MEMBER'} result={result} />
          {user.status === 'INVITED' ? (
            <Form method="post" className="panel" aria-labelledby="user-resend-title">
              <h3 id="user-resend-title">{t('users.resend.title')}</h3>
              <p>{t('users.resend.intro', { name })}</p>
              <button
                type="submit"
                name="intent"
                value="resend"
                className="button button-secondary"
                disabled={busy}
              >
                {t('users.resend.submit')}
              </button>
            </Form>
          ) : null}
          {user.status === 'DISABLED' ? (
            <Form method="post" className="panel" aria-labelledby="user-reactivate-title">
              <h3 id="user-reactivate-title">{t('users.reactivate.title')}</h3>
              {result?.form === USER_DEACTIVATE_FORM && !result.ok ? (
                <Notice kind="warning">
                  {result.errors.map((error) => (
                    <p key={error.code}>{error.message}</p>
                  ))}
                </Notice>
              ) : null}
              <p>{t('users.reactivate.intro', { name })}</p>
              <button
                type="submit"
                name="intent"
                value="reactivate"
                className="button button-primary"
                disabled={busy}
              >
                {t('users.reactivate.submit')}
              </button>
            </Form>
          ) : (
            <DeactivateForm name={name} result={result} />
          )}
        </>
      )}
    </section>
  );
}
