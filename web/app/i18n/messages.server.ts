// The dictionaries, on the server only: the root loader sends the chosen one to the page, so the
// browser bundle carries no texts.
import { en } from './en';
import { createI18n, type I18n } from './i18n';
import type { Language } from './language';
import { type Messages, nl } from './nl';

export function messagesFor(language: Language): Messages {
  return language === 'en' ? en : nl;
}

/** t() and the formatters for server code (actions that word their own errors, page titles). */
export function i18nFor(language: Language): I18n {
  return createI18n(language, messagesFor(language));
}
