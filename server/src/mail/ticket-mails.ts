// Mails of the tickets module: the confirmation of a new ticket, a new public reply, a status change and the
// solution ('002', '003'), each with the ticket number and a deep link. Replies are not quoted (the portal is
// where they are read); the solution is, because '003' mails it. Internal notes never reach a mail.
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

const footer: Record<Language, string> = {
  nl: "U ontvangt deze e-mail omdat u betrokken bent bij dit ticket. Wilt u geen meldingen meer? Kies 'Geen meldingen meer' op het ticket.",
  en: "You receive this mail because you take part in this ticket. No more mails? Choose 'Don't notify me' on the ticket.",
};

export function ticketConfirmationMail(
  lang: Language,
  p: Common & { queueReaction: string | null },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Ticket ${p.number} received: ${p.subject}`,
        greeting: greeting(lang, p.firstName),
        paragraphs: [
          `We received your ticket “${p.subject}”. Its number is ${p.number}.`,
          p.queueReaction
            ? `You may expect a reaction: ${p.queueReaction.toLowerCase()}.`
            : 'You will get a reaction as soon as possible.',
          'Please do not send privacy-sensitive data (such as national register numbers) in a ticket.',
        ],
        action: { label: 'Follow the ticket', url: p.url },
        footer: footer.en,
      })
    : renderMail(lang, {
        subject: `Ticket ${p.number} ontvangen: ${p.subject}`,
        greeting: greeting(lang, p.firstName),
        paragraphs: [
          `We hebben uw ticket “${p.subject}” ontvangen. Het ticketnummer is ${p.number}.`,
          p.queueReaction
            ? `U mag een reactie verwachten: ${p.queueReaction.toLowerCase()}.`
            : 'U krijgt zo snel mogelijk een reactie.',
          'Stuur geen privacygevoelige gegevens (zoals rijksregisternummers) in een ticket.',
        ],
        action: { label: 'Ticket opvolgen', url: p.url },
        footer: footer.nl,
      });
}

export function ticketReplyMail(lang: Language, p: Common & { authorName: string }): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: `New reply on ticket ${p.number}: ${p.subject}`,
        greeting: greeting(lang, p.firstName),
        paragraphs: [
          `${p.authorName} replied on ticket ${p.number} “${p.subject}”. Log in to read it and to answer.`,
        ],
        action: { label: 'Read the reply', url: p.url },
        footer: footer.en,
      })
    : renderMail(lang, {
        subject: `Nieuwe reactie op ticket ${p.number}: ${p.subject}`,
        greeting: greeting(lang, p.firstName),
        paragraphs: [
          `${p.authorName} heeft gereageerd op ticket ${p.number} “${p.subject}”. Meld u aan om de reactie te lezen en te beantwoorden.`,
        ],
        action: { label: 'Reactie lezen', url: p.url },
        footer: footer.nl,
      });
}

export function ticketStatusMail(lang: Language, p: Common & { statusLabel: string }): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Ticket ${p.number} is now “${p.statusLabel}”`,
        greeting: greeting(lang, p.firstName),
        paragraphs: [`The status of ticket ${p.number} “${p.subject}” is now “${p.statusLabel}”.`],
        action: { label: 'View the ticket', url: p.url },
        footer: footer.en,
      })
    : renderMail(lang, {
        subject: `Ticket ${p.number} heeft nu de status “${p.statusLabel}”`,
        greeting: greeting(lang, p.firstName),
        paragraphs: [`Ticket ${p.number} “${p.subject}” heeft nu de status “${p.statusLabel}”.`],
        action: { label: 'Ticket bekijken', url: p.url },
        footer: footer.nl,
      });
}

export function ticketSolutionMail(lang: Language, p: Common & { solution: string }): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Ticket ${p.number} is resolved: ${p.subject}`,
        greeting: greeting(lang, p.firstName),
        paragraphs: [
          `The helpdesk has resolved ticket ${p.number} “${p.subject}”. The solution:`,
          p.solution,
          'Not solved for you? Reply on the ticket and it opens again.',
        ],
        action: { label: 'View the ticket', url: p.url },
        footer: footer.en,
      })
    : renderMail(lang, {
        subject: `Ticket ${p.number} is opgelost: ${p.subject}`,
        greeting: greeting(lang, p.firstName),
        paragraphs: [
          `De helpdesk heeft ticket ${p.number} “${p.subject}” opgelost. De oplossing:`,
          p.solution,
          'Is het voor u niet opgelost? Reageer op het ticket, dan gaat het opnieuw open.',
        ],
        action: { label: 'Ticket bekijken', url: p.url },
        footer: footer.nl,
      });
}

export function ticketMergedMail(
  lang: Language,
  p: Common & { targetNumber: string; targetUrl: string },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Ticket ${p.number} was merged into ${p.targetNumber}`,
        greeting: greeting(lang, p.firstName),
        paragraphs: [
          `Ticket ${p.number} “${p.subject}” is about the same question as ticket ${p.targetNumber}. The helpdesk merged them: follow ${p.targetNumber} from now on.`,
        ],
        action: { label: `Open ${p.targetNumber}`, url: p.targetUrl },
        footer: footer.en,
      })
    : renderMail(lang, {
        subject: `Ticket ${p.number} is samengevoegd met ${p.targetNumber}`,
        greeting: greeting(lang, p.firstName),
        paragraphs: [
          `Ticket ${p.number} “${p.subject}” gaat over dezelfde vraag als ticket ${p.targetNumber}. De helpdesk heeft ze samengevoegd: volg voortaan ${p.targetNumber}.`,
        ],
        action: { label: `${p.targetNumber} openen`, url: p.targetUrl },
        footer: footer.nl,
      });
}
