// Contact persons on the server side of the pages: reading the contact form, finding one contact, and the
// list page's actions.
import { data } from '@remix-run/node';
import { failure, success, text } from '../forms/form-data.server';
import type { ContactPersonFieldsFragment, Language } from '../graphql/generated/graphql';
import {
  ContactPersonQuery,
  ContactPersonsQuery,
  ResendContactConfirmationMutation,
} from '../graphql/organisation.server';
import { isLanguage } from '../i18n/language';
import { i18nFor } from '../i18n/messages.server';
import type { RequestScope } from '../session.server';
import { RESEND_FORM } from './forms';

export type Contact = ContactPersonFieldsFragment;

export interface ContactInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  language: Language;
  themeIds: string[];
}

/** The submitted contact form: the API input, and the values to show again (themes joined by commas). */
export function readContactForm(form: FormData): { input: ContactInput; values: Record<string, string> } {
  const language = text(form, 'language');
  const themeIds = form.getAll('themeIds').filter((v): v is string => typeof v === 'string' && v !== '');
  const values = {
    firstName: text(form, 'firstName'),
    lastName: text(form, 'lastName'),
    email: text(form, 'email'),
    phone: text(form, 'phone'),
    language: isLanguage(language) ? language : 'nl',
    themeIds: themeIds.join(','),
  };
  return {
    values,
    input: {
      firstName: values.firstName,
      lastName: values.lastName,
      email: values.email,
      phone: values.phone.trim() || null,
      language: isLanguage(language) ? language : 'nl',
      themeIds,
    },
  };
}

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
export async function contactsListAction(scope: RequestScope, form: FormData) {
  const { t } = i18nFor(scope.language);
  switch (text(form, 'intent')) {
    case 'resend': {
      const name = text(form, 'name');
      let answer: Awaited<ReturnType<typeof resend>>;
      try {
        answer = await resend(scope, text(form, 'id'));
      } catch (error) {
        // The contact was removed meanwhile (e.g. by another administrator).
        if (error instanceof Response && error.status === 404)
          return data(
            failure(RESEND_FORM, [{ field: null, code: 'NOT_FOUND', message: t('error.notFound.title') }], {
              name,
            }),
          );
        throw error;
      }
      if (answer.errors.length > 0 || !answer.contactPerson)
        return data(failure(RESEND_FORM, answer.errors, { name }));
      return data(success(RESEND_FORM, t('contacts.resent', { email: answer.contactPerson.email })));
    }
    default:
      throw new Response('Unknown form', { status: 400 });
  }
}

async function resend(scope: RequestScope, id: string) {
  const { resendContactConfirmation } = await scope.api(ResendContactConfirmationMutation, { id });
  return resendContactConfirmation;
}
