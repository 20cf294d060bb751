// Labelled form fields — a text input, a text area, a select — with their hint and their errors tied
// together for assistive technology (aria-describedby, aria-invalid). Ids are `<form>-<name>` so pages can
// hold several forms. FieldFrame and FieldErrors serve fields of other shapes (file input, checkboxes).
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n';

export interface FieldBase {
  form: string;
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
  /** Extra ids that describe the control (e.g. a list of password rules). */
  describedBy?: string;
}

export interface FieldIds {
  id: string;
  hintId: string | undefined;
  errorId: string | undefined;
  /** For the control's aria-describedby: hint, extra descriptions, errors. */
  described: string | undefined;
}

export function fieldIds({ form, name, hint, errors = [], describedBy }: FieldBase): FieldIds {
  const id = `${form}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return {
    id,
    hintId,
    errorId,
    described: [hintId, describedBy, errorId].filter(Boolean).join(' ') || undefined,
  };
}

/** A field's error messages, each announced as an error; nothing when there are none. */
export function FieldErrors({ id, errors }: { id: string | undefined; errors: readonly string[] }) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <div id={id} className="field-error">
      {errors.map((message) => (
        <p key={message}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {message}
        </p>
      ))}
    </div>
  );
}

/** Label, hint and errors around a control (`children`) whose id is `ids.id`. */
export function FieldFrame({
  base,
  ids,
  className,
  children,
}: {
  base: FieldBase;
  ids: FieldIds;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const errors = base.errors ?? [];
  const classes = ['field', className, errors.length > 0 ? 'field-invalid' : null].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={ids.id} className="field-label">
        {base.label}
        {base.optional ? <span className="field-optional"> {t('form.optional')}</span> : null}
      </label>
      {base.hint ? (
        <p id={ids.hintId} className="field-hint">
          {base.hint}
        </p>
      ) : null}
      <FieldErrors id={ids.errorId} errors={errors} />
      {children}
    </div>
  );
}

export type FieldProps = FieldBase & Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'id'>;

export function Field({ form, name, label, hint, errors = [], optional, describedBy, ...input }: FieldProps) {
  const base = { form, name, label, hint, errors, optional, describedBy };
  const ids = fieldIds(base);
  return (
    <FieldFrame base={base} ids={ids}>
      <input
        id={ids.id}
        name={name}
        className="input"
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={ids.described}
        required={!optional}
        {...input}
      />
    </FieldFrame>
  );
}

export function TextareaField({
  form,
  name,
  label,
  hint,
  errors = [],
  optional,
  describedBy,
  ...textarea
}: FieldBase & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'form' | 'id'>) {
  const base = { form, name, label, hint, errors, optional, describedBy };
  const ids = fieldIds(base);
  return (
    <FieldFrame base={base} ids={ids}>
      <textarea
        id={ids.id}
        name={name}
        className="input textarea"
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={ids.described}
        required={!optional}
        {...textarea}
      />
    </FieldFrame>
  );
}

export function SelectField({
  form,
  name,
  label,
  hint,
  errors = [],
  optional,
  describedBy,
  children,
  ...select
}: FieldBase & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'form' | 'id'>) {
  const base = { form, name, label, hint, errors, optional, describedBy };
  const ids = fieldIds(base);
  return (
    <FieldFrame base={base} ids={ids}>
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
    </FieldFrame>
  );
}
