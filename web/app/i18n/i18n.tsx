// The UI language in React: `useI18n()` gives t() over the dictionary the root loader sent, and
// Intl formatters for dates (Europe/Brussels) and numbers in the chosen language.
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type Language, languageTag, localeOf, TIME_ZONE } from './language';
import type { MessageKey, Messages } from './nl';

export type Params = Record<string, string | number>;

/** Replaces `{name}` in a text; numbers are formatted for the locale. */
function interpolate(text: string, params: Params | undefined, locale: string): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

export interface I18n {
  language: Language;
  /** For `lang` attributes. */
  tag: string;
  locale: string;
  t(key: MessageKey, params?: Params): string;
  /** Date and time, e.g. "22 nov. 2026 14:05". */
  dateTime(value: string | Date): string;
  date(value: string | Date): string;
  number(value: number): string;
}

export function createI18n(language: Language, messages: Messages): I18n {
  const locale = localeOf(language);
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
  const number = new Intl.NumberFormat(locale);
  return {
    language,
    tag: languageTag(language),
    locale,
    t: (key, params) => interpolate(messages[key] ?? key, params, locale),
    dateTime: (value) => dateTime.format(new Date(value)),
    date: (value) => date.format(new Date(value)),
    number: (value) => number.format(value),
  };
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  language,
  messages,
  children,
}: {
  language: Language;
  messages: Messages;
  children: ReactNode;
}) {
  const i18n = useMemo(() => createI18n(language, messages), [language, messages]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
