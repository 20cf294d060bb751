// Localised texts of the administration's errors (composed into i18n/messages.ts).
export const administrationTexts = {
  INVALID_ENTERPRISE_NUMBER: {
    nl: 'Geef een geldig ondernemingsnummer in: 10 cijfers, bijvoorbeeld 0123.456.749. Controleer de cijfers: de laatste twee kloppen niet met de eerste acht.',
    en: 'Enter a valid enterprise number: 10 digits, for example 0123.456.749. Check the digits: the last two do not match the first eight.',
  },
  ORGANISATION_NUMBER_REQUIRED: {
    nl: 'Geef het ondernemingsnummer (KBO) of het erkenningsnummer in, of beide.',
    en: 'Enter the enterprise number (KBO) or the recognition number, or both.',
  },
  ENTERPRISE_NUMBER_TAKEN: {
    nl: 'Een andere organisatie heeft dit ondernemingsnummer al.',
    en: 'Another organisation already has this enterprise number.',
  },
  RECOGNITION_NUMBER_TAKEN: {
    nl: 'Een andere organisatie heeft dit erkenningsnummer al.',
    en: 'Another organisation already has this recognition number.',
  },
  ORGANISATION_DEACTIVATED: {
    nl: 'Deze organisatie is gedeactiveerd. Activeer ze eerst opnieuw.',
    en: 'This organisation is deactivated. Reactivate it first.',
  },
  ACCOUNT_ORGANISATION_DEACTIVATED: {
    nl: 'Uw organisatie is niet langer actief in het e-loket. Neem contact op met het departement.',
    en: 'Your organisation is no longer active in the e-loket. Please contact the department.',
  },
  THEME_CODE_INVALID: {
    nl: 'Geef een code van 2 tot 10 hoofdletters of cijfers in, beginnend met een letter, bijvoorbeeld ERK.',
    en: 'Enter a code of 2 to 10 capital letters or digits, starting with a letter, for example ERK.',
  },
  THEME_CODE_TAKEN: { nl: 'Een ander thema heeft deze code al.', en: 'Another theme already has this code.' },
  THEME_NAME_TAKEN: {
    nl: 'Een ander thema heeft deze naam al. Kies een andere naam.',
    en: 'Another theme already has this name. Choose another name.',
  },
  TEAM_NAME_TAKEN: {
    nl: 'Een ander team heeft deze naam al. Kies een andere naam.',
    en: 'Another team already has this name. Choose another name.',
  },
  STAFF_USER_NOT_FOUND: {
    nl: 'Kies een medewerker van het departement uit de lijst.',
    en: 'Choose a member of the department staff from the list.',
  },
  ALREADY_TEAM_MEMBER: {
    nl: 'Deze medewerker hoort al bij dit team.',
    en: 'This staff member is already in this team.',
  },
  NOT_TEAM_MEMBER: {
    nl: 'Deze medewerker hoort niet (meer) bij dit team.',
    en: 'This staff member is not (or no longer) in this team.',
  },
};
