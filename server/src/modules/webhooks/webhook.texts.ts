// Localised texts of the webhooks module's errors (composed into i18n/messages.ts).
export const webhookTexts = {
  WEBHOOK_URL_INVALID: {
    nl: 'Geef een volledig webadres in dat begint met https://, zonder gebruikersnaam, wachtwoord of #.',
    en: 'Enter a full web address starting with https://, without user name, password or #.',
  },
  WEBHOOK_URL_NOT_HTTPS: {
    nl: 'Een webhook moet een https://-adres hebben: de gebeurtenissen reizen dan versleuteld.',
    en: 'A webhook needs an https:// address, so that events travel encrypted.',
  },
  WEBHOOK_URL_INTERNAL: {
    nl: 'Dit adres wijst naar een intern netwerk (loopback, link-local of privé). Gebruik een publiek bereikbaar adres.',
    en: 'This address points into an internal network (loopback, link-local or private). Use a publicly reachable address.',
  },
  WEBHOOK_URL_UNRESOLVED: {
    nl: 'De servernaam van dit adres bestaat niet (DNS kent ze niet). Controleer het adres.',
    en: 'The server name of this address does not exist (DNS does not know it). Check the address.',
  },
  WEBHOOK_KEEP_HOURS_RANGE: {
    nl: 'Geef een aantal uren van 0 tot {max}.',
    en: 'Enter a number of hours from 0 to {max}.',
  },
  WEBHOOK_EVENT_TYPE_NOT_OWN: {
    nl: 'Een eindpunt van uw organisatie krijgt alleen gebeurtenissen van uw organisatie: berichten, tickets en bevestigde contactpersonen.',
    en: "Your organisation's endpoint only gets your organisation's events: messages, tickets and confirmed contact persons.",
  },
  WEBHOOK_EVENT_TYPES_REQUIRED: {
    nl: 'Kies minstens één soort gebeurtenis.',
    en: 'Choose at least one kind of event.',
  },
};
