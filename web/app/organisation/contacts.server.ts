// Contact persons on the server side of the pages: reading the contact form, finding one contact, and the
// list page's actions.
import { accepted, fields, intentOf, parseForm, rejected } from '../forms/form.server';
import type { ContactPersonFieldsFragment } from '../graphql/generated/graphql';
import {
  ContactPersonQuery,
  ContactPersonsQuery,
  ResendContactConfirmationMutation,
} from '../graphql/organisation.server';
import { LANGUAGES } from '../i18n/language';
import { i18nFor } from '../i18n/messages.server';
import type { RequestScope } from '../session.server';
import { RESEND_FORM } from './forms';

export type Contact = ContactPersonFieldsFragment;

/** The contact form (add and edit); the themes are shown again joined by commas. */
export const CONTACT_FIELDS = {
  firstName: fields.text(),
  lastName: fields.text(),
  email: fields.text(),
  phone: fields.optional(),
  language: fields.choice(LANGUAGES),
  themeIds: fields.list(),
};

/** One contact of the viewer's organisation by id; the API's NOT_FOUND (also for a malformed id) is a 404. */
export async function findContact(scope: RequestScope, id: string): Promise<Contact> {
  return (await scope.api(ContactPersonQuery, { id })).contactPerson;
}

/** Whether another CONFIRMED contact covers the theme (for the warning before a removal). */
export async function otherConfirmedContact(scope: RequestScope, themeId: string, exceptId: string) {
  const { contactPersons } = await scope.api(ContactPersonsQuery, {
    filter: { themeId, status: 'CONFIRMED' },
    first: 2,
  });
  return contactPersons.edges.some((edge) => edge.node.id !== exceptId);
}

/** The contacts list page's form: 'Bevestigingsmail opnieuw sturen' (throttled by the API). */
export async function contactsListAction(scope: RequestScope, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const { t } = i18n;
  intentOf(formData, ['resend']);
  const form = parseForm(formData, { id: fields.required(), name: fields.text() }, i18n);
  if (!form.ok) return rejected(RESEND_FORM, form.errors, form.values);
  let answer: Awaited<ReturnType<typeof resend>>;
  try {
    answer = await resend(scope, form.data.id);
  } catch (error) {
    // The contact was removed meanwhile (e.g. by another administrator).
    if (error instanceof Response && error.status === 404)
      return rejected(
        RESEND_FORM,
        [{ field: null, code: 'NOT_FOUND', message: t('error.notFound.title') }],
        form.values,
      );
    throw error;
  }
  if (answer.errors.length > 0 || !answer.contactPerson)
    return rejected(RESEND_FORM, answer.errors, form.values);
  return accepted(RESEND_FORM, t('contacts.resent', { email: answer.contactPerson.email }));
}

async function resend(scope: RequestScope, id: string) {
  const { resendContactConfirmation } = await scope.api(ResendContactConfirmationMutation, { id });
  return resendContactConfirmation;
}
