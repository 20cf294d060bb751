// Localised texts of the tickets module's errors (composed into i18n/messages.ts).
export const ticketTexts = {
  TICKET_CLOSED: {
    nl: 'Dit ticket is gesloten. Maak een nieuw ticket aan; het verwijst dan naar dit ticket.',
    en: 'This ticket is closed. Create a new ticket; it will refer to this one.',
  },
  TICKET_STATUS_MOVE: {
    nl: 'Een ticket kan niet van {from} naar {to}.',
    en: 'A ticket cannot move from {from} to {to}.',
  },
  TICKET_POSTPONE_DATE_REQUIRED: {
    nl: 'Geef de datum tot wanneer het ticket uitgesteld wordt.',
    en: 'Enter the date until which the ticket is postponed.',
  },
  TICKET_POSTPONE_DATE_PAST: {
    nl: 'Kies een datum na vandaag.',
    en: 'Choose a date after today.',
  },
  TICKET_SOLUTION_REQUIRED: {
    nl: 'Beschrijf de oplossing; de melder krijgt ze per e-mail.',
    en: 'Describe the solution; the requester receives it by email.',
  },
  TICKET_CATEGORY_NOT_FOUND: {
    nl: 'Kies een categorie uit de lijst.',
    en: 'Choose a category from the list.',
  },
  TICKET_TYPE_NOT_FOUND: { nl: 'Kies een soort melding uit de lijst.', en: 'Choose a type from the list.' },
  TICKET_QUEUE_NOT_FOUND: { nl: 'Kies een afdeling uit de lijst.', en: 'Choose a queue from the list.' },
  TICKET_ASSIGNEE_NOT_FOUND: {
    nl: 'Kies een medewerker van het departement.',
    en: 'Choose a member of the department staff.',
  },
  TICKET_REQUESTER_NOT_FOUND: {
    nl: 'Kies een gebruiker van deze organisatie of geef een e-mailadres.',
    en: 'Choose a user of this organisation or enter an email address.',
  },
  TICKET_MERGE_SAME: {
    nl: 'Een ticket kan niet met zichzelf samengevoegd worden.',
    en: 'A ticket cannot be merged into itself.',
  },
  TICKET_MERGE_OTHER_ORGANISATION: {
    nl: 'Alleen tickets van dezelfde organisatie kunnen samengevoegd worden.',
    en: 'Only tickets of the same organisation can be merged.',
  },
  TICKET_MERGED: {
    nl: 'Dit ticket is samengevoegd met {number}. Antwoord daar.',
    en: 'This ticket was merged into {number}. Reply there.',
  },
  TICKET_NOT_FOUND: {
    nl: 'Dit ticket bestaat niet of u kunt het niet zien.',
    en: 'This ticket does not exist or you cannot see it.',
  },
  TICKET_LABEL_NOT_FOUND: { nl: 'Kies een label uit de lijst.', en: 'Choose a label from the list.' },
  TICKET_CLOSE_REQUEST_CUSTOMER_ONLY: {
    nl: 'Alleen de organisatie kan vragen om een ticket te sluiten; zet zelf de status.',
    en: 'Only the organisation can ask to close a ticket; set the status yourself.',
  },
  TICKET_PARTICIPANT_NOT_FOUND: {
    nl: 'Kies een collega van deze organisatie of een medewerker van het departement.',
    en: 'Choose a colleague of this organisation or a member of the department staff.',
  },
};

/** The statuses as '002' names them, and in English. */
export const STATUS_LABELS = {
  NEW: { nl: 'Nieuw', en: 'New' },
  ANSWERED: { nl: 'Beantwoord', en: 'Answered' },
  OPEN: { nl: 'Open', en: 'Open' },
  POSTPONED: { nl: 'Uitgesteld', en: 'Postponed' },
  RESOLVED: { nl: 'Opgelost', en: 'Resolved' },
  CLOSED: { nl: 'Gesloten', en: 'Closed' },
} as const;
