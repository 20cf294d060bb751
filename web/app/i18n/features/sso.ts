// Texts of single sign-on (the button on the login page, the page of a refused sign-on), in Dutch (the
// reference) and English; spread into ../nl.ts and ../en.ts.
export const ssoNl = {
  'login.sso.button': 'Aanmelden met {name}',
  'login.sso.or': 'Of meld u aan met uw e-mailadres en wachtwoord.',
  'login.notice.ssoUnavailable': 'De aanmeldingsdienst is nu niet bereikbaar. Probeer het later opnieuw.',
  'sso.refused.title': 'Aanmelden is niet gelukt',
  'sso.refused.failed':
    'De aanmelding kon niet worden bevestigd: ze duurde te lang, werd al gebruikt of kwam niet van deze browser. Probeer opnieuw aan te melden.',
  'sso.refused.unavailable': 'De aanmeldingsdienst is nu niet bereikbaar. Probeer het later opnieuw.',
  'sso.refused.unknownUser':
    'U bent aangemeld bij de aanmeldingsdienst, maar u hebt nog geen toegang tot het e-loket. Vraag de beheerder van uw organisatie om u uit te nodigen met het e-mailadres dat de aanmeldingsdienst van u kent.',
  'sso.refused.disabled':
    'Uw account in het e-loket is uitgeschakeld. Neem contact op met de beheerder van uw organisatie.',
  'sso.refused.again': 'Opnieuw aanmelden',
  'sso.refused.toLogin': 'Naar de aanmeldpagina',
  'history.action.user.sso-linked': 'Gebruiker {name} meldt zich voortaan aan via de aanmeldingsdienst',
  'history.action.user.sso-created':
    'Gebruiker {name} aangemaakt bij de eerste aanmelding via de aanmeldingsdienst',
} as const;

export const ssoEn: Record<keyof typeof ssoNl, string> = {
  'login.sso.button': 'Log in with {name}',
  'login.sso.or': 'Or log in with your email address and password.',
  'login.notice.ssoUnavailable': 'The sign-in service cannot be reached right now. Please try again later.',
  'sso.refused.title': 'Logging in did not work',
  'sso.refused.failed':
    'The sign-in could not be confirmed: it took too long, was already used or did not come from this browser. Please try to log in again.',
  'sso.refused.unavailable': 'The sign-in service cannot be reached right now. Please try again later.',
  'sso.refused.unknownUser':
    "You signed in with the sign-in service, but you do not have access to the e-loket yet. Ask your organisation's administrator to invite you with the email address the sign-in service knows for you.",
  'sso.refused.disabled': "Your e-loket account is disabled. Contact your organisation's administrator.",
  'sso.refused.again': 'Log in again',
  'sso.refused.toLogin': 'To the login page',
  'history.action.user.sso-linked': 'User {name} now logs in through the sign-in service',
  'history.action.user.sso-created': 'User {name} created at their first login through the sign-in service',
};
