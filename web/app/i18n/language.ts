// The languages of the web: Dutch (nl-BE, the default) and English; how each formats dates and numbers.
import type { Language } from '../graphql/generated/graphql';

export type { Language };
export const LANGUAGES = ['nl', 'en'] as const satisfies readonly Language[];
export const DEFAULT_LANGUAGE: Language = 'nl';
/** Dates and times are shown in the department's zone, wherever the reader is. */
export const TIME_ZONE = 'Europe/Brussels';

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

/** The BCP 47 tag for `<html lang>` and Accept-Language. */
export function languageTag(language: Language): string {
  return language === 'nl' ? 'nl-BE' : 'en';
}

/** The locale Intl formats with (day before month in both languages). */
export function localeOf(language: Language): string {
  return language === 'nl' ? 'nl-BE' : 'en-GB';
}

/** The best language for an Accept-Language header; undefined when it names neither. */
export function languageFromHeader(header: string | null): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (isLanguage(base)) return base;
  }
  return undefined;
}
