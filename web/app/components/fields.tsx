// A labelled text area and a labelled select, the companions of field.tsx's input: hint and errors tied
// together for assistive technology as Field does (ids `<form>-<name>`, aria-invalid, aria-describedby).
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n';

interface Common {
  form: string;
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
}

function useFieldIds({ form, name, hint, errors = [] }: Common) {
  const id = `${form}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return { id, hintId, errorId, described: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

function Frame({
  common,
  ids,
  children,
}: {
  common: Common;
  ids: ReturnType<typeof useFieldIds>;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const errors = common.errors ?? [];
  return (
    <div className={`field${errors.length > 0 ? ' field-invalid' : ''}`}>
      <label htmlFor={ids.id} className="field-label">
        {common.label}
        {common.optional ? <span className="field-optional"> {t('form.optional')}</span> : null}
      </label>
      {common.hint ? (
        <p id={ids.hintId} className="field-hint">
          {common.hint}
        </p>
      ) : null}
      {ids.errorId ? (
        <div id={ids.errorId} className="field-error">
          {errors.map((message) => (
            <p key={message}>
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {message}
            </p>
          ))}
        </div>
      ) : null}
      {children}
    </div>
  );
}

export function TextareaField({
  form,
  name,
  label,
  hint,
  errors = [],
  optional,
  ...textarea
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'form' | 'id'>) {
  const common = { form, name, label, hint, errors, optional };
  const ids = useFieldIds(common);
  return (
    <Frame common={common} ids={ids}>
      <textarea
        id={ids.id}
        name={name}
        className="input textarea"
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={ids.described}
        required={!optional}
        {...textarea}
      />
    </Frame>
  );
}

export function SelectField({
  form,
  name,
  label,
  hint,
  errors = [],
  optional,
  children,
  ...select
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'form' | 'id'>) {
  const common = { form, name, label, hint, errors, optional };
  const ids = useFieldIds(common);
  return (
    <Frame common={common} ids={ids}>
      <select
        id={ids.id}
        name={name}
        className="input select"
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={ids.described}
        {...select}
      >
        {children}
      </select>
    </Frame>
  );
}
