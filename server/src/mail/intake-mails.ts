// The automatic answer to a mail from an address Loket does not know (issue 15): in Dutch and English,
// saying that the mail arrived and what happens next. Never sent to automatic mail (no loops).
import { type RenderedMail, renderMail } from './render.js';

export function unknownSenderReply(p: { subject: string; departmentName: string }): RenderedMail {
  return renderMail('nl', {
    subject: `Ontvangen / Received: ${p.subject}`,
    greeting: 'Beste, / Hello,',
    paragraphs: [
      `We hebben uw e-mail “${p.subject}” goed ontvangen. Uw adres is nog niet gekend bij een voorziening in het e-loket van ${p.departmentName}: de helpdesk koppelt uw e-mail eerst aan de juiste voorziening en maakt er dan een ticket van. U krijgt daarna een bevestiging met het ticketnummer.`,
      'Heeft u een account op het e-loket? Meld u aan en maak het ticket daar, of mail vanaf het adres van uw account.',
      `We received your email “${p.subject}”. Your address is not yet known for an organisation in the e-loket of ${p.departmentName}: the helpdesk will first link your email to the right organisation and then make it a ticket. You will then get a confirmation with the ticket number.`,
      'Do you have an e-loket account? Log in and create the ticket there, or mail from the address of your account.',
    ],
    footer: 'Dit is een automatisch antwoord. / This is an automatic reply.',
  });
}

/**
 * The quarantine alert to the helpdesk's mailbox (decision 0033): how many mails wait in quarantine, with
 * the link to the page where staff handle them. Dutch and English, as the helpdesk reads both.
 */
export function quarantineAlertMail(p: { count: number; threshold: number; url: string }): RenderedMail {
  return renderMail('nl', {
    subject: `Quarantaine: ${p.count} e-mails wachten / Quarantine: ${p.count} mails waiting`,
    greeting: 'Beste collega, / Dear colleague,',
    paragraphs: [
      `Er staan ${p.count} e-mails in quarantaine die nog niet behandeld zijn (drempel: ${p.threshold}). Bekijk ze, speel ze opnieuw af in een ticket of verwijder ze.`,
      `${p.count} mails are held in quarantine and not yet handled (threshold: ${p.threshold}). Look at them, replay them into a ticket or discard them.`,
      'U krijgt deze melding opnieuw wanneer de quarantaine eerst onder de drempel zakt en dan weer groeit. / You get this alert again once the quarantine first drops below the threshold and then grows again.',
    ],
    action: { label: 'Quarantaine openen / Open quarantine', url: p.url },
    footer: 'Dit is een automatische melding. / This is an automatic alert.',
  });
}
