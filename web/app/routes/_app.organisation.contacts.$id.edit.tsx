// /organisation/contacts/:id/edit › Contactpersoon bewerken (ADMIN): the same form, prefilled. Saved:
// back to the list; a new email address makes the contact 'Nog niet bevestigd' again (the notice says so).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { flashRedirect } from '../flash.server';
import { parseForm, rejected } from '../forms/form.server';
import { UpdateContactPersonMutation } from '../graphql/organisation.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { ContactForm } from '../organisation/contact-form';
import { CONTACT_FIELDS, findContact } from '../organisation/contacts.server';
import { CONTACT_FORM } from '../organisation/forms';
import { requireOrganisationAdmin } from '../organisation/organisation.server';

export const meta = titled('contact.edit.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { scope, organisation } = await requireOrganisationAdmin(request, context);
  const contact = await findContact(scope, params.id ?? '');
  return {
    themes: organisation.themes,
    contact: {
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone ?? '',
      language: contact.language,
      themeIds: contact.themes.map((theme) => theme.id).join(','),
    },
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  const id = params.id ?? '';
  const before = await findContact(scope, id);
  const form = parseForm(await request.formData(), CONTACT_FIELDS, i18nFor(scope.language));
  if (!form.ok) return rejected(CONTACT_FORM, form.errors, form.values);
  const { updateContactPerson } = await scope.api(UpdateContactPersonMutation, {
    input: { ...form.data, id },
  });
  if (updateContactPerson.errors.length > 0)
    return rejected(CONTACT_FORM, updateContactPerson.errors, form.values);
  const emailChanged = before.email.toLowerCase() !== form.data.email.toLowerCase();
  return flashRedirect(context, '/organisation/contacts', {
    notice: emailChanged ? 'contact.updatedEmail' : 'contact.updated',
  });
}

export default function EditContactPage() {
  const { themes, contact } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="contact-form-title">
      <p className="back-link">
        <Link to="/organisation/contacts">
          <span aria-hidden="true">←</span> {t('org.back')}
        </Link>
      </p>
      <h2 id="contact-form-title">{t('contact.edit.title')}</h2>
      <p>{t('contact.edit.intro')}</p>
      <ContactForm mode="edit" themes={themes} saved={contact} result={result} />
    </section>
  );
}
