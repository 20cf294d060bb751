// The privacy guard's question, for both sides: the API held a message back because its title or text
// seems to hold personal data (a national register number, a BSN, an IBAN). A modal <dialog>: 'Toch
// verzenden' posts the message's form again with `intent=send-acknowledged`; 'Bericht aanpassen' (which
// takes the focus, being the safe choice) goes back to the text. Without JavaScript the dialog is shown
// open in the page (not modal) with its title focused, and the same two ways on. Each new answer with
// warnings (a new array) opens it again.
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { fieldName } from '../forms/form-result';
import { useI18n } from '../i18n/i18n';
import { useHydrated } from '../use-hydrated';
import { AlertIcon } from './icons';

export interface PrivacyWarningView {
  field: string;
  kind: string;
  masked: string;
  message: string;
}

/** The button that sends the message anyway (its form reads this intent as the acknowledgement). */
export const ACKNOWLEDGE_INTENT = 'send-acknowledged';

export function PrivacyDialog({
  form,
  warnings,
  intro,
  question,
  busy = false,
  editField = 'body',
}: {
  /** The message form's name: its element is `<form>-form`, the text to go back to `<form>-<editField>`. */
  form: string;
  warnings: readonly PrivacyWarningView[];
  /** What the guard found, said before the list (the department's own staff need no reason given). */
  intro?: string;
  /** The question after the list. */
  question: string;
  busy?: boolean;
  /** The field 'Bericht aanpassen' goes back to. */
  editField?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const editRef = useRef<HTMLAnchorElement>(null);
  const hydrated = useHydrated();
  const [dismissed, setDismissed] = useState<readonly PrivacyWarningView[] | null>(null);
  const bodyId = `${form}-${editField}`;
  const backToText = () => document.getElementById(bodyId)?.focus();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !hydrated || warnings.length === 0 || dialog.open) return;
    dialog.showModal();
    editRef.current?.focus();
  }, [warnings, hydrated]);

  if (warnings.length === 0 || dismissed === warnings) return null;

  const edit = (event: MouseEvent<HTMLAnchorElement>) => {
    const dialog = ref.current;
    if (!dialog?.open) return;
    event.preventDefault();
    dialog.close();
    // At once: the close event, which also does this, comes a moment later.
    backToText();
  };
  const where = (field: string) =>
    ['title', 'subject'].includes(fieldName(field) ?? '')
      ? t('privacy.field.title')
      : t('privacy.field.body');

  return (
    <dialog
      ref={ref}
      open={!hydrated}
      className="dialog"
      aria-labelledby={`${form}-privacy-title`}
      aria-describedby={`${form}-privacy-text`}
      onClose={() => {
        setDismissed(warnings);
        backToText();
      }}
    >
      {/* Without JavaScript the page opens on the question (with it, the safe choice takes the focus). */}
      {/* biome-ignore lint/a11y/noAutofocus: the warning must be read before anything else */}
      <h2 id={`${form}-privacy-title`} className="dialog-title" tabIndex={-1} autoFocus={!hydrated}>
        <AlertIcon /> {t('privacy.title')}
      </h2>
      <div id={`${form}-privacy-text`}>
        {intro ? <p>{intro}</p> : null}
        <ul className="dialog-list">
          {warnings.map((warning) => (
            <li key={`${warning.field}-${warning.kind}-${warning.masked}`}>
              <strong>{where(warning.field)}:</strong> {warning.message}
            </li>
          ))}
        </ul>
        <p>{question}</p>
      </div>
      <div className="form-actions">
        <button
          type="submit"
          form={`${form}-form`}
          name="intent"
          value={ACKNOWLEDGE_INTENT}
          className="button button-primary"
          disabled={busy}
        >
          {t('privacy.send')}
        </button>
        <a
          ref={editRef}
          id={`${form}-privacy-edit`}
          href={`#${bodyId}`}
          className="button button-secondary"
          onClick={edit}
        >
          {t('privacy.edit')}
        </a>
      </div>
    </dialog>
  );
}
