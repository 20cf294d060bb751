// /organisation/contacts/new › Contactpersoon toevoegen (ADMIN, 'Voeg een nieuwe lijn toe'). ?theme=
// ticks that theme (from a task). Saved: back to the list with a notice; the contact is mailed a
// confirmation link.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { flashRedirect } from '../flash.server';
import { parseForm, rejected } from '../forms/form.server';
import { AddContactPersonMutation } from '../graphql/organisation.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { ContactForm } from '../organisation/contact-form';
import { CONTACT_FIELDS } from '../organisation/contacts.server';
import { CONTACT_FORM } from '../organisation/forms';
import { requireOrganisationAdmin } from '../organisation/organisation.server';

export const meta = titled('contact.add.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { organisation } = await requireOrganisationAdmin(request, context);
  const theme = new URL(request.url).searchParams.get('theme');
  return {
    themes: organisation.themes,
    themeIds: organisation.themes.some((t) => t.id === theme) ? (theme ?? '') : '',
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  const form = parseForm(await request.formData(), CONTACT_FIELDS, i18nFor(scope.language));
  if (!form.ok) return rejected(CONTACT_FORM, form.errors, form.values);
  const { addContactPerson } = await scope.api(AddContactPersonMutation, { input: form.data });
  if (addContactPerson.errors.length > 0) return rejected(CONTACT_FORM, addContactPerson.errors, form.values);
  return flashRedirect(context, '/organisation/contacts', { notice: 'contact.added' });
}

export default function AddContactPage() {
  const { themes, themeIds } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="contact-form-title">
      <p className="back-link">
        <Link to="/organisation/contacts">
          <span aria-hidden="true">←</span> {t('org.back')}
        </Link>
      </p>
      <h2 id="contact-form-title">{t('contact.add.title')}</h2>
      <p>{t('contact.add.intro')}</p>
      <ContactForm
        mode="add"
        themes={themes}
        saved={{ firstName: '', lastName: '', email: '', phone: '', language: 'nl', themeIds }}
        result={result}
      />
    </section>
  );
}
