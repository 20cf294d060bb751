// The mail to an organisation's Beheerders when its security incidents of one year reach the threshold
// ('002': incidents are reviewed yearly with the organisation), sent once per organisation and year.
import type { Language } from '../i18n/language.js';
import { type RenderedMail, renderMail } from './render.js';

export function securityIncidentThresholdMail(
  lang: Language,
  p: { firstName: string; organisation: string; year: number; incidents: number; url: string },
): RenderedMail {
  if (lang === 'en')
    return renderMail(lang, {
      subject: `${p.organisation}: ${p.incidents} security incidents in ${p.year}`,
      greeting: `Dear ${p.firstName},`,
      paragraphs: [
        `The helpdesk has recorded ${p.incidents} security incidents for ${p.organisation} in ${p.year}. From this number on, the department reviews them with your organisation.`,
        'The tickets concerned are in the e-loket; we will contact you for the review.',
      ],
      action: { label: 'Open your tickets', url: p.url },
      footer:
        'You receive this mail once a year at most, as a Beheerder of your organisation in the e-loket.',
    });
  return renderMail(lang, {
    subject: `${p.organisation}: ${p.incidents} security incidents in ${p.year}`,
    greeting: `Beste ${p.firstName},`,
    paragraphs: [
      `De helpdesk registreerde in ${p.year} ${p.incidents} security incidents voor ${p.organisation}. Vanaf dit aantal bespreekt het departement ze met uw organisatie.`,
      'De betrokken tickets staan in het e-loket; we nemen contact met u op voor de bespreking.',
    ],
    action: { label: 'Uw tickets openen', url: p.url },
    footer:
      'U ontvangt deze e-mail hoogstens één keer per jaar, als beheerder van uw organisatie in het e-loket.',
  });
}
