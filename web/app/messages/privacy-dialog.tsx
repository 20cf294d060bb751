// The privacy guard's question: the title or text seems to hold personal data (a national register
// number, a BSN, an IBAN). A modal <dialog> inside the message form: 'Toch verzenden' posts the same form
// again with the acknowledgement; 'Bericht aanpassen' goes back to the text. Without JavaScript the
// dialog is shown open in the page (not modal), with the same two ways on. Keyed by the answer that
// brought the warnings, so each new answer opens it again.
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { AlertIcon } from '../components/icons';
import { useI18n } from '../i18n/i18n';
import type { PrivacyWarningView } from './compose-state';
import { useHydrated } from './use-hydrated';

export function PrivacyDialog({
  form,
  warnings,
  busy,
  editField = 'body',
}: {
  form: string;
  warnings: PrivacyWarningView[];
  busy: boolean;
  /** The field 'Bericht aanpassen' goes back to. */
  editField?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const hydrated = useHydrated();
  const [dismissed, setDismissed] = useState(false);

  // With JavaScript the dialog is modal (focus inside, the rest inert); the server renders it open in
  // the page for browsers without.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !hydrated || warnings.length === 0 || dialog.open) return;
    dialog.showModal();
  }, [warnings, hydrated]);

  if (warnings.length === 0 || dismissed) return null;

  const backToText = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    ref.current?.close();
    // At once: the close event, which also does this, comes a moment later.
    document.getElementById(`${form}-${editField}`)?.focus();
  };

  return (
    <dialog
      ref={ref}
      open={!hydrated}
      className="dialog"
      aria-labelledby={`${form}-privacy-title`}
      aria-describedby={`${form}-privacy-body`}
      onClose={() => {
        setDismissed(true);
        document.getElementById(`${form}-${editField}`)?.focus();
      }}
    >
      {/* Without JavaScript the page opens on the question (with it, showModal moves the focus in). */}
      {/* biome-ignore lint/a11y/noAutofocus: the warning must be read before anything else */}
      <h2 id={`${form}-privacy-title`} className="dialog-title" tabIndex={-1} autoFocus={!hydrated}>
        <AlertIcon /> {t('msg.privacy.title')}
      </h2>
      <div id={`${form}-privacy-body`}>
        <ul className="dialog-list">
          {warnings.map((warning) => (
            <li key={`${warning.field}-${warning.masked}`}>{warning.message}</li>
          ))}
        </ul>
        <p>{t('msg.privacy.body')}</p>
      </div>
      <div className="form-actions">
        <button
          type="submit"
          name="intent"
          value="send-acknowledged"
          className="button button-primary"
          disabled={busy}
        >
          {t('msg.privacy.send')}
        </button>
        <a href={`#${form}-${editField}`} className="button button-secondary" onClick={backToText}>
          {t('msg.privacy.edit')}
        </a>
      </div>
    </dialog>
  );
}
