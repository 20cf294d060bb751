// /organisation/users/new › Gebruiker uitnodigen (ADMIN): name, email, the role (one of three) and the
// language of the mails; the API creates the invited user and mails the link to choose a password.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { flashRedirect } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { InviteOrganisationUserMutation } from '../graphql/organisation-users.server';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/language';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { USER_INVITE_FORM as FORM } from '../organisation/forms';
import { LanguageChoice } from '../organisation/language-choice';
import { requireOrganisationAdmin } from '../organisation/organisation.server';
import { RoleChoice, TENANT_ROLES } from '../organisation/role-choice';

export const meta = titled('users.new.title');

const INVITE_FIELDS = {
  firstName: fields.required(),
  lastName: fields.required(),
  email: fields.email(),
  role: fields.choice(TENANT_ROLES),
  language: fields.choice(LANGUAGES),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireOrganisationAdmin(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  const form = parseForm(await request.formData(), INVITE_FIELDS, i18nFor(scope.language));
  if (!form.ok) return rejected(FORM, form.errors, form.values);
  const { role, ...person } = form.data;
  const { inviteUser } = await scope.api(InviteOrganisationUserMutation, {
    input: { ...person, roles: [role] },
  });
  if (inviteUser.errors.length > 0) {
    // The API names the role list `roles`; the form has one choice, `role`.
    const errors = inviteUser.errors.map((e) =>
      e.field === 'input.roles' || e.field === 'roles' ? { ...e, field: 'role' } : e,
    );
    return rejected(FORM, errors, form.values);
  }
  return flashRedirect(context, '/organisation/users', { notice: 'user.invited' });
}

export default function InviteUserPage() {
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, {
    firstName: '',
    lastName: '',
    email: '',
    role: 'MEMBER',
    language: 'nl',
  });
  const errors = (name: string) => errorsOf(result, FORM, name);
  return (
    <section aria-labelledby="user-invite-title">
      <p className="back-link">
        <Link to="/organisation/users">
          <span aria-hidden="true">←</span> {t('users.back')}
        </Link>
      </p>
      <h2 id="user-invite-title">{t('users.new.title')}</h2>
      <p>{t('users.new.intro')}</p>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={result?.form === FORM ? result.errors : []}
          idPrefix={FORM}
          labels={{
            firstName: t('users.firstName'),
            lastName: t('users.lastName'),
            email: t('users.email'),
            role: t('users.role'),
            language: t('users.language'),
          }}
        />
        <div className="field-row">
          <Field
            form={FORM}
            name="firstName"
            label={t('users.firstName')}
            autoComplete="off"
            defaultValue={values.firstName}
            errors={errors('firstName')}
          />
          <Field
            form={FORM}
            name="lastName"
            label={t('users.lastName')}
            autoComplete="off"
            defaultValue={values.lastName}
            errors={errors('lastName')}
          />
        </div>
        <Field
          form={FORM}
          name="email"
          type="email"
          label={t('users.email')}
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.email}
          errors={errors('email')}
        />
        <RoleChoice
          form={FORM}
          field="role"
          legend={t('users.role')}
          chosen={values.role ?? 'MEMBER'}
          errors={errors('role')}
        />
        <LanguageChoice form={FORM} legend={t('users.language')} chosen={values.language ?? 'nl'} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('users.new.submit')}
          </button>
          <Link to="/organisation/users">{t('org.cancel')}</Link>
        </div>
      </Form>
    </section>
  );
}
