// /beheer/medewerkers/nieuw › Medewerker uitnodigen (DEPARTMENT_ADMIN): name, email, the role (one of two)
// and the language of the mails; the API creates the invited staff user and mails the link to choose a
// password. Refused: every error at its field, the input kept.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { STAFF_ROLES, StaffRoleChoice } from '../admin/staff-roles';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { flashRedirect } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { InviteStaffUserMutation } from '../graphql/staff-users.server';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/language';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { LanguageChoice } from '../organisation/language-choice';

export const meta = titled('admin.staff.new.title');

const FORM = 'staff-invite';

const INVITE_FIELDS = {
  firstName: fields.required(),
  lastName: fields.required(),
  email: fields.email(),
  role: fields.choice(STAFF_ROLES),
  language: fields.choice(LANGUAGES),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireDepartmentAdmin(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const form = parseForm(await request.formData(), INVITE_FIELDS, i18nFor(scope.language));
  if (!form.ok) return rejected(FORM, form.errors, form.values);
  const { inviteStaffUser } = await scope.api(InviteStaffUserMutation, { input: form.data });
  if (inviteStaffUser.errors.length > 0) return rejected(FORM, inviteStaffUser.errors, form.values);
  return flashRedirect(context, '/beheer/medewerkers', { notice: 'admin.staff.invited' });
}

export default function InviteStaffPage() {
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, {
    firstName: '',
    lastName: '',
    email: '',
    role: 'AGENT',
    language: 'nl',
  });
  const errors = (name: string) => errorsOf(result, FORM, name);
  return (
    <section aria-labelledby="staff-invite-title">
      <p className="back-link">
        <Link to="/beheer/medewerkers">
          <span aria-hidden="true">←</span> {t('admin.staff.back')}
        </Link>
      </p>
      <h1 id="staff-invite-title">{t('admin.staff.new.title')}</h1>
      <p>{t('admin.staff.new.intro')}</p>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={result?.form === FORM ? result.errors : []}
          idPrefix={FORM}
          labels={{
            firstName: t('admin.staff.field.firstName'),
            lastName: t('admin.staff.field.lastName'),
            email: t('admin.staff.field.email'),
            role: t('admin.staff.field.role'),
            language: t('admin.staff.field.language'),
          }}
        />
        <div className="field-row">
          <Field
            form={FORM}
            name="firstName"
            label={t('admin.staff.field.firstName')}
            autoComplete="off"
            defaultValue={values.firstName}
            errors={errors('firstName')}
          />
          <Field
            form={FORM}
            name="lastName"
            label={t('admin.staff.field.lastName')}
            autoComplete="off"
            defaultValue={values.lastName}
            errors={errors('lastName')}
          />
        </div>
        <Field
          form={FORM}
          name="email"
          type="email"
          label={t('admin.staff.field.email')}
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.email}
          errors={errors('email')}
        />
        <StaffRoleChoice
          form={FORM}
          legend={t('admin.staff.field.role')}
          chosen={values.role ?? 'AGENT'}
          errors={errors('role')}
        />
        <LanguageChoice
          form={FORM}
          legend={t('admin.staff.field.language')}
          chosen={values.language ?? 'nl'}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('admin.staff.new.submit')}
          </button>
          <Link to="/beheer/medewerkers">{t('org.cancel')}</Link>
        </div>
      </Form>
    </section>
  );
}
