// A labelled text input with its hint and its errors, tied together for assistive technology
// (aria-describedby, aria-invalid). Ids are `<form>-<name>` so pages can hold several forms.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'id'> {
  form: string;
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
  /** Extra ids that describe the input (e.g. a list of password rules). */
  describedBy?: string;
}

export function Field({ form, name, label, hint, errors = [], optional, describedBy, ...input }: FieldProps) {
  const { t } = useI18n();
  const id = `${form}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const described = [hintId, describedBy, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errors.length > 0 ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional ? <span className="field-optional"> {t('form.optional')}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <div id={errorId} className="field-error">
          {errors.map((message) => (
            <p key={message}>
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {message}
            </p>
          ))}
        </div>
      ) : null}
      <input
        id={id}
        name={name}
        className="input"
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={described}
        required={!optional}
        {...input}
      />
    </div>
  );
}
