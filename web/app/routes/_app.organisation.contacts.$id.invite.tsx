// /organisation/contacts/:id/invite › Uitnodigen voor het e-loket (ADMIN): pick the role the contact
// gets; the API creates the invited user and mails the link to choose a password.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Notice } from '../components/notice';
import { flashRedirect } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { InviteContactPersonMutation } from '../graphql/organisation.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { findContact } from '../organisation/contacts.server';
import { contactName } from '../organisation/contacts-table';
import { INVITE_FORM } from '../organisation/forms';
import { requireOrganisationAdmin } from '../organisation/organisation.server';
import { RoleChoice, TENANT_ROLES } from '../organisation/role-choice';

export const meta = titled('contact.invite.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  const contact = await findContact(scope, params.id ?? '');
  return {
    contact: { name: contactName(contact), email: contact.email, hasAccess: contact.hasAccess },
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  const form = parseForm(
    await request.formData(),
    { role: fields.choice(TENANT_ROLES) },
    i18nFor(scope.language),
  );
  if (!form.ok) return rejected(INVITE_FORM, form.errors, form.values);
  const { inviteContactPerson } = await scope.api(InviteContactPersonMutation, {
    id: params.id ?? '',
    roles: [form.data.role],
  });
  if (inviteContactPerson.errors.length > 0) {
    // The address is the contact's own (not a field here): errors about it concern the whole form.
    const errors = inviteContactPerson.errors.map((e) => (e.field === 'roles' ? e : { ...e, field: null }));
    return rejected(INVITE_FORM, errors, form.values);
  }
  return flashRedirect(context, '/organisation/contacts', { notice: 'contact.invited' });
}

export default function InviteContactPage() {
  const { contact } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, INVITE_FORM);
  const chosen = result?.values.role ?? 'MEMBER';
  return (
    <section aria-labelledby="contact-invite-title">
      <p className="back-link">
        <Link to="/organisation/contacts">
          <span aria-hidden="true">←</span> {t('org.back')}
        </Link>
      </p>
      <h2 id="contact-invite-title">{t('contact.invite.title')}</h2>
      {contact.hasAccess ? (
        <Notice kind="info" live={false}>
          <p>{t('contact.invite.hasAccess', { name: contact.name })}</p>
        </Notice>
      ) : (
        <>
          <p>{t('contact.invite.intro', { name: contact.name, email: contact.email })}</p>
          <Form method="post" ref={ref} noValidate className="form">
            <ErrorSummary
              errors={result?.form === INVITE_FORM ? result.errors : []}
              idPrefix={INVITE_FORM}
              labels={{ roles: t('contact.invite.role', { name: contact.name }) }}
            />
            <RoleChoice
              form={INVITE_FORM}
              field="roles"
              legend={t('contact.invite.role', { name: contact.name })}
              chosen={chosen}
              errors={errorsOf(result, INVITE_FORM, 'roles')}
            />
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                {t('contact.invite.submit')}
              </button>
              <Link to="/organisation/contacts">{t('org.cancel')}</Link>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}
