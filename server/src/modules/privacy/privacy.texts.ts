// Localised texts of the privacy module's errors (composed into i18n/messages.ts).
export const privacyTexts = {
  ERASE_LEGAL_HOLD: {
    nl: 'Deze persoon valt onder een juridische bewaarplicht (legal hold). Hef die eerst op; tot dan blijven de gegevens bewaard.',
    en: 'This person is under a legal hold. Lift it first; until then their data is kept.',
  },
  ERASE_OPEN_TICKETS: {
    nl: 'Deze persoon heeft nog {count} open ticket(s). Sluit die eerst af: zolang ze lopen, moeten de gegevens bewaard blijven.',
    en: 'This person still has {count} open ticket(s). Close them first: while they run, the data must be kept.',
  },
  ERASE_HELD_RECORDS: {
    nl: 'Er staan {count} ticket(s) of berichtenreeks(en) van deze persoon onder juridische bewaarplicht. Hef die eerst op.',
    en: '{count} ticket(s) or message thread(s) of this person are under a legal hold. Lift it first.',
  },
  ERASE_ALREADY_ERASED: {
    nl: 'De gegevens van deze persoon werden al gewist.',
    en: "This person's data has already been erased.",
  },
  ERASE_OWN_ACCOUNT: {
    nl: 'U kunt uw eigen account niet wissen. Vraag het aan een andere beheerder.',
    en: 'You cannot erase your own account. Ask another administrator.',
  },
  RETENTION_DAYS_RANGE: {
    nl: 'Geef een bewaartermijn tussen 1 en 36500 dagen, of laat het veld leeg om alles te bewaren.',
    en: 'Enter a retention period between 1 and 36500 days, or leave it empty to keep everything.',
  },
  LEGAL_HOLD_REASON_REQUIRED: {
    nl: 'Geef de reden op (minstens 3 tekens): ze komt in de historiek.',
    en: 'Give the reason (at least 3 characters): it goes into the history.',
  },
  EXPORT_NOT_AVAILABLE: {
    nl: 'Deze export is niet (meer) beschikbaar: ze werd al gedownload, is verlopen of nog niet klaar.',
    en: 'This export is not available (any more): it was already downloaded, has expired or is not ready yet.',
  },
  EXPORT_FORBIDDEN: {
    nl: 'Enkel wie de export aanvroeg of een beheerder van het departement kan ze downloaden.',
    en: 'Only who asked for the export or a department administrator can download it.',
  },
} as const;

/** What an erased person's name reads as, in the reader's language (the stored name is a placeholder). */
export const erasedPersonName = { nl: 'Verwijderde gebruiker', en: 'Deleted user' } as const;
