// Localised texts of the staff users' administration errors (composed into i18n/messages.ts).
export const staffAdminTexts = {
  LAST_DEPARTMENT_ADMIN: {
    nl: 'Het departement moet minstens één actieve departementsbeheerder houden. Maak eerst iemand anders departementsbeheerder.',
    en: 'The department must keep at least one active department administrator. Make someone else a department administrator first.',
  },
  QUEUE_NOT_FOUND: {
    nl: 'Kies wachtrijen uit de lijst.',
    en: 'Choose queues from the list.',
  },
};
