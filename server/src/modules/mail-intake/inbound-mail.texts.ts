// Localised texts of the email intake's errors (composed into i18n/messages.ts).
export const inboundMailTexts = {
  INBOUND_MAIL_HANDLED: {
    nl: 'Deze e-mail is al verwerkt.',
    en: 'This email has already been handled.',
  },
  INBOUND_MAIL_ORGANISATION_REQUIRED: {
    nl: 'Het adres van de afzender is niet gekend: kies de voorziening waartoe de e-mail hoort.',
    en: "The sender's address is not known: choose the organisation the email belongs to.",
  },
  INBOUND_MAIL_ORGANISATION_MISMATCH: {
    nl: 'De afzender hoort bij een andere voorziening; laat de voorziening leeg.',
    en: 'The sender belongs to another organisation; leave the organisation empty.',
  },
  INBOUND_MAIL_UNREADABLE: {
    nl: 'Deze e-mail kan niet gelezen worden; download ze en verwerk ze met de hand, of verwijder ze.',
    en: 'This email cannot be read; download it and handle it by hand, or discard it.',
  },
};
