// Dutch (nl-BE) texts of the web app: the reference dictionary; every key here must exist in en.ts.
import { adminNl } from './features/admin';
import { adminDepartmentsNl } from './features/admin-departments';
import { adminHistoryNl } from './features/admin-history';
import { adminStaffNl } from './features/admin-staff';
import { chatNl } from './features/chat';
import { contactsNl } from './features/contacts';
import { knowledgeBaseNl } from './features/knowledge-base';
import { messagesNl } from './features/messages';
import { privacyNl } from './features/privacy';
import { quarantineNl } from './features/quarantine';
import { reportsNl } from './features/reports';
import { ssoNl } from './features/sso';
import { staffNl } from './features/staff';
import { staffTicketsNl } from './features/staff-tickets';
import { ticketCategoriesNl } from './features/ticket-categories';
import { ticketsNl } from './features/tickets';
import { usersNl } from './features/users';
import { webhooksNl } from './features/webhooks';

export const nl = {
  'app.name': 'e-loket',
  'app.department': '{department}',
  'meta.title': '{page} · e-loket {department}',
  'skip.link': 'Naar de hoofdinhoud',

  'nav.label': 'Hoofdmenu',
  'nav.start': 'Start',
  'nav.messages': 'Berichten',
  'nav.organisation': 'Organisatie',
  'nav.tickets': 'Tickets',
  'nav.profile': 'Profiel',
  'userMenu.label': 'Menu van {name}',
  'userMenu.organisation': 'Mijn organisatie',
  'userMenu.profile': 'Profiel',
  'userMenu.logout': 'Afmelden',
  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',
  'language.switchTo': 'Switch to English',

  'role.ADMIN': 'Beheerder',
  'role.MEMBER': 'Medewerker',
  'role.MEMBER_PLUS': 'Medewerker+',
  'role.AGENT': 'Dossierbehandelaar',
  'role.DEPARTMENT_ADMIN': 'Beheerder {department}',

  'form.errorSummary.title': 'Kijk het formulier na',
  'form.errorPrefix': 'Fout:',
  'form.optional': '(optioneel)',
  'form.error.required': 'Dit veld is verplicht.',
  'form.error.invalidEmail': 'Geef een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
  'form.error.passwordMismatch': 'De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.',
  'form.error.choice': 'Kies een van de aangeboden mogelijkheden.',
  'form.error.invalid': 'Deze waarde is niet geldig. Kijk ze na.',

  // The privacy guard's question (both sides).
  'privacy.title': 'Persoonsgegevens in uw bericht',
  'privacy.field.title': 'In de titel',
  'privacy.field.body': 'In de tekst',
  'privacy.send': 'Toch verzenden',
  'privacy.edit': 'Bericht aanpassen',
  'form.notice.success': 'Gelukt',

  'password.rules.title': 'Uw wachtwoord moet:',
  'password.rules.length': 'minstens 8 tekens lang zijn',
  'password.rules.upper': 'minstens één hoofdletter bevatten',
  'password.rules.lower': 'minstens één kleine letter bevatten',
  'password.rules.digitOrSymbol': 'minstens één cijfer of symbool bevatten',
  'password.rule.met': 'voldaan',
  'password.rule.notMet': 'nog niet voldaan',

  'login.title': 'Aanmelden',
  'login.intro': 'Meld u aan bij het e-loket van {department}.',
  'login.email': 'E-mailadres',
  'login.password': 'Wachtwoord',
  'login.submit': 'Aanmelden',
  'login.forgot': 'Wachtwoord vergeten?',
  'login.noAccount':
    'Nog geen account? De beheerder van uw organisatie nodigt u uit via e-mail. Daarna kiest u zelf een wachtwoord.',
  'login.notice.loggedOut': 'U bent afgemeld.',
  'login.notice.expired': 'Uw sessie is verlopen. Meld u opnieuw aan.',
  'login.notice.revoked':
    'Uw sessie werd beëindigd, bijvoorbeeld vanaf een ander toestel. Meld u opnieuw aan.',
  'login.notice.passwordReset': 'Uw wachtwoord is gewijzigd. Meld u aan met uw nieuwe wachtwoord.',

  'forgot.title': 'Wachtwoord vergeten',
  'forgot.intro':
    'Geef het e-mailadres van uw account in. We sturen u een link waarmee u een nieuw wachtwoord kiest.',
  'forgot.email': 'E-mailadres',
  'forgot.submit': 'Link versturen',
  'forgot.sent.title': 'Kijk in uw mailbox',
  'forgot.sent.body':
    'U ontvangt binnen enkele minuten een e-mail op dit adres; als er een account mee bestaat, met een link om een nieuw wachtwoord te kiezen. De link is beperkt geldig.',
  'forgot.sent.noMail':
    'Geen e-mail ontvangen? Kijk ook bij uw ongewenste e-mail, of vraag een nieuwe link aan.',
  'forgot.again': 'Nieuwe link aanvragen',
  'forgot.backToLogin': 'Terug naar aanmelden',

  'reset.title': 'Nieuw wachtwoord kiezen',
  'reset.intro': 'Kies een nieuw wachtwoord voor uw account.',
  'reset.password': 'Nieuw wachtwoord',
  'reset.confirm': 'Herhaal het nieuwe wachtwoord',
  'reset.submit': 'Wachtwoord opslaan',
  'reset.missingToken':
    'Deze link is onvolledig. Open de link uit de e-mail opnieuw, of vraag een nieuwe link aan.',
  'reset.requestNew': 'Nieuwe link aanvragen',

  'invite.title': 'Uw account activeren',
  'invite.intro':
    'U bent uitgenodigd voor het e-loket van {department}. Kies een wachtwoord om uw account te activeren; daarna bent u meteen aangemeld.',
  'invite.password': 'Wachtwoord',
  'invite.confirm': 'Herhaal het wachtwoord',
  'invite.submit': 'Activeren en aanmelden',
  'invite.missingToken':
    'Deze uitnodigingslink is onvolledig. Open de link uit de e-mail opnieuw, of vraag de beheerder van uw organisatie om een nieuwe uitnodiging.',

  'start.title': 'Welkom, {name}',
  'start.intro.organisation': 'Dit is het e-loket van {organisation} bij {department}.',
  'start.intro.staff': 'Dit is het e-loket voor de medewerkers van {department}.',
  'start.soon': 'Hier verschijnen binnenkort uw taken, uw laatste berichten en uw thema’s.',
  'start.shortcuts': 'Snel naar',
  'start.messages': 'Berichten van en aan {department} lezen en versturen.',
  'start.organisation': 'Organisatiegegevens en contactpersonen per thema beheren.',
  'start.tickets': 'Een vraag of probleem melden aan de helpdesk en uw meldingen opvolgen.',
  'start.profile': 'Uw gegevens, wachtwoord, taal en sessies.',

  'profile.title': 'Profiel',
  'profile.intro': 'Uw gegevens, uw wachtwoord, uw taal en de toestellen waarop u bent aangemeld.',
  'profile.account': 'Uw account',
  'profile.organisation': 'Organisatie',
  'profile.roles': 'Rol',
  'profile.personal.title': 'Persoonlijke gegevens',
  'profile.firstName': 'Voornaam',
  'profile.lastName': 'Familienaam',
  'profile.email': 'E-mailadres',
  'profile.email.hint': 'Wijzigt u uw e-mailadres, dan sturen we een bericht naar het oude adres.',
  'profile.phone': 'Telefoonnummer',
  'profile.phone.hint': 'Bijvoorbeeld +32 2 553 35 00.',
  'profile.currentPassword': 'Huidig wachtwoord',
  'profile.currentPassword.hint': 'Bevestig de wijziging met uw huidige wachtwoord.',
  'profile.personal.submit': 'Gegevens bewaren',
  'confirmEmail.title': 'Nieuw e-mailadres bevestigen',
  'confirmEmail.intro': 'Bevestig dat u zich voortaan met dit e-mailadres aanmeldt bij het e-loket.',
  'confirmEmail.submit': 'Dit adres bevestigen',
  'confirmEmail.done': 'Uw nieuwe e-mailadres is bevestigd. U meldt zich voortaan met dit adres aan.',
  'confirmEmail.missingToken': 'Deze link is onvolledig. Open de link uit de e-mail opnieuw.',
  'confirmEmail.toApp': 'Naar het e-loket',
  'profile.personal.confirmEmail':
    'Uw gegevens zijn bewaard. We stuurden een link naar {email}: uw nieuwe e-mailadres geldt zodra u het daarmee bevestigt.',
  'profile.personal.saved': 'Uw gegevens zijn bewaard.',
  'profile.password.title': 'Wachtwoord wijzigen',
  'profile.password.note': 'Na de wijziging wordt u afgemeld op uw andere toestellen.',
  'profile.password.new': 'Nieuw wachtwoord',
  'profile.password.confirm': 'Herhaal het nieuwe wachtwoord',
  'profile.password.submit': 'Wachtwoord wijzigen',
  'profile.password.saved': 'Uw wachtwoord is gewijzigd. U bent afgemeld op uw andere toestellen.',
  'profile.language.title': 'Taal',
  'profile.language.legend': 'In welke taal wilt u het e-loket en de e-mails?',
  'profile.language.submit': 'Taal bewaren',
  'profile.language.saved': 'De taal is bewaard.',
  'profile.sessions.title': 'Waar u bent aangemeld',
  'profile.sessions.intro': 'Herkent u een toestel niet? Beëindig die sessie en wijzig uw wachtwoord.',
  'profile.sessions.caption': 'Uw sessies, de nieuwste eerst',
  'profile.sessions.device': 'Toestel',
  'profile.sessions.ip': 'IP-adres',
  'profile.sessions.created': 'Aangemeld op',
  'profile.sessions.lastSeen': 'Laatst actief',
  'profile.sessions.expires': 'Verloopt op',
  'profile.sessions.status': 'Status',
  'profile.sessions.action': 'Actie',
  'profile.sessions.current': 'Deze sessie',
  'profile.sessions.active': 'Actief',
  'profile.sessions.revoke': 'Beëindigen',
  'profile.sessions.revokeLabel': 'Sessie op {device} beëindigen',
  'profile.sessions.revoked': 'De sessie is beëindigd.',
  'profile.sessions.onlyThis':
    'U bent op geen enkel ander toestel aangemeld. Meldt u zich ergens anders aan, dan ziet u dat hier.',
  'profile.sessions.unknownDevice': 'Onbekend toestel',
  'profile.sessions.deviceOn': '{browser} op {os}',
  'profile.sessions.unknown': 'onbekend',

  'live.revoked': 'Uw sessie werd beëindigd. U gaat naar de aanmeldpagina.',
  'live.revoked.link': 'Nu opnieuw aanmelden',
  'live.disconnected': 'De live verbinding is onderbroken. We proberen opnieuw te verbinden.',
  'live.reconnected': 'De live verbinding is hersteld.',

  'error.title': 'Er ging iets mis',
  'error.body':
    'Probeer het straks opnieuw. Blijft het probleem duren, neem dan contact op met de helpdesk van {department}.',
  'error.notFound.title': 'Pagina niet gevonden',
  'error.notFound.body': 'Deze pagina bestaat niet (meer). Kijk het adres na of ga naar de startpagina.',
  'error.forbidden.title': 'Geen toegang',
  'error.forbidden.body': 'U hebt geen toegang tot deze pagina.',
  'error.unavailable.title': 'Tijdelijk niet beschikbaar',
  'error.unavailable.body':
    'Het e-loket kan zijn gegevens nu niet ophalen. Probeer het over enkele minuten opnieuw.',
  'error.home': 'Naar de startpagina',
  ...contactsNl,
  ...messagesNl,
  ...staffNl,
  ...staffTicketsNl,
  ...ticketsNl,
  ...reportsNl,
  ...chatNl,
  ...quarantineNl,
  ...adminNl,
  ...adminDepartmentsNl,
  ...adminHistoryNl,
  ...adminStaffNl,
  ...ssoNl,
  ...ticketCategoriesNl,
  ...privacyNl,
  ...usersNl,
  ...knowledgeBaseNl,
  ...webhooksNl,
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
