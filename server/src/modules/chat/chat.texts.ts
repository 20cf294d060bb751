// Localised texts of the chat's errors (composed into i18n/messages.ts).
export const chatTexts = {
  CHAT_CLOSED: {
    nl: 'De helpdesk is nu gesloten. De chat opent opnieuw op {opensAt}. U kunt intussen een ticket aanmaken.',
    en: 'The helpdesk is closed now. The chat opens again on {opensAt}. Meanwhile you can create a ticket.',
  },
  CHAT_NO_AGENT: {
    nl: 'Er is op dit moment geen medewerker beschikbaar voor de chat. Maak een ticket aan; we antwoorden zo snel mogelijk.',
    en: 'No agent is available for the chat at the moment. Create a ticket; we will answer as soon as we can.',
  },
  CHAT_ENDED: {
    nl: 'Deze chat is afgelopen.',
    en: 'This chat has ended.',
  },
  CHAT_TAKEN: {
    nl: 'Een collega heeft deze chat al opgenomen.',
    en: 'A colleague has already taken this chat.',
  },
  CHAT_NOT_YOURS: {
    nl: 'Neem de chat eerst op voor u antwoordt.',
    en: 'Take the chat before you answer.',
  },
};
