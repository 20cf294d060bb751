// Localised texts of the ticket settings' errors (composed into i18n/messages.ts).
export const ticketSettingsTexts = {
  TARGET_MINUTES_RANGE: {
    nl: 'Geef een doel van 1 tot {max} minuten werktijd (60 werkdagen), of kies ‘op afspraak’.',
    en: 'Enter a target from 1 to {max} minutes of working time (60 working days), or choose ‘by appointment’.',
  },
  AUTO_RESOLVE_DAYS_RANGE: {
    nl: 'Geef een aantal dagen van 1 tot {max}.',
    en: 'Enter a number of days from 1 to {max}.',
  },
  REMINDER_DAYS_RANGE: {
    nl: 'Geef een aantal werkdagen van 1 tot {max}, of laat leeg om geen herinneringen te sturen.',
    en: 'Enter a number of working days from 1 to {max}, or leave it empty to send no reminders.',
  },
  INVALID_TIME_ZONE: {
    nl: 'Geef een geldige tijdzone in, bijvoorbeeld Europe/Brussels.',
    en: 'Enter a valid time zone, for example Europe/Brussels.',
  },
  OPENING_HOURS_INVALID: {
    nl: 'Geef de uren als UU:MM (bijvoorbeeld 08:15), met de sluiting na de opening, zonder overlap.',
    en: 'Enter the hours as HH:MM (for example 08:15), closing after opening, without overlap.',
  },
  CALENDAR_NEVER_OPEN: {
    nl: 'De kalender moet minstens één dag per week open zijn.',
    en: 'The calendar must be open at least one day a week.',
  },
  CLOSING_DAY_ONE_KIND: {
    nl: 'Geef een datum of een jaarlijkse dag (MM-DD), niet allebei.',
    en: 'Enter a date or a yearly day (MM-DD), not both.',
  },
  INVALID_YEARLY_DAY: {
    nl: 'Geef een jaarlijkse dag als MM-DD, bijvoorbeeld 07-11.',
    en: 'Enter a yearly day as MM-DD, for example 07-11.',
  },
  CLOSING_DAY_EXISTS: {
    nl: 'Deze dag staat al in de lijst van sluitingsdagen.',
    en: 'This day is already in the list of closing days.',
  },
  CATEGORY_NAME_TAKEN: {
    nl: 'Er is al een categorie met deze naam.',
    en: 'There already is a category with this name.',
  },
  CATEGORY_POSITION_RANGE: {
    nl: 'Geef een volgorde van 0 tot {max}.',
    en: 'Enter an order from 0 to {max}.',
  },
  CATEGORY_LAST_ACTIVE: {
    nl: 'Er moet minstens één actieve categorie blijven: een nieuw ticket vraagt er een.',
    en: 'At least one category must stay active: a new ticket asks for one.',
  },
  CATEGORY_IN_USE: {
    nl: 'Deze categorie is in gebruik en kan niet verwijderd worden. Maak ze inactief: ze wordt dan niet meer aangeboden.',
    en: 'This category is in use and cannot be removed. Make it inactive: it is then no longer offered.',
  },
};
