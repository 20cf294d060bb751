// The list of a form's problems above the form, each linking to its field. Without JavaScript it takes
// the focus itself (autofocus); with JavaScript the first field in error gets it (useFocusFirstError).
import type { MouseEvent } from 'react';
import { type FormError, fieldName } from '../forms/form-result';
import { useI18n } from '../i18n/i18n';
import { AlertIcon } from './icons';

export function ErrorSummary({
  errors,
  idPrefix,
  labels = {},
}: {
  errors: FormError[];
  idPrefix: string;
  /** Field labels, so that each item says which field it is about ("E-mailadres: ..."). */
  labels?: Record<string, string>;
}) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };
  return (
    <section
      className="error-summary"
      tabIndex={-1}
      aria-labelledby={`${idPrefix}-error-summary`}
      // biome-ignore lint/a11y/noAutofocus: without JavaScript the summary must take the focus after a failed POST
      autoFocus
    >
      <h2 id={`${idPrefix}-error-summary`} className="error-summary-title">
        <AlertIcon /> {t('form.errorSummary.title')}
      </h2>
      <ul>
        {errors.map((error, index) => {
          const name = fieldName(error.field);
          const id = `${idPrefix}-${name}`;
          const label = name ? labels[name] : undefined;
          const text = label ? `${label}: ${error.message}` : error.message;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity; the list is rebuilt per answer
            <li key={index}>
              {name ? (
                <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
