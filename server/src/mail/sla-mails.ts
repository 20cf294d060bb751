// Mails of the service-level timers: the warning to staff that a ticket's target is at risk or breached,
// and the notice to the customer that a ticket was resolved automatically (why, and how to reopen it).
import type { Language } from '../i18n/language.js';
import { type RenderedMail, renderMail } from './render.js';

interface Common {
  firstName: string | null;
  number: string;
  subject: string;
  url: string;
}

const greeting = (lang: Language, firstName: string | null) =>
  lang === 'en'
    ? firstName
      ? `Dear ${firstName},`
      : 'Hello,'
    : firstName
      ? `Beste ${firstName},`
      : 'Beste,';

const TARGETS = {
  REACTION: { nl: 'reactietermijn', en: 'reaction target' },
  RESOLUTION: { nl: 'oplostermijn', en: 'resolution target' },
} as const;

export function slaWarningMail(
  lang: Language,
  p: Common & { target: 'REACTION' | 'RESOLUTION'; level: 'AT_RISK' | 'BREACHED'; dueAt: string },
): RenderedMail {
  const target = TARGETS[p.target][lang];
  if (lang === 'en')
    return renderMail(lang, {
      subject:
        p.level === 'BREACHED'
          ? `Ticket ${p.number}: ${target} breached`
          : `Ticket ${p.number}: ${target} at risk`,
      greeting: greeting(lang, p.firstName),
      paragraphs: [
        p.level === 'BREACHED'
          ? `The ${target} of ticket ${p.number} “${p.subject}” has passed (due ${p.dueAt}).`
          : `The ${target} of ticket ${p.number} “${p.subject}” is almost used up: due ${p.dueAt}.`,
      ],
      action: { label: 'Open the ticket', url: p.url },
      footer: 'You receive this mail as the assignee of the ticket, or as an agent when nobody is assigned.',
    });
  return renderMail(lang, {
    subject:
      p.level === 'BREACHED'
        ? `Ticket ${p.number}: ${target} overschreden`
        : `Ticket ${p.number}: ${target} in gevaar`,
    greeting: greeting(lang, p.firstName),
    paragraphs: [
      p.level === 'BREACHED'
        ? `De ${target} van ticket ${p.number} “${p.subject}” is verstreken (tot ${p.dueAt}).`
        : `De ${target} van ticket ${p.number} “${p.subject}” is bijna op: tot ${p.dueAt}.`,
    ],
    action: { label: 'Ticket openen', url: p.url },
    footer:
      'U ontvangt deze e-mail als behandelaar van het ticket, of als medewerker wanneer niemand het behandelt.',
  });
}

export type AutoResolveReason = 'POSTPONED' | 'ANSWERED';

export function ticketAutoResolvedMail(
  lang: Language,
  p: Common & { reason: AutoResolveReason; days: number; postponedUntil: string | null },
): RenderedMail {
  if (lang === 'en')
    return renderMail(lang, {
      subject: `Ticket ${p.number} was closed as resolved: ${p.subject}`,
      greeting: greeting(lang, p.firstName),
      paragraphs: [
        p.reason === 'POSTPONED'
          ? `Ticket ${p.number} “${p.subject}” was postponed until ${p.postponedUntil}. That date has passed without a reply from you, so we marked it as resolved.`
          : `The helpdesk answered ticket ${p.number} “${p.subject}” and has had no reply from you for ${p.days} days, so we marked it as resolved.`,
        'Still need help? Reply on the ticket and it opens again.',
      ],
      action: { label: 'View the ticket', url: p.url },
      footer:
        "You receive this mail because you take part in this ticket. No more mails? Choose 'Don't notify me' on the ticket.",
    });
  return renderMail(lang, {
    subject: `Ticket ${p.number} is als opgelost gemarkeerd: ${p.subject}`,
    greeting: greeting(lang, p.firstName),
    paragraphs: [
      p.reason === 'POSTPONED'
        ? `Ticket ${p.number} “${p.subject}” was uitgesteld tot ${p.postponedUntil}. Die datum is voorbij zonder reactie van u, daarom hebben we het als opgelost gemarkeerd.`
        : `De helpdesk heeft ticket ${p.number} “${p.subject}” beantwoord en al ${p.days} dagen geen reactie van u gekregen, daarom hebben we het als opgelost gemarkeerd.`,
      'Hebt u nog hulp nodig? Reageer op het ticket, dan gaat het opnieuw open.',
    ],
    action: { label: 'Ticket bekijken', url: p.url },
    footer:
      "U ontvangt deze e-mail omdat u betrokken bent bij dit ticket. Wilt u geen meldingen meer? Kies 'Geen meldingen meer' op het ticket.",
  });
}

export function unreadMessageReminderMail(
  lang: Language,
  p: {
    firstName: string;
    title: string;
    referenceNumber: string;
    themeName: string;
    round: number;
    url: string;
  },
): RenderedMail {
  if (lang === 'en')
    return renderMail(lang, {
      subject: `${p.round === 2 ? 'Second reminder' : 'Reminder'}: unread message in the e-loket (${p.referenceNumber})`,
      greeting: `Dear ${p.firstName},`,
      paragraphs: [
        `The department sent your organisation a message on the theme ${p.themeName}: “${p.title}” (reference ${p.referenceNumber}). Nobody of your organisation has opened it yet.`,
        'Log in to the e-loket to read it.',
      ],
      action: { label: 'Read the message', url: p.url },
      footer: 'You receive this mail because you are a contact person for this theme.',
    });
  return renderMail(lang, {
    subject: `${p.round === 2 ? 'Tweede herinnering' : 'Herinnering'}: ongelezen bericht in het e-loket (${p.referenceNumber})`,
    greeting: `Beste ${p.firstName},`,
    paragraphs: [
      `Het departement heeft uw organisatie een bericht gestuurd over het thema ${p.themeName}: “${p.title}” (referentienummer ${p.referenceNumber}). Niemand van uw organisatie heeft het al geopend.`,
      'Meld u aan in het e-loket om het te lezen.',
    ],
    action: { label: 'Bericht lezen', url: p.url },
    footer: 'U ontvangt deze e-mail omdat u contactpersoon bent voor dit thema.',
  });
}
