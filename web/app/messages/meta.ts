// Page titles that name what the page shows (a thread's reference number, a theme), from the page's own
// loader data, in the chosen language.
import type { MetaDescriptor } from '@remix-run/node';
import { createI18n, type Params } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import type { MessageKey, Messages } from '../i18n/nl';

interface MetaArgs<T> {
  data: T | undefined;
  matches: Array<{ id: string; data: unknown }>;
}

export function titledBy<T>(key: MessageKey, params: (data: T) => Params | null, fallback: MessageKey) {
  return ({ data, matches }: MetaArgs<T>): MetaDescriptor[] => {
    const root = matches.find((match) => match.id === 'root')?.data as
      | { language: Language; messages: Messages }
      | undefined;
    if (!root?.messages) return [{ title: 'e-loket' }];
    const { t } = createI18n(root.language, root.messages);
    const values = data ? params(data) : null;
    const page = values ? t(key, values) : t(fallback);
    return [{ title: t('meta.title', { page }) }];
  };
}
