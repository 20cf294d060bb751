// Mails to an organisation's contact persons: the confirmation link, the fields that changed, the notice
// to an address that is no longer used, and the removal. In the contact's language; every value the
// users typed is plain text (renderMail escapes it in the HTML version).
import type { Language } from '../i18n/language.js';
import { type RenderedMail, renderMail } from './render.js';

/** The fields of a contact person whose changes are mailed (and audited). */
type ContactField = 'firstName' | 'lastName' | 'email' | 'phone' | 'language' | 'themes';

/** One changed field; values as text in the recipient's language (theme names already localised). */
export interface ContactFieldChange {
  field: string;
  old: string | null;
  new: string | null;
}

const fieldLabels: Record<Language, Record<ContactField, string>> = {
  nl: {
    firstName: 'Voornaam',
    lastName: 'Familienaam',
    email: 'E-mailadres',
    phone: 'Telefoonnummer',
    language: 'Taal',
    themes: 'Thema’s',
  },
  en: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email address',
    phone: 'Phone number',
    language: 'Language',
    themes: 'Themes',
  },
};

const languageNames: Record<Language, Record<string, string>> = {
  nl: { nl: 'Nederlands', en: 'Engels' },
  en: { nl: 'Dutch', en: 'English' },
};

const empty: Record<Language, string> = { nl: '(leeg)', en: '(empty)' };

/** 'A', 'A en B', 'A, B en C' (and 'and' in English). */
export function joinNames(lang: Language, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const and = lang === 'en' ? 'and' : 'en';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** 'het thema Subsidies' / 'de thema’s Subsidies en Kwaliteit' (or the English equivalent). */
function themePhrase(lang: Language, names: readonly string[]): string {
  const joined = joinNames(lang, names);
  if (lang === 'en') return names.length === 1 ? `the theme ${joined}` : `the themes ${joined}`;
  return names.length === 1 ? `het thema ${joined}` : `de thema’s ${joined}`;
}

/** The localised label of a contact field (the field name itself when unknown). */
function contactFieldLabel(lang: Language, field: string): string {
  return (fieldLabels[lang] as Record<string, string>)[field] ?? field;
}

/** One line of the changed-fields list, e.g. 'Telefoonnummer: (leeg) → +3250123456'. */
function changeLine(lang: Language, change: ContactFieldChange): string {
  const show = (value: string | null) =>
    value === null || value === ''
      ? empty[lang]
      : change.field === 'language'
        ? (languageNames[lang][value] ?? value)
        : value;
  return `${contactFieldLabel(lang, change.field)}: ${show(change.old)} → ${show(change.new)}`;
}

export type ConfirmationReason = 'added' | 'email-changed' | 'resent';

export function contactConfirmationMail(
  lang: Language,
  p: {
    firstName: string;
    organisationName: string;
    themeNames: string[];
    /** Who added the contact (for 'added'); null when unknown. */
    addedBy: string | null;
    reason: ConfirmationReason;
    url: string;
    validDays: number;
    /** The department's name as configured (DEPARTMENT_NAME), the same in both languages. */
    departmentName: string;
  },
): RenderedMail {
  const themes = themePhrase(lang, p.themeNames);
  if (lang === 'en') {
    const intro =
      p.reason === 'email-changed'
        ? `Your email address as a contact person of ${p.organisationName} for ${themes} was changed to this address.`
        : p.reason === 'resent'
          ? `You were given as a contact person of ${p.organisationName} for ${themes}. Here is a new link to confirm this.`
          : `${p.addedBy ?? 'Someone'} gave you as a contact person of ${p.organisationName} for ${themes} in the e-loket of ${p.departmentName}.`;
    return renderMail(lang, {
      subject: `Please confirm that you are a contact person of ${p.organisationName}`,
      greeting: `Dear ${p.firstName},`,
      paragraphs: [
        intro,
        `Please confirm your details with the link below. Only then will you receive mails about new messages on these themes. The link works once and for ${p.validDays} days.`,
      ],
      action: { label: 'Confirm', url: p.url },
      footer: `Are you not the right person? Then you can ignore this mail; please let the administrator of ${p.organisationName} know.`,
    });
  }
  const intro =
    p.reason === 'email-changed'
      ? `Uw e-mailadres als contactpersoon van ${p.organisationName} voor ${themes} werd gewijzigd naar dit adres.`
      : p.reason === 'resent'
        ? `U werd opgegeven als contactpersoon van ${p.organisationName} voor ${themes}. Hierbij ontvangt u een nieuwe link om dat te bevestigen.`
        : `${p.addedBy ?? 'Iemand'} heeft u opgegeven als contactpersoon van ${p.organisationName} voor ${themes} in het e-loket van ${p.departmentName}.`;
  return renderMail(lang, {
    subject: `Bevestig dat u contactpersoon bent van ${p.organisationName}`,
    greeting: `Beste ${p.firstName},`,
    paragraphs: [
      intro,
      `Bevestig uw gegevens met de link hieronder. Pas daarna ontvangt u e-mails over nieuwe berichten voor deze thema’s. De link werkt één keer en blijft ${p.validDays} dagen geldig.`,
    ],
    action: { label: 'Ik bevestig', url: p.url },
    footer: `Bent u niet de juiste persoon? Dan mag u deze e-mail negeren; laat het wel weten aan de beheerder van ${p.organisationName}.`,
  });
}

export function contactChangedMail(
  lang: Language,
  p: { firstName: string; organisationName: string; changes: ContactFieldChange[] },
): RenderedMail {
  const list = p.changes.map((c) => changeLine(lang, c));
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Your details as a contact person of ${p.organisationName} were changed`,
        greeting: `Dear ${p.firstName},`,
        paragraphs: [`These details of yours as a contact person of ${p.organisationName} were changed:`],
        list,
        footer: `Is something not right? Please contact the administrator of ${p.organisationName}.`,
      })
    : renderMail(lang, {
        subject: `Uw gegevens als contactpersoon van ${p.organisationName} werden gewijzigd`,
        greeting: `Beste ${p.firstName},`,
        paragraphs: [`Deze gegevens van u als contactpersoon van ${p.organisationName} werden gewijzigd:`],
        list,
        footer: `Klopt er iets niet? Neem dan contact op met de beheerder van ${p.organisationName}.`,
      });
}

export function contactEmailChangedNoticeMail(
  lang: Language,
  p: { firstName: string; organisationName: string; newEmail: string; changes: ContactFieldChange[] },
): RenderedMail {
  const list = p.changes.map((c) => changeLine(lang, c));
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Your email address as a contact person of ${p.organisationName} was changed`,
        greeting: `Dear ${p.firstName},`,
        paragraphs: [
          `The email address at which you receive mails as a contact person of ${p.organisationName} was changed to ${p.newEmail}. This address will no longer receive them. A confirmation link was sent to the new address.`,
          'These details were changed:',
        ],
        list,
        footer: `Did you not expect this change? Please contact the administrator of ${p.organisationName}.`,
      })
    : renderMail(lang, {
        subject: `Uw e-mailadres als contactpersoon van ${p.organisationName} werd gewijzigd`,
        greeting: `Beste ${p.firstName},`,
        paragraphs: [
          `Het e-mailadres waarop u als contactpersoon van ${p.organisationName} e-mails ontvangt, werd gewijzigd naar ${p.newEmail}. Op dit adres ontvangt u ze niet langer. Naar het nieuwe adres werd een bevestigingslink gestuurd.`,
          'Deze gegevens werden gewijzigd:',
        ],
        list,
        footer: `Verwachtte u deze wijziging niet? Neem dan contact op met de beheerder van ${p.organisationName}.`,
      });
}

export function contactRemovedMail(
  lang: Language,
  p: { firstName: string; organisationName: string; themeNames: string[] },
): RenderedMail {
  const themes = themePhrase(lang, p.themeNames);
  return lang === 'en'
    ? renderMail(lang, {
        subject: `You are no longer a contact person of ${p.organisationName}`,
        greeting: `Dear ${p.firstName},`,
        paragraphs: [
          `You were removed as a contact person of ${p.organisationName} for ${themes}. You will no longer receive mails about messages on ${p.themeNames.length === 1 ? 'this theme' : 'these themes'}.`,
        ],
        footer: `Is this a mistake? Please contact the administrator of ${p.organisationName}.`,
      })
    : renderMail(lang, {
        subject: `U bent geen contactpersoon meer van ${p.organisationName}`,
        greeting: `Beste ${p.firstName},`,
        paragraphs: [
          `U werd verwijderd als contactpersoon van ${p.organisationName} voor ${themes}. U ontvangt geen e-mails meer over berichten voor ${p.themeNames.length === 1 ? 'dit thema' : 'deze thema’s'}.`,
        ],
        footer: `Is dit een vergissing? Neem dan contact op met de beheerder van ${p.organisationName}.`,
      });
}
