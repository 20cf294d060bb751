// Localised texts of the knowledge base's errors (composed into i18n/messages.ts).
export const knowledgeBaseTexts = {
  KB_SLUG_INVALID: {
    nl: 'Gebruik alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld wachtwoord-vergeten.',
    en: 'Use only lower-case letters, digits and hyphens, for example forgotten-password.',
  },
  KB_SLUG_TAKEN: {
    nl: 'Deze adresnaam is al in gebruik. Kies een andere.',
    en: 'This address name is already in use. Choose another one.',
  },
  KB_TOO_MANY_TAGS: {
    nl: 'Geef hoogstens {max} trefwoorden van elk hoogstens {length} tekens.',
    en: 'Give at most {max} tags of at most {length} characters each.',
  },
  KB_OUTAGE_RESOLVED: {
    nl: 'Deze storing is al opgelost; open een nieuwe storing als het probleem terugkomt.',
    en: 'This outage is already resolved; open a new outage if the problem comes back.',
  },
  KB_ARTICLE_UNKNOWN: {
    nl: 'Dit artikel bestaat niet (meer).',
    en: 'This article does not exist (any more).',
  },
};
