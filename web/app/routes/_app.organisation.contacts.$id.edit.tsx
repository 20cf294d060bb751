// /organisation/contacts/:id/edit › Contactpersoon bewerken (ADMIN): the same form, prefilled. Saved:
// back to the list; a new email address makes the contact 'Nog niet bevestigd' again (the notice says so).
import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { failure } from '../forms/form-data.server';
import { UpdateContactPersonMutation } from '../graphql/organisation.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { ContactForm } from '../organisation/contact-form';
import { findContact, readContactForm } from '../organisation/contacts.server';
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
  const { input, values } = readContactForm(await request.formData());
  const { updateContactPerson } = await scope.api(UpdateContactPersonMutation, { input: { ...input, id } });
  if (updateContactPerson.errors.length > 0) return failure(CONTACT_FORM, updateContactPerson.errors, values);
  const emailChanged = before.email.toLowerCase() !== input.email.trim().toLowerCase();
  return redirect(`/organisation/contacts?notice=${emailChanged ? 'updatedEmail' : 'updated'}`);
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
