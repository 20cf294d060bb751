// English texts of the web app: the same keys as nl.ts (the type checker enforces that).
import { adminEn } from './features/admin';
import { adminDepartmentsEn } from './features/admin-departments';
import { adminHistoryEn } from './features/admin-history';
import { adminStaffEn } from './features/admin-staff';
import { chatEn } from './features/chat';
import { contactsEn } from './features/contacts';
import { knowledgeBaseEn } from './features/knowledge-base';
import { messagesEn } from './features/messages';
import { privacyEn } from './features/privacy';
import { quarantineEn } from './features/quarantine';
import { reportsEn } from './features/reports';
import { ssoEn } from './features/sso';
import { staffEn } from './features/staff';
import { staffTicketsEn } from './features/staff-tickets';
import { ticketCategoriesEn } from './features/ticket-categories';
import { ticketsEn } from './features/tickets';
import { usersEn } from './features/users';
import { webhooksEn } from './features/webhooks';
import type { Messages } from './nl';

export const en: Messages = {
  'app.name': 'e-loket',
  'app.department': '{department}',
  'meta.title': '{page} · e-loket {department}',
  'skip.link': 'Skip to main content',

  'nav.label': 'Main menu',
  'nav.start': 'Home',
  'nav.messages': 'Messages',
  'nav.organisation': 'Organisation',
  'nav.tickets': 'Tickets',
  'nav.profile': 'Profile',
  'userMenu.label': 'Menu of {name}',
  'userMenu.organisation': 'My organisation',
  'userMenu.profile': 'Profile',
  'userMenu.logout': 'Log out',
  'language.label': 'Language',
  'language.nl': 'Nederlands',
  'language.en': 'English',
  'language.switchTo': 'Schakel naar Nederlands',

  'role.ADMIN': 'Administrator',
  'role.MEMBER': 'Member',
  'role.MEMBER_PLUS': 'Member+',
  'role.AGENT': 'Case handler',
  'role.DEPARTMENT_ADMIN': 'Administrator of {department}',

  'form.errorSummary.title': 'Please check the form',
  'form.errorPrefix': 'Error:',
  'form.optional': '(optional)',
  'form.error.required': 'This field is required.',
  'form.error.invalidEmail': 'Enter a valid email address, for example name@example.com.',
  'form.error.passwordMismatch': 'The two passwords are not the same. Type the same password twice.',
  'form.error.choice': 'Choose one of the options offered.',
  'form.error.invalid': 'This value is not valid. Please check it.',

  // The privacy guard's question (both sides).
  'privacy.title': 'Personal data in your message',
  'privacy.field.title': 'In the title',
  'privacy.field.body': 'In the text',
  'privacy.send': 'Send anyway',
  'privacy.edit': 'Edit the message',
  'form.notice.success': 'Done',

  'password.rules.title': 'Your password must:',
  'password.rules.length': 'be at least 8 characters long',
  'password.rules.upper': 'contain at least one upper-case letter',
  'password.rules.lower': 'contain at least one lower-case letter',
  'password.rules.digitOrSymbol': 'contain at least one digit or symbol',
  'password.rule.met': 'met',
  'password.rule.notMet': 'not met yet',

  'login.title': 'Log in',
  'login.intro': 'Log in to the e-loket of {department}.',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.forgot': 'Forgotten your password?',
  'login.noAccount':
    "No account yet? Your organisation's administrator invites you by email; then you choose your own password.",
  'login.notice.loggedOut': 'You have logged out.',
  'login.notice.expired': 'Your session has expired. Please log in again.',
  'login.notice.revoked': 'Your session was ended, for example from another device. Please log in again.',
  'login.notice.passwordReset': 'Your password has been changed. Log in with your new password.',

  'forgot.title': 'Forgotten password',
  'forgot.intro':
    "Enter your account's email address. We will send you a link with which you choose a new password.",
  'forgot.email': 'Email address',
  'forgot.submit': 'Send link',
  'forgot.sent.title': 'Check your mailbox',
  'forgot.sent.body':
    'Within a few minutes you will receive an email at this address; if an account has it, with a link to choose a new password. The link is valid for a limited time.',
  'forgot.sent.noMail': 'No email? Check your junk mail too, or ask for a new link.',
  'forgot.again': 'Ask for a new link',
  'forgot.backToLogin': 'Back to log in',

  'reset.title': 'Choose a new password',
  'reset.intro': 'Choose a new password for your account.',
  'reset.password': 'New password',
  'reset.confirm': 'Repeat the new password',
  'reset.submit': 'Save password',
  'reset.missingToken': 'This link is incomplete. Open the link in the email again, or ask for a new link.',
  'reset.requestNew': 'Ask for a new link',

  'invite.title': 'Activate your account',
  'invite.intro':
    'You have been invited to the e-loket of {department}. Choose a password to activate your account; you are then logged in straight away.',
  'invite.password': 'Password',
  'invite.confirm': 'Repeat the password',
  'invite.submit': 'Activate and log in',
  'invite.missingToken':
    "This invitation link is incomplete. Open the link in the email again, or ask your organisation's administrator for a new invitation.",

  'start.title': 'Welcome, {name}',
  'start.intro.organisation': 'This is the e-loket of {organisation} with {department}.',
  'start.intro.staff': 'This is the e-loket for the staff of {department}.',
  'start.soon': 'Your tasks, your latest messages and your themes will appear here soon.',
  'start.shortcuts': 'Go to',
  'start.messages': 'Read and send messages to and from {department}.',
  'start.organisation': 'Manage organisation data and contact persons per theme.',
  'start.tickets': 'Report a question or problem to the helpdesk and follow up your tickets.',
  'start.profile': 'Your details, password, language and sessions.',

  'profile.title': 'Profile',
  'profile.intro': 'Your details, your password, your language and the devices you are logged in on.',
  'profile.account': 'Your account',
  'profile.organisation': 'Organisation',
  'profile.roles': 'Role',
  'profile.personal.title': 'Personal details',
  'profile.firstName': 'First name',
  'profile.lastName': 'Last name',
  'profile.email': 'Email address',
  'profile.email.hint': 'If you change your email address, we send a notice to the old address.',
  'profile.phone': 'Phone number',
  'profile.phone.hint': 'For example +32 2 553 35 00.',
  'profile.currentPassword': 'Current password',
  'profile.currentPassword.hint': 'Confirm the change with your current password.',
  'profile.personal.submit': 'Save details',
  'confirmEmail.title': 'Confirm your new email address',
  'confirmEmail.intro': 'Confirm that you log in to the e-loket with this email address from now on.',
  'confirmEmail.submit': 'Confirm this address',
  'confirmEmail.done': 'Your new email address is confirmed. From now on you log in with it.',
  'confirmEmail.missingToken': 'This link is incomplete. Open the link from the email again.',
  'confirmEmail.toApp': 'Go to the e-loket',
  'profile.personal.confirmEmail':
    'Your details have been saved. We sent a link to {email}: your new email address applies once you confirm it with that link.',
  'profile.personal.saved': 'Your details have been saved.',
  'profile.password.title': 'Change password',
  'profile.password.note': 'After the change you are logged out on your other devices.',
  'profile.password.new': 'New password',
  'profile.password.confirm': 'Repeat the new password',
  'profile.password.submit': 'Change password',
  'profile.password.saved': 'Your password has been changed. You have been logged out on your other devices.',
  'profile.language.title': 'Language',
  'profile.language.legend': 'In which language do you want the e-loket and its emails?',
  'profile.language.submit': 'Save language',
  'profile.language.saved': 'The language has been saved.',
  'profile.sessions.title': 'Where you are logged in',
  'profile.sessions.intro': "Don't recognise a device? End that session and change your password.",
  'profile.sessions.caption': 'Your sessions, newest first',
  'profile.sessions.device': 'Device',
  'profile.sessions.ip': 'IP address',
  'profile.sessions.created': 'Logged in on',
  'profile.sessions.lastSeen': 'Last active',
  'profile.sessions.expires': 'Expires on',
  'profile.sessions.status': 'Status',
  'profile.sessions.action': 'Action',
  'profile.sessions.current': 'This session',
  'profile.sessions.active': 'Active',
  'profile.sessions.revoke': 'End',
  'profile.sessions.revokeLabel': 'End the session on {device}',
  'profile.sessions.revoked': 'The session has been ended.',
  'profile.sessions.onlyThis':
    'You are not logged in on any other device. When you log in somewhere else, you will see it here.',
  'profile.sessions.unknownDevice': 'Unknown device',
  'profile.sessions.deviceOn': '{browser} on {os}',
  'profile.sessions.unknown': 'unknown',

  'live.revoked': 'Your session was ended. You are going to the log-in page.',
  'live.revoked.link': 'Log in again now',
  'live.disconnected': 'The live connection was interrupted. We are trying to reconnect.',
  'live.reconnected': 'The live connection has been restored.',

  'error.title': 'Something went wrong',
  'error.body': 'Please try again later. If the problem persists, contact the helpdesk of {department}.',
  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'This page does not exist (any more). Check the address or go to the home page.',
  'error.forbidden.title': 'No access',
  'error.forbidden.body': 'You do not have access to this page.',
  'error.unavailable.title': 'Temporarily unavailable',
  'error.unavailable.body': 'The e-loket cannot fetch its data right now. Please try again in a few minutes.',
  'error.home': 'Go to the home page',
  ...contactsEn,
  ...messagesEn,
  ...staffEn,
  ...staffTicketsEn,
  ...ticketsEn,
  ...reportsEn,
  ...chatEn,
  ...quarantineEn,
  ...adminEn,
  ...adminDepartmentsEn,
  ...adminHistoryEn,
  ...adminStaffEn,
  ...ssoEn,
  ...ticketCategoriesEn,
  ...privacyEn,
  ...usersEn,
  ...knowledgeBaseEn,
  ...webhooksEn,
};
