// The dictionaries, on the server only: the root loader sends the chosen one to the page, so the
// browser bundle carries no texts. '{department}' in a text is the department's name as configured
// (DEPARTMENT_NAME), filled in once here, so that no page has to pass it and no text can forget it.
import { en } from './en';
import { createI18n, type I18n } from './i18n';
import type { Language } from './language';
import { type Messages, nl } from './nl';

const DEFAULT_DEPARTMENT_NAME = 'Departement Zorg';

let departmentName = DEFAULT_DEPARTMENT_NAME;
const filled = new Map<Language, Messages>();

/** Sets the department's name for every text (the web server calls it once with its configuration). */
export function configureDepartmentName(name: string): void {
  departmentName = name;
  filled.clear();
}

function fill(messages: Messages): Messages {
  const out = {} as Messages;
  for (const [key, text] of Object.entries(messages) as Array<[keyof Messages, string]>)
    out[key] = text.replaceAll('{department}', departmentName);
  return out;
}

export function messagesFor(language: Language): Messages {
  let messages = filled.get(language);
  if (!messages) {
    messages = fill(language === 'en' ? en : nl);
    filled.set(language, messages);
  }
  return messages;
}

/** t() and the formatters for server code (actions that word their own errors, page titles). */
export function i18nFor(language: Language): I18n {
  return createI18n(language, messagesFor(language));
}
