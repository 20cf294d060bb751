// Page titles in the chosen language, from the dictionary the root loader sent.
import type { MetaDescriptor } from '@remix-run/node';
import { errorTexts } from './error-texts';
import { createI18n, type Params } from './i18n/i18n';
import type { Language } from './i18n/language';
import type { MessageKey, Messages } from './i18n/nl';

interface RootData {
  language: Language;
  messages: Messages;
}

interface MetaMatch {
  id: string;
  data: unknown;
}

/** A `meta` export titling the page "<page> · e-loket <department>". */
export function titled(key: MessageKey, params?: Params) {
  return titledBy<unknown>(key, () => params ?? {}, key);
}

/**
 * A `meta` export naming what the page shows, from its own loader data (a thread, a theme, an
 * organisation): `key` with `params(data)`, or `fallback` when the page has no data (an error).
 */
export function titledBy<T>(key: MessageKey, params: (data: T) => Params | null, fallback: MessageKey) {
  return ({ data, matches }: { data?: T; matches: MetaMatch[] }): MetaDescriptor[] => {
    const root = matches.find((match) => match.id === 'root')?.data as RootData | undefined;
    if (!root?.messages) return [{ title: 'e-loket' }];
    const { t } = createI18n(root.language, root.messages);
    const values = data ? params(data) : null;
    const page = values ? t(key, values) : t(fallback);
    return [{ title: t('meta.title', { page }) }];
  };
}

/** The root's `meta`: the title of the error pages, and of any page that names none. */
export function rootMeta({ matches, error }: { matches: MetaMatch[]; error?: unknown }): MetaDescriptor[] {
  if (!error) {
    const root = matches.find((match) => match.id === 'root')?.data as RootData | undefined;
    return [{ title: root?.messages ? `e-loket ${root.messages['app.department']}` : 'e-loket' }];
  }
  return titled(errorTexts(error).title)({ matches });
}
