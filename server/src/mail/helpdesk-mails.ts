// Mails of the technical helpdesk question: the question for the helpdesk, a receipt for the asker.
import type { Language } from '../i18n/language.js';
import { type RenderedMail, renderMail } from './render.js';

export function helpdeskQuestionMail(p: {
  asker: string;
  email: string;
  organisationName: string | null;
  question: string;
}): RenderedMail {
  const from = p.organisationName ? `${p.asker} (${p.organisationName})` : p.asker;
  return renderMail('nl', {
    subject: `Technische vraag via het e-loket van ${from}`,
    greeting: 'Beste helpdesk,',
    paragraphs: [`${from} stelt een technische vraag via het e-loket. Antwoord naar ${p.email}.`, p.question],
    footer: 'Deze e-mail werd verstuurd via de widget "Hulp nodig?" van het e-loket.',
  });
}

export function helpdeskReceiptMail(lang: Language, p: { question: string }): RenderedMail {
  return lang === 'en'
    ? renderMail(lang, {
        subject: 'We received your question',
        greeting: 'Hello,',
        paragraphs: [
          'The technical helpdesk received your question and will answer you by email:',
          p.question,
        ],
        footer: 'You receive this mail because you asked a question through the e-loket.',
      })
    : renderMail(lang, {
        subject: 'Wij ontvingen uw vraag',
        greeting: 'Beste,',
        paragraphs: ['De technische helpdesk ontving uw vraag en antwoordt u per e-mail:', p.question],
        footer: 'U ontvangt deze e-mail omdat u een vraag stelde via het e-loket.',
      });
}
