// Mails about a user's own account: invitation, password reset, changed email address. Where an address
// already has (or has no) account, the mail to that address says so, and the person who asked sees the
// same answer either way (decision 0010).
import type { Language } from '../i18n/language.js';
import { type RenderedMail, renderMail } from './render.js';

export function invitationMail(
  lang: Language,
  p: { firstName: string; organisationName: string; invitedBy: string; url: string; validHours: number },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Invitation to the e-loket of ${p.organisationName}`,
        greeting: `Dear ${p.firstName},`,
        paragraphs: [
          `${p.invitedBy} invites you to the e-loket of ${p.organisationName}.`,
          `Choose a password with the link below to activate your account. The link works once and for ${p.validHours} hours.`,
        ],
        action: { label: 'Activate my account', url: p.url },
        footer: 'Did you not expect this invitation? Then you can ignore this mail.',
      })
    : renderMail(lang, {
        subject: `Uitnodiging voor het e-loket van ${p.organisationName}`,
        greeting: `Beste ${p.firstName},`,
        paragraphs: [
          `${p.invitedBy} nodigt u uit voor het e-loket van ${p.organisationName}.`,
          `Kies met de link hieronder een wachtwoord om uw account te activeren. De link werkt één keer en blijft ${p.validHours} uur geldig.`,
        ],
        action: { label: 'Mijn account activeren', url: p.url },
        footer: 'Verwachtte u deze uitnodiging niet? Dan mag u deze e-mail negeren.',
      });
}

export function passwordResetMail(
  lang: Language,
  p: { firstName: string; url: string; validMinutes: number },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: 'Reset your e-loket password',
        greeting: `Dear ${p.firstName},`,
        paragraphs: [
          `Someone asked to reset the password of your e-loket account. Choose a new password with the link below. The link works once and for ${p.validMinutes} minutes.`,
        ],
        action: { label: 'Choose a new password', url: p.url },
        footer: 'Did you not ask for this? Then ignore this mail: your password stays as it is.',
      })
    : renderMail(lang, {
        subject: 'Uw wachtwoord voor het e-loket herstellen',
        greeting: `Beste ${p.firstName},`,
        paragraphs: [
          `Er werd gevraagd om het wachtwoord van uw e-loket-account te herstellen. Kies met de link hieronder een nieuw wachtwoord. De link werkt één keer en blijft ${p.validMinutes} minuten geldig.`,
        ],
        action: { label: 'Nieuw wachtwoord kiezen', url: p.url },
        footer: 'Heeft u dit niet gevraagd? Negeer dan deze e-mail: uw wachtwoord blijft ongewijzigd.',
      });
}

export function accountEmailChangedMail(
  lang: Language,
  p: { firstName: string; newEmail: string; url: string },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: 'The email address of your e-loket account was changed',
        greeting: `Dear ${p.firstName},`,
        paragraphs: [
          `The email address of your e-loket account was changed to ${p.newEmail}. From now on you log in with that address.`,
        ],
        action: { label: 'Go to the e-loket', url: p.url },
        footer: 'Did you not make this change? Contact your organisation’s administrator at once.',
      })
    : renderMail(lang, {
        subject: 'Het e-mailadres van uw e-loket-account werd gewijzigd',
        greeting: `Beste ${p.firstName},`,
        paragraphs: [
          `Het e-mailadres van uw e-loket-account werd gewijzigd naar ${p.newEmail}. U meldt zich voortaan aan met dat adres.`,
        ],
        action: { label: 'Naar het e-loket', url: p.url },
        footer:
          'Heeft u deze wijziging niet zelf gedaan? Neem dan meteen contact op met de beheerder van uw organisatie.',
      });
}

/** An invitation to an address that already has an e-loket account (in another organisation). */
export function invitationForExistingAccountMail(
  lang: Language,
  p: { firstName: string; organisationName: string; invitedBy: string; url: string },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Invitation to the e-loket of ${p.organisationName}`,
        greeting: `Dear ${p.firstName},`,
        paragraphs: [
          `${p.invitedBy} invited this address to the e-loket of ${p.organisationName}.`,
          'This address already has an e-loket account, and an address can belong to one account only. If you want to work for both, ask to be invited with another address of yours; otherwise log in with your existing account.',
        ],
        action: { label: 'Go to the e-loket', url: p.url },
        footer: 'Did you not expect this invitation? Then you can ignore this mail.',
      })
    : renderMail(lang, {
        subject: `Uitnodiging voor het e-loket van ${p.organisationName}`,
        greeting: `Beste ${p.firstName},`,
        paragraphs: [
          `${p.invitedBy} nodigde dit adres uit voor het e-loket van ${p.organisationName}.`,
          'Dit adres heeft al een e-loket-account, en een adres hoort bij één account. Wilt u voor beide werken, vraag dan een uitnodiging op een ander adres van u; meld u anders aan met uw bestaande account.',
        ],
        action: { label: 'Naar het e-loket', url: p.url },
        footer: 'Verwachtte u deze uitnodiging niet? Dan mag u deze e-mail negeren.',
      });
}

/** A password reset asked for an address without an (active) account. */
export function passwordResetWithoutAccountMail(lang: Language, p: { url: string }): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: 'Reset your e-loket password',
        greeting: 'Hello,',
        paragraphs: [
          'Someone asked to reset the e-loket password of this email address, but no active e-loket account has this address. Perhaps you log in with another address, or your invitation has not been accepted yet.',
        ],
        action: { label: 'Go to the e-loket', url: p.url },
        footer: 'Did you not ask for this? Then ignore this mail.',
      })
    : renderMail(lang, {
        subject: 'Uw wachtwoord voor het e-loket herstellen',
        greeting: 'Beste,',
        paragraphs: [
          'Er werd gevraagd om het e-loket-wachtwoord van dit e-mailadres te herstellen, maar geen actief e-loket-account heeft dit adres. Misschien meldt u zich aan met een ander adres, of werd uw uitnodiging nog niet aanvaard.',
        ],
        action: { label: 'Naar het e-loket', url: p.url },
        footer: 'Heeft u dit niet gevraagd? Negeer dan deze e-mail.',
      });
}

/** Confirms a new address for an account: the change applies only through this link. */
export function emailChangeConfirmationMail(
  lang: Language,
  p: { firstName: string; url: string; validHours: number },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: 'Confirm the new email address of your e-loket account',
        greeting: `Dear ${p.firstName},`,
        paragraphs: [
          `You asked to log in to the e-loket with this address from now on. Confirm it with the link below; until then your previous address stays. The link works once and for ${p.validHours} hours.`,
        ],
        action: { label: 'Confirm this address', url: p.url },
        footer: 'Did you not ask for this? Then ignore this mail: nothing changes.',
      })
    : renderMail(lang, {
        subject: 'Bevestig het nieuwe e-mailadres van uw e-loket-account',
        greeting: `Beste ${p.firstName},`,
        paragraphs: [
          `U vroeg om u voortaan met dit adres aan te melden bij het e-loket. Bevestig het met de link hieronder; tot dan blijft uw vorige adres gelden. De link werkt één keer en blijft ${p.validHours} uur geldig.`,
        ],
        action: { label: 'Dit adres bevestigen', url: p.url },
        footer: 'Heeft u dit niet gevraagd? Negeer dan deze e-mail: er verandert niets.',
      });
}

/** Someone asked to use this address for their account, but it already belongs to another account. */
export function emailChangeAddressInUseMail(lang: Language, p: { url: string }): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: 'Confirm the new email address of your e-loket account',
        greeting: 'Hello,',
        paragraphs: [
          'Someone asked to use this address for their e-loket account, but it already belongs to an e-loket account, and an address can belong to one account only. Nothing was changed.',
        ],
        action: { label: 'Go to the e-loket', url: p.url },
        footer: 'Did you not ask for this? Then ignore this mail.',
      })
    : renderMail(lang, {
        subject: 'Bevestig het nieuwe e-mailadres van uw e-loket-account',
        greeting: 'Beste,',
        paragraphs: [
          'Iemand vroeg om dit adres te gebruiken voor zijn of haar e-loket-account, maar het hoort al bij een e-loket-account, en een adres hoort bij één account. Er werd niets gewijzigd.',
        ],
        action: { label: 'Naar het e-loket', url: p.url },
        footer: 'Heeft u dit niet gevraagd? Negeer dan deze e-mail.',
      });
}

// ---------------------------------------------------------------------------------------------------
// An organisation's Beheerder changed the account (organisation-users.service.ts)

const ROLE_NAMES: Record<Language, Record<'ADMIN' | 'MEMBER' | 'MEMBER_PLUS', string>> = {
  nl: { ADMIN: 'Beheerder', MEMBER: 'Medewerker', MEMBER_PLUS: 'Medewerker+' },
  en: { ADMIN: 'Administrator', MEMBER: 'Member', MEMBER_PLUS: 'Member+' },
};

export function roleChangedMail(
  lang: Language,
  p: {
    firstName: string;
    organisationName: string;
    changedBy: string;
    role: 'ADMIN' | 'MEMBER' | 'MEMBER_PLUS';
    url: string;
  },
): RenderedMail {
  const role = ROLE_NAMES[lang][p.role];
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Your role in the e-loket of ${p.organisationName} was changed`,
        greeting: `Dear ${p.firstName},`,
        paragraphs: [
          `${p.changedBy} changed your role in the e-loket of ${p.organisationName}. Your role is now: ${role}.`,
          'The change counts at once; you may need to log in again.',
        ],
        action: { label: 'Go to the e-loket', url: p.url },
        footer: 'Questions about this change? Ask your organisation’s administrator.',
      })
    : renderMail(lang, {
        subject: `Uw rol in het e-loket van ${p.organisationName} werd gewijzigd`,
        greeting: `Beste ${p.firstName},`,
        paragraphs: [
          `${p.changedBy} wijzigde uw rol in het e-loket van ${p.organisationName}. Uw rol is nu: ${role}.`,
          'De wijziging geldt meteen; mogelijk moet u zich opnieuw aanmelden.',
        ],
        action: { label: 'Naar het e-loket', url: p.url },
        footer: 'Vragen over deze wijziging? Neem contact op met de beheerder van uw organisatie.',
      });
}

export function accountDeactivatedMail(
  lang: Language,
  p: { firstName: string; organisationName: string; changedBy: string; url: string },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Your e-loket account of ${p.organisationName} was deactivated`,
        greeting: `Dear ${p.firstName},`,
        paragraphs: [
          `${p.changedBy} deactivated your account in the e-loket of ${p.organisationName}. You can no longer log in with it; your messages and tickets are kept.`,
          'The public pages of the e-loket stay available to you.',
        ],
        action: { label: 'Go to the e-loket', url: p.url },
        footer: 'Do you think this is a mistake? Ask your organisation’s administrator.',
      })
    : renderMail(lang, {
        subject: `Uw e-loket-account van ${p.organisationName} werd gedeactiveerd`,
        greeting: `Beste ${p.firstName},`,
        paragraphs: [
          `${p.changedBy} deactiveerde uw account in het e-loket van ${p.organisationName}. U kunt zich er niet meer mee aanmelden; uw berichten en tickets blijven bewaard.`,
          'De publieke pagina’s van het e-loket blijven voor u beschikbaar.',
        ],
        action: { label: 'Naar het e-loket', url: p.url },
        footer: 'Denkt u dat dit een vergissing is? Neem contact op met de beheerder van uw organisatie.',
      });
}

export function accountReactivatedMail(
  lang: Language,
  p: { firstName: string; organisationName: string; changedBy: string; url: string },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: `Your e-loket account of ${p.organisationName} is active again`,
        greeting: `Dear ${p.firstName},`,
        paragraphs: [
          `${p.changedBy} reactivated your account in the e-loket of ${p.organisationName}. You can log in again with your email address and your password.`,
        ],
        action: { label: 'Log in', url: p.url },
        footer: 'Forgot your password? Choose a new one from the login page.',
      })
    : renderMail(lang, {
        subject: `Uw e-loket-account van ${p.organisationName} is opnieuw actief`,
        greeting: `Beste ${p.firstName},`,
        paragraphs: [
          `${p.changedBy} heeft uw account in het e-loket van ${p.organisationName} opnieuw geactiveerd. U kunt zich weer aanmelden met uw e-mailadres en uw wachtwoord.`,
        ],
        action: { label: 'Aanmelden', url: p.url },
        footer: 'Wachtwoord vergeten? Kies een nieuw wachtwoord vanaf de aanmeldpagina.',
      });
}
