// /organisation/contacts/:id/remove › the confirm step before removing a contact person (ADMIN): who,
// that they are mailed, and which themes would be left without a confirmed contact. A page of its own,
// so it works the same with and without JavaScript.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, useNavigation } from '@remix-run/react';
import { EmailAddress } from '../components/email-address';
import { Notice } from '../components/notice';
import { flashRedirect } from '../flash.server';
import { RemoveContactPersonMutation } from '../graphql/organisation.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { ContactStatus } from '../organisation/contact-status';
import { findContact, otherConfirmedContact } from '../organisation/contacts.server';
import { contactName } from '../organisation/contacts-table';
import { requireOrganisationAdmin } from '../organisation/organisation.server';

export const meta = titled('contact.remove.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  const contact = await findContact(scope, params.id ?? '');
  const orphaned: string[] = [];
  if (contact.status === 'CONFIRMED') {
    // One after the other: few themes per contact, and the API is asked once per theme.
    for (const theme of contact.themes)
      if (!(await otherConfirmedContact(scope, theme.id, contact.id))) orphaned.push(theme.name);
  }
  return { contact, orphaned };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  await scope.api(RemoveContactPersonMutation, { id: params.id ?? '' });
  return flashRedirect(context, '/organisation/contacts', { notice: 'contact.removed' });
}

export default function RemoveContactPage() {
  const { contact, orphaned } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const busy = useNavigation().state === 'submitting';
  const name = contactName(contact);
  return (
    <section aria-labelledby="contact-remove-title">
      <p className="back-link">
        <Link to="/organisation/contacts">
          <span aria-hidden="true">←</span> {t('org.back')}
        </Link>
      </p>
      <h2 id="contact-remove-title">{t('contact.remove.title')}</h2>
      <div className="panel confirm-panel">
        <p className="confirm-question">{t('contact.remove.question', { name })}</p>
        <dl className="details-list details-compact">
          <div className="details-row">
            <dt>{t('contacts.email')}</dt>
            <dd>
              <EmailAddress address={contact.email} />
            </dd>
          </div>
          <div className="details-row">
            <dt>{t('contacts.themes')}</dt>
            <dd>{contact.themes.map((theme) => theme.name).join(', ')}</dd>
          </div>
          <div className="details-row">
            <dt>{t('contacts.status')}</dt>
            <dd>
              <ContactStatus status={contact.status} />
            </dd>
          </div>
        </dl>
        <p>{t('contact.remove.mail', { name, email: contact.email })}</p>
        {orphaned.length > 0 ? (
          <Notice kind="warning" live={false}>
            <p>{t('contact.remove.lastFor', { themes: orphaned.join(', ') })}</p>
          </Notice>
        ) : null}
        <Form method="post" className="form-actions">
          <button type="submit" className="button button-danger-solid" disabled={busy}>
            {t('contact.remove.submit')}
          </button>
          <Link to="/organisation/contacts">{t('org.cancel')}</Link>
        </Form>
      </div>
    </section>
  );
}
