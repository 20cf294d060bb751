// The mail to whoever asked for a personal data export, when it is ready to download.
import type { Language } from '../i18n/language.js';
import { type RenderedMail, renderMail } from './render.js';

export function exportReadyMail(lang: Language, p: { url: string; validHours: number }): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: 'Your personal data export is ready',
        greeting: 'Hello,',
        paragraphs: [
          'The export of personal data you asked for in the e-loket is ready: a ZIP file with the data as JSON and the attachments.',
          `You can download it once, within ${p.validHours} hours; after that it is deleted.`,
        ],
        action: { label: 'Download the export', url: p.url },
        footer: 'You receive this mail because you asked for this export.',
      })
    : renderMail(lang, {
        subject: 'Uw export van persoonsgegevens is klaar',
        greeting: 'Beste,',
        paragraphs: [
          'De export van persoonsgegevens die u in het e-loket aanvroeg, is klaar: een ZIP-bestand met de gegevens als JSON en de bijlagen.',
          `U kunt ze één keer downloaden, binnen ${p.validHours} uur; daarna wordt ze verwijderd.`,
        ],
        action: { label: 'Download de export', url: p.url },
        footer: 'U ontvangt deze e-mail omdat u deze export aanvroeg.',
      });
}
