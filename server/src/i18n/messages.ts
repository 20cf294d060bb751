// Localised texts of the server: user errors and mail subjects. Keys are stable codes; `{name}` is replaced.

import { administrationTexts } from '../modules/administration/administration.texts.js';
import { staffAdminTexts } from '../modules/administration/staff-admin.texts.js';
import { chatTexts } from '../modules/chat/chat.texts.js';
import { knowledgeBaseTexts } from '../modules/knowledge-base/knowledge-base.texts.js';
import { inboundMailTexts } from '../modules/mail-intake/inbound-mail.texts.js';
import { messageTexts } from '../modules/messages/message.texts.js';
import { privacyTexts } from '../modules/privacy/privacy.texts.js';
import { ticketSettingsTexts } from '../modules/ticket-settings/ticket-settings.texts.js';
import { ticketTexts } from '../modules/tickets/ticket.texts.js';
import { webhookTexts } from '../modules/webhooks/webhook.texts.js';
import type { Language } from './language.js';

type Texts = Record<string, { nl: string; en: string }>;

const sharedErrorTexts = {
  REQUIRED: { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  TOO_LONG: { nl: 'Gebruik hoogstens {max} tekens.', en: 'Use at most {max} characters.' },
  INVALID_EMAIL: {
    nl: 'Geef een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
    en: 'Enter a valid email address, for example name@example.com.',
  },
  INVALID_URL: {
    nl: 'Geef een volledig webadres in dat begint met https:// of http://.',
    en: 'Enter a full web address starting with https:// or http://.',
  },
  INVALID_PHONE: {
    nl: 'Geef een Belgisch, Nederlands of internationaal telefoonnummer in, bijvoorbeeld +32 2 553 35 00.',
    en: 'Enter a Belgian, Dutch or international phone number, for example +32 2 553 35 00.',
  },
  INVALID_CHARACTERS: {
    nl: 'Deze tekst bevat onzichtbare stuurtekens die niet toegelaten zijn. Typ de tekst opnieuw of plak hem als platte tekst.',
    en: 'This text contains invisible control characters that are not allowed. Type the text again or paste it as plain text.',
  },
  INVALID_CURSOR: {
    nl: 'Deze paginalink is ongeldig. Begin opnieuw bij de eerste pagina.',
    en: 'This page link is not valid. Start again from the first page.',
  },
  INVALID_PAGE_SIZE: {
    nl: 'Vraag 1 tot {max} rijen per pagina.',
    en: 'Ask for 1 to {max} rows a page.',
  },
  INVALID_DAY: {
    nl: 'Geef een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-05.',
    en: 'Enter an existing date as YYYY-MM-DD, for example 2026-03-05.',
  },
  INVALID_LANGUAGE: { nl: 'Kies Nederlands of Engels.', en: 'Choose Dutch or English.' },
  PASSWORD_TOO_SHORT: {
    nl: 'Het wachtwoord moet minstens {min} tekens lang zijn.',
    en: 'The password must be at least {min} characters long.',
  },
  PASSWORD_TOO_LONG: {
    nl: 'Het wachtwoord mag hoogstens {max} tekens lang zijn.',
    en: 'The password may be at most {max} characters long.',
  },
  PASSWORD_NEEDS_UPPERCASE: {
    nl: 'Het wachtwoord moet minstens één hoofdletter bevatten.',
    en: 'The password must contain at least one upper-case letter.',
  },
  PASSWORD_NEEDS_LOWERCASE: {
    nl: 'Het wachtwoord moet minstens één kleine letter bevatten.',
    en: 'The password must contain at least one lower-case letter.',
  },
  PASSWORD_NEEDS_DIGIT_OR_SYMBOL: {
    nl: 'Het wachtwoord moet minstens één cijfer of symbool bevatten.',
    en: 'The password must contain at least one digit or symbol.',
  },
  WRONG_PASSWORD: { nl: 'Het huidige wachtwoord klopt niet.', en: 'The current password is not correct.' },
  INVALID_CREDENTIALS: {
    nl: 'Het e-mailadres of het wachtwoord klopt niet.',
    en: 'The email address or the password is not correct.',
  },
  PASSWORD_LOGIN_DISABLED: {
    nl: 'Aanmelden met een wachtwoord kan hier niet. Meld u aan met de knop hierboven.',
    en: 'Logging in with a password is not possible here. Log in with the button above.',
  },
  SSO_FAILED: {
    nl: 'De aanmelding kon niet worden bevestigd. Probeer opnieuw aan te melden.',
    en: 'The sign-in could not be confirmed. Please try to log in again.',
  },
  SSO_UNAVAILABLE: {
    nl: 'De aanmeldingsdienst is nu niet bereikbaar. Probeer het later opnieuw.',
    en: 'The sign-in service cannot be reached right now. Please try again later.',
  },
  SSO_UNKNOWN_USER: {
    nl: 'U hebt nog geen toegang tot het e-loket. Vraag de beheerder van uw organisatie om u uit te nodigen.',
    en: "You do not have access to the e-loket yet. Ask your organisation's administrator to invite you.",
  },
  SSO_ACCOUNT_DISABLED: {
    nl: 'Uw account in het e-loket is uitgeschakeld. Neem contact op met de beheerder van uw organisatie.',
    en: "Your e-loket account is disabled. Contact your organisation's administrator.",
  },
  TOO_MANY_ATTEMPTS: {
    nl: 'Te veel mislukte pogingen. Probeer het over {minutes} minuten opnieuw.',
    en: 'Too many failed attempts. Try again in {minutes} minutes.',
  },
  RATE_LIMITED: {
    nl: 'U deed dit te vaak na elkaar. Probeer het over {minutes} minuten opnieuw.',
    en: 'You did this too often in a short time. Try again in {minutes} minutes.',
  },
  TOKEN_INVALID: {
    nl: 'Deze link is ongeldig. Vraag een nieuwe link aan.',
    en: 'This link is not valid. Ask for a new link.',
  },
  TOKEN_EXPIRED: {
    nl: 'Deze link is verlopen. Vraag een nieuwe link aan.',
    en: 'This link has expired. Ask for a new link.',
  },
  TOKEN_USED: {
    nl: 'Deze link werd al gebruikt. Vraag een nieuwe link aan als dat nodig is.',
    en: 'This link has already been used. Ask for a new link if you need one.',
  },
  EMAIL_TAKEN: {
    nl: 'Er bestaat al een account met dit e-mailadres.',
    en: 'An account with this email address already exists.',
  },
  INVALID_ROLE: { nl: 'Kies een geldige rol.', en: 'Choose a valid role.' },
  OWN_ROLES: {
    nl: 'U kunt uw eigen rol niet wijzigen.',
    en: 'You cannot change your own role.',
  },
  OWN_ACCOUNT: {
    nl: 'U kunt uw eigen account niet deactiveren.',
    en: 'You cannot deactivate your own account.',
  },
  LAST_ADMIN: {
    nl: 'Uw organisatie moet minstens één actieve beheerder houden.',
    en: 'Your organisation must keep at least one active administrator.',
  },
  USER_NOT_ACTIVE: {
    nl: 'Deze gebruiker is gedeactiveerd. Activeer de gebruiker eerst opnieuw.',
    en: 'This user is deactivated. Reactivate the user first.',
  },
  EXTERNAL_NUMBER_TAKEN: {
    nl: 'Een andere organisatie heeft dit nummer al.',
    en: 'Another organisation already has this number.',
  },
  THEMES_REQUIRED: { nl: 'Kies minstens één thema.', en: 'Choose at least one theme.' },
  THEME_NOT_OF_ORGANISATION: {
    nl: 'Kies enkel thema’s waarmee uw organisatie werkt.',
    en: 'Choose only themes your organisation works with.',
  },
  CONTACT_EMAIL_TAKEN: {
    nl: 'Er bestaat al een contactpersoon met dit e-mailadres voor uw organisatie. Pas die contactpersoon aan.',
    en: 'Your organisation already has a contact person with this email address. Edit that contact person instead.',
  },
  CONTACT_EMAIL_DUPLICATE: {
    nl: 'Dit e-mailadres staat meer dan eens in de lijst.',
    en: 'This email address appears more than once in the list.',
  },
  CONTACT_ALREADY_CONFIRMED: {
    nl: 'Deze contactpersoon heeft al bevestigd.',
    en: 'This contact person has already confirmed.',
  },
  CONFIRMATION_RESEND_TOO_SOON: {
    nl: 'Er werd net een bevestigingsmail verstuurd. U kunt er over {minutes} minuten opnieuw een sturen.',
    en: 'A confirmation mail was sent a moment ago. You can send another one in {minutes} minutes.',
  },
} satisfies Texts;

/**
 * Every error code with its texts; each feature keeps the texts of its own codes beside it. A code is
 * `ErrorTextCode`: a field error or domain error with a code that has no text here does not compile.
 */
export const errorMessages = {
  ...sharedErrorTexts,
  ...messageTexts,
  ...ticketTexts,
  ...inboundMailTexts,
  ...webhookTexts,
  ...privacyTexts,
  ...chatTexts,
  ...administrationTexts,
  ...staffAdminTexts,
  ...knowledgeBaseTexts,
  ...ticketSettingsTexts,
} satisfies Texts;
export type ErrorTextCode = keyof typeof errorMessages;

/** Whether a code from outside the type system (e.g. an error's extensions) names an error text. */
export function isErrorTextCode(code: unknown): code is ErrorTextCode {
  return typeof code === 'string' && Object.hasOwn(errorMessages, code);
}

/** Localised texts that are not errors: answers, tasks. Same `{name}` placeholders. */
const infoMessages: Texts = {
  CONTACT_CONFIRMATION_CONFIRMED: {
    nl: 'Bedankt! U bent nu bevestigd als contactpersoon van {organisation} voor {themes}. U ontvangt voortaan e-mails over nieuwe berichten voor deze thema’s.',
    en: 'Thank you! You are now confirmed as a contact person of {organisation} for {themes}. From now on you will receive mails about new messages on these themes.',
  },
  CONTACT_CONFIRMATION_ALREADY_CONFIRMED: {
    nl: 'U bent al bevestigd als contactpersoon van {organisation} voor {themes}. U hoeft niets meer te doen.',
    en: 'You are already confirmed as a contact person of {organisation} for {themes}. There is nothing left to do.',
  },
  CONTACT_CONFIRMATION_EXPIRED: {
    nl: 'Deze bevestigingslink is verlopen. Vraag de beheerder van {organisation} om u een nieuwe bevestigingsmail te sturen.',
    en: 'This confirmation link has expired. Ask the administrator of {organisation} to send you a new confirmation mail.',
  },
  CONTACT_CONFIRMATION_USED: {
    nl: 'Deze bevestigingslink werd al gebruikt, maar uw gegevens moeten opnieuw bevestigd worden. Vraag de beheerder van {organisation} om u een nieuwe bevestigingsmail te sturen.',
    en: 'This confirmation link has already been used, but your details need to be confirmed again. Ask the administrator of {organisation} to send you a new confirmation mail.',
  },
  CONTACT_CONFIRMATION_INVALID: {
    nl: 'Deze bevestigingslink is ongeldig of niet meer in gebruik. Open de link uit de meest recente bevestigingsmail, of vraag de beheerder van uw organisatie om een nieuwe bevestigingsmail.',
    en: 'This confirmation link is not valid or no longer in use. Open the link in the most recent confirmation mail, or ask the administrator of your organisation for a new confirmation mail.',
  },
  TASK_CONTACT_PERSON_MISSING: {
    nl: 'Geef een contactpersoon op voor het thema {theme}.',
    en: 'Add a contact person for the theme {theme}.',
  },
  TASK_CONTACT_PERSON_UNREACHABLE: {
    nl: 'E-mailadres van {contact} onbestelbaar ({email}): {reason} (sinds {date}). Pas het adres aan of geef een andere contactpersoon op.',
    en: 'Email address of {contact} undeliverable ({email}): {reason} (since {date}). Correct the address or add another contact person.',
  },
  TASK_CONTACT_PERSON_AWAITING_CONFIRMATION: {
    nl: 'De contactpersoon voor het thema {theme} heeft nog niet bevestigd. Stuur de bevestigingsmail opnieuw of geef een andere contactpersoon op.',
    en: 'The contact person for the theme {theme} has not confirmed yet. Resend the confirmation mail or add another contact person.',
  },
};

function interpolate(text: string, params: Record<string, string | number> | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** The localised message for an error code (the code itself when unknown, so nothing is ever blank). */
export function errorMessage(
  lang: Language,
  code: ErrorTextCode,
  params?: Record<string, string | number>,
): string {
  return interpolate(errorMessages[code][lang], params);
}

/** The localised text for an info code (the code itself when unknown). */
export function infoMessage(lang: Language, code: string, params?: Record<string, string | number>): string {
  const entry = infoMessages[code];
  return entry ? interpolate(entry[lang], params) : code;
}
