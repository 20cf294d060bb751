// A new-password input with the password rules shown beside it; with JavaScript each rule says, as you
// type, whether it is met (in words and icon). The API checks the same rules and reports each one.
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { Field, type FieldProps } from './field';
import { CheckIcon, CircleIcon } from './icons';

const RULES: Array<{ key: MessageKey; test: (value: string) => boolean }> = [
  { key: 'password.rules.length', test: (v) => [...v].length >= 8 },
  { key: 'password.rules.upper', test: (v) => /\p{Lu}/u.test(v) },
  { key: 'password.rules.lower', test: (v) => /\p{Ll}/u.test(v) },
  { key: 'password.rules.digitOrSymbol', test: (v) => /[^\p{L}\s]/u.test(v) },
];

export function NewPasswordField(props: Omit<FieldProps, 'type' | 'describedBy' | 'onChange'>) {
  const { t } = useI18n();
  const [value, setValue] = useState<string | null>(null);
  const rulesId = `${props.form}-${props.name}-rules`;
  return (
    <>
      <Field
        {...props}
        type="password"
        autoComplete="new-password"
        describedBy={rulesId}
        onChange={(event) => setValue(event.currentTarget.value)}
      />
      <div id={rulesId} className="password-rules">
        <p>{t('password.rules.title')}</p>
        <ul>
          {RULES.map((rule) => {
            const met = value === null ? null : rule.test(value);
            return (
              <li key={rule.key} className={met === null ? undefined : met ? 'rule-met' : 'rule-open'}>
                {met ? <CheckIcon /> : <CircleIcon />}
                {t(rule.key)}
                {met === null ? null : (
                  <span className="visually-hidden">
                    {' '}
                    ({t(met ? 'password.rule.met' : 'password.rule.notMet')})
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
