// The privacy guard's question as a modal dialog: the API held the message back because it seems to hold
// a national register number, BSN or IBAN. "Toch versturen" submits the same form again with the
// acknowledgement (the button belongs to that form); "Bericht aanpassen" goes back to the text.
// Without JavaScript the dialog is shown in the page (open, not modal) and works the same way.
import { type MouseEvent, useEffect, useRef } from 'react';
import { AlertIcon } from '../components/icons';
import { fieldName } from '../forms/form-result';
import { useI18n } from '../i18n/i18n';
import type { PrivacyWarning } from './send-result';

export function PrivacyDialog({
  formId,
  warnings,
  editTarget,
}: {
  /** The id of the form that sends the message. */
  formId: string;
  warnings: PrivacyWarning[];
  /** The id of the field to return to when the sender edits the message. */
  editTarget: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const editRef = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || warnings.length === 0) return;
    if (dialog.open) dialog.close();
    dialog.showModal();
    editRef.current?.focus();
    const back = () => document.getElementById(editTarget)?.focus();
    dialog.addEventListener('close', back);
    return () => dialog.removeEventListener('close', back);
  }, [warnings, editTarget]);

  const edit = (event: MouseEvent<HTMLAnchorElement>) => {
    const dialog = ref.current;
    if (!dialog?.open) return;
    event.preventDefault();
    dialog.close();
    // At once (the close event that also does this comes a moment later).
    document.getElementById(editTarget)?.focus();
  };

  const where = (field: string) => {
    const name = fieldName(field);
    return name === 'title' ? t('staff.privacy.field.title') : t('staff.privacy.field.body');
  };

  return (
    <dialog
      ref={ref}
      className="staff-dialog"
      open
      aria-labelledby={`${formId}-privacy-title`}
      aria-describedby={`${formId}-privacy-intro`}
    >
      <h2 id={`${formId}-privacy-title`} className="staff-dialog-title">
        <AlertIcon /> {t('staff.privacy.title')}
      </h2>
      <p id={`${formId}-privacy-intro`}>{t('staff.privacy.intro')}</p>
      <ul className="staff-privacy-list">
        {warnings.map((warning) => (
          <li key={`${warning.field}-${warning.kind}-${warning.masked}`}>
            <strong>{where(warning.field)}:</strong> {warning.message}
          </li>
        ))}
      </ul>
      <p>{t('staff.privacy.question')}</p>
      <div className="form-actions">
        <button
          type="submit"
          form={formId}
          name="acknowledgePrivacyWarning"
          value="1"
          className="button button-primary"
        >
          {t('staff.privacy.confirm')}
        </button>
        <a
          ref={editRef}
          id={`${formId}-privacy-edit`}
          href={`#${editTarget}`}
          className="button button-secondary"
          onClick={edit}
        >
          {t('staff.privacy.edit')}
        </a>
      </div>
    </dialog>
  );
}
