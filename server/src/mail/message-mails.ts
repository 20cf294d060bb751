// Notifications of the Berichtenmodule: a new message for an organisation's contacts (with a deep link),
// and a message from an organisation for the department team or handler it was addressed to. The mail
// names the message but does not carry its text: the e-loket is where it is read, after logging in.
import type { Language } from '../i18n/language.js';
import { type RenderedMail, renderMail } from './render.js';

export function newMessageForContactMail(
  lang: Language,
  p: {
    firstName: string;
    organisationName: string;
    themeName: string;
    title: string;
    referenceNumber: string;
    url: string;
  },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: `New message in the e-loket: ${p.title} (${p.referenceNumber})`,
        greeting: `Dear ${p.firstName},`,
        paragraphs: [
          `The department has sent ${p.organisationName} a message on the theme ${p.themeName}: “${p.title}” (reference ${p.referenceNumber}).`,
          'You receive this mail because you are a contact person for this message. Log in to the e-loket to read it and to reply.',
        ],
        action: { label: 'Read the message', url: p.url },
        footer:
          'Are you no longer the right person? Ask your organisation’s administrator to change the contact persons.',
      })
    : renderMail(lang, {
        subject: `Nieuw bericht in het e-loket: ${p.title} (${p.referenceNumber})`,
        greeting: `Beste ${p.firstName},`,
        paragraphs: [
          `Het departement heeft ${p.organisationName} een bericht gestuurd over het thema ${p.themeName}: “${p.title}” (referentienummer ${p.referenceNumber}).`,
          'U ontvangt deze e-mail omdat u contactpersoon bent voor dit bericht. Meld u aan in het e-loket om het te lezen en te beantwoorden.',
        ],
        action: { label: 'Bericht lezen', url: p.url },
        footer:
          'Bent u niet meer de juiste persoon? Vraag de beheerder van uw organisatie om de contactpersonen aan te passen.',
      });
}

export function messageForDepartmentMail(
  lang: Language,
  p: {
    recipientName: string;
    organisationName: string;
    themeName: string;
    title: string;
    referenceNumber: string;
    url: string;
  },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Message from ${p.organisationName}: ${p.title} (${p.referenceNumber})`,
        greeting: `Dear ${p.recipientName},`,
        paragraphs: [
          `${p.organisationName} has sent a message on the theme ${p.themeName}: “${p.title}” (reference ${p.referenceNumber}).`,
        ],
        action: { label: 'Open the thread', url: p.url },
        footer: 'You receive this mail because the message was addressed to you or your team.',
      })
    : renderMail(lang, {
        subject: `Bericht van ${p.organisationName}: ${p.title} (${p.referenceNumber})`,
        greeting: `Beste ${p.recipientName},`,
        paragraphs: [
          `${p.organisationName} heeft een bericht gestuurd over het thema ${p.themeName}: “${p.title}” (referentienummer ${p.referenceNumber}).`,
        ],
        action: { label: 'Berichthistoriek openen', url: p.url },
        footer: 'U ontvangt deze e-mail omdat het bericht aan u of uw team gericht is.',
      });
}
