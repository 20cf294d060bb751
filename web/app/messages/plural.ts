// Counted texts: each such text has a `.one` and an `.other` form in the dictionary.
import type { I18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';

type Counted<K extends string> = K extends `${infer Base}.one` ? Base : never;

export function countText(
  t: I18n['t'],
  key: Counted<MessageKey>,
  count: number,
  params: Record<string, string | number> = {},
  /** The count is a lower bound (the API stopped counting): shown as "1000+". */
  capped = false,
): string {
  return t(`${key}.${count === 1 && !capped ? 'one' : 'other'}` as MessageKey, {
    count: capped ? `${count}+` : count,
    ...params,
  });
}
