// Mails about a user's own account: invitation, password reset, changed email address.
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
