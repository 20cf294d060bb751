// Antwoorden: the department's reply in a thread (INBOUND for the organisation, mailed to the thread's
// contacts), with attachments (the Berichtenmodule's upload field: with JavaScript each file goes to
// /uploads at once, with its progress shown; the form sends their ids). The privacy guard may hold it
// back until the sender acknowledges; a reply the API refuses (an AGENT outside the thread's team) says
// why beside the form. The text and the attachments are kept on any error.
import { Form, useNavigation } from '@remix-run/react';
import { useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Notice } from '../components/notice';
import { errorsOf, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';
import { AttachmentsField } from '../messages/attachments-field';
import type { UploadedFile } from '../messages/compose-state';
import { useHydrated } from '../messages/use-hydrated';
import { TextareaField } from './fields';
import { PrivacyDialog } from './privacy-dialog';
import type { SendResult } from './send-result';

const FORM = 'reply';

export function ReplyForm({
  clientKey,
  team,
  member,
  result,
}: {
  clientKey: string;
  team: string;
  /** Whether the viewer may answer in the thread's team (the API decides; this only forewarns). */
  member: boolean;
  result: SendResult | undefined;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === FORM;
  const mine = result?.form === FORM;
  useFocusFirstError(ref, mine && result.warnings?.length ? undefined : result, FORM);
  const values = valuesOf(result, FORM, { body: '' });
  const hydrated = useHydrated();
  const [attachments, setAttachments] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  // Sent: the next reply starts without attachments.
  useEffect(() => {
    if (result?.form === FORM && result.ok) setAttachments([]);
  }, [result]);
  return (
    <section className="panel staff-reply-panel" aria-labelledby="reply-title">
      <h2 id="reply-title">{t('staff.reply.title')}</h2>
      {mine && result.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      {member ? null : (
        <Notice kind="info" live={false}>
          <p>{t('staff.reply.notMember', { team })}</p>
        </Notice>
      )}
      <Form method="post" ref={ref} noValidate className="form" id="reply-form">
        <ErrorSummary
          errors={mine ? result.errors : []}
          idPrefix={FORM}
          labels={{ body: t('staff.reply.body') }}
        />
        <input type="hidden" name="intent" value={FORM} />
        <input type="hidden" name="clientKey" value={clientKey} />
        <TextareaField
          form={FORM}
          name="body"
          label={t('staff.reply.body')}
          hint={t('staff.reply.body.hint')}
          defaultValue={values.body}
          errors={errorsOf(result, FORM, 'body')}
        />
        {attachments.map((file) => (
          <input key={file.id} type="hidden" name="attachmentIds" value={file.id} />
        ))}
        {hydrated ? (
          <AttachmentsField
            form={FORM}
            attachments={attachments}
            result={result}
            hydrated
            onIntent={(intent) => {
              if (intent.type === 'attachment-remove')
                setAttachments((list) => list.filter((file) => file.id !== intent.id));
            }}
            onUploaded={(file) => setAttachments((list) => [...list, file])}
            onBusy={setUploading}
          />
        ) : (
          <noscript>
            <p className="field-hint">{t('staff.reply.attachmentsNeedScript')}</p>
          </noscript>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || uploading}>
            {t('staff.reply.submit')}
          </button>
        </div>
      </Form>
      {mine && result.warnings?.length ? (
        <PrivacyDialog formId="reply-form" warnings={result.warnings} editTarget="reply-body" />
      ) : null}
    </section>
  );
}
