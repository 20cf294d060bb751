// Localised texts of the Berichtenmodule's errors and warnings (composed into i18n/messages.ts).
export const messageTexts = {
  TOO_MANY_ATTACHMENTS: { nl: 'Voeg hoogstens {max} bijlagen toe.', en: 'Add at most {max} attachments.' },
  ATTACHMENT_NOT_FOUND: {
    nl: 'Deze bijlage is niet (meer) beschikbaar. Laad het bestand opnieuw op.',
    en: 'This attachment is not available (any more). Upload the file again.',
  },
  HANDLER_NOT_FOUND: {
    nl: 'Kies een dossierbehandelaar uit de lijst.',
    en: 'Choose a handler from the list.',
  },
  TEAM_NOT_FOUND: { nl: 'Kies een team uit de lijst.', en: 'Choose a team from the list.' },
  HANDLER_NOT_IN_TEAM: {
    nl: 'Deze dossierbehandelaar hoort niet bij het team van dit bericht.',
    en: 'This handler is not a member of the team of this message.',
  },
  ORGANISATION_NOT_FOUND: {
    nl: 'Kies een organisatie uit de lijst.',
    en: 'Choose an organisation from the list.',
  },
  CONTACT_REQUIRED: {
    nl: 'Geef minstens één contactpersoon op voor dit bericht. Zo blijven de juiste mensen op de hoogte bij een antwoord.',
    en: 'Add at least one contact person for this message, so that the right people are told when it is answered.',
  },
  CONTACT_NOT_IN_THREAD: {
    nl: 'Deze contactpersoon hoort niet (meer) bij dit bericht.',
    en: 'This contact person is not (or no longer) part of this message.',
  },
  CONTACT_ALREADY_IN_THREAD: {
    nl: 'Deze contactpersoon staat al bij dit bericht.',
    en: 'This contact person is already part of this message.',
  },
  CONTACT_EDIT_ADMIN_ONLY: {
    nl: 'Alleen een beheerder kan de gegevens van een standaardcontactpersoon wijzigen.',
    en: 'Only an administrator can change the details of a standard contact person.',
  },
  CONTACTS_BY_ORGANISATION_ONLY: {
    nl: 'De contactpersonen van een bericht worden door de organisatie beheerd.',
    en: "A message's contact persons are managed by the organisation.",
  },
  PRIVACY_BE_NATIONAL_NUMBER: {
    nl: 'Uw bericht lijkt een rijksregisternummer te bevatten ({masked}). Stuur zulke gegevens enkel als het echt nodig is.',
    en: 'Your message seems to contain a Belgian national register number ({masked}). Only send such data when it is really needed.',
  },
  PRIVACY_NL_BSN: {
    nl: 'Uw bericht lijkt een burgerservicenummer (BSN) te bevatten ({masked}). Stuur zulke gegevens enkel als het echt nodig is.',
    en: 'Your message seems to contain a Dutch citizen service number (BSN) ({masked}). Only send such data when it is really needed.',
  },
  PRIVACY_IBAN: {
    nl: 'Uw bericht lijkt een rekeningnummer (IBAN) te bevatten ({masked}). Stuur zulke gegevens enkel als het echt nodig is.',
    en: 'Your message seems to contain a bank account number (IBAN) ({masked}). Only send such data when it is really needed.',
  },
  UPLOAD_CONTENT_TYPE: {
    nl: 'Stuur het bestand als application/octet-stream.',
    en: 'Send the file as application/octet-stream.',
  },
  FILE_NAME_REQUIRED: { nl: 'De bestandsnaam ontbreekt.', en: 'The file name is missing.' },
  FILE_EMPTY: { nl: 'Het bestand is leeg.', en: 'The file is empty.' },
  FILE_TOO_LARGE: {
    nl: 'Het bestand is te groot: hoogstens {maxMb} MB per bestand.',
    en: 'The file is too large: at most {maxMb} MB per file.',
  },
  FILE_TYPE_NOT_ALLOWED: {
    nl: 'Dit soort bestand kan niet als bijlage: gebruik pdf, een afbeelding, een Office-document, tekst, csv of zip.',
    en: 'This kind of file cannot be attached: use pdf, an image, an office document, text, csv or zip.',
  },
  FILE_INFECTED: {
    nl: 'Dit bestand werd geweigerd omdat de virusscanner er een virus in vond.',
    en: 'This file was refused because the virus scanner found a virus in it.',
  },
  UNAUTHENTICATED: { nl: 'Meld u eerst aan.', en: 'Please log in first.' },
  NOT_FOUND: { nl: 'Niet gevonden.', en: 'Not found.' },
};
