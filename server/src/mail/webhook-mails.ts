// The mail to a webhook endpoint's owner when Loket stops calling it after failing too often.
import type { Language } from '../i18n/language.js';
import { type RenderedMail, renderMail } from './render.js';

export function webhookDisabledMail(
  lang: Language,
  p: { url: string; failures: number; lastError: string },
): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: 'A webhook of the e-loket was switched off',
        greeting: 'Hello,',
        paragraphs: [
          `The e-loket stopped sending events to ${p.url}: the last ${p.failures} attempts failed.`,
          `The last answer was: ${p.lastError}`,
          'Events of the meantime are kept in the delivery log. Repair the receiver, switch the webhook on again (updateWebhookEndpoint) and replay what it missed.',
        ],
        footer: 'You receive this mail because you registered this webhook.',
      })
    : renderMail(lang, {
        subject: 'Een webhook van het e-loket werd uitgeschakeld',
        greeting: 'Beste,',
        paragraphs: [
          `Het e-loket stuurt geen gebeurtenissen meer naar ${p.url}: de laatste ${p.failures} pogingen mislukten.`,
          `Het laatste antwoord was: ${p.lastError}`,
          'Gebeurtenissen van intussen blijven in het afleverlogboek. Herstel de ontvanger, schakel de webhook opnieuw in (updateWebhookEndpoint) en verstuur opnieuw wat hij miste.',
        ],
        footer: 'U ontvangt deze e-mail omdat u deze webhook registreerde.',
      });
}
