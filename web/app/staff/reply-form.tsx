// Antwoorden: the department's reply in a thread (INBOUND for the organisation, mailed to the thread's
// contacts), with attachments in the Berichtenmodule's upload field: with JavaScript each file goes to
// /uploads at once, with its progress shown; without, the files are posted with the form and the action
// passes them on. The privacy guard may hold it back until the sender acknowledges; a reply the API
// refuses (an AGENT outside the thread's team) says why beside the form. The text and the attachments
// are kept on any error.
import { Form, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { AttachmentsField, SendActions } from '../attachments/attachments-field';
import { FILES_FIELD } from '../attachments/uploaded-file';
import { useAttachments } from '../attachments/use-attachments';
import { ErrorSummary } from '../components/error-summary';
import { TextareaField } from '../components/field';
import { Notice } from '../components/notice';
import { PrivacyDialog } from '../components/privacy-dialog';
import { errorsOf, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';
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
  const busy = navigation.state === 'submitting' && navigation.formData?.get('form') === FORM;
  const mine = result?.form === FORM;
  useFocusFirstError(ref, mine && result.warnings?.length ? undefined : result, FORM);
  const values = valuesOf(result, FORM, { body: '' });
  // Kept through an error or the privacy question; none once the reply is sent.
  const files = useAttachments(FORM, result);
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
      <Form
        method="post"
        encType="multipart/form-data"
        ref={ref}
        noValidate
        className="form"
        id={`${FORM}-form`}
      >
        <ErrorSummary
          errors={mine ? result.errors : []}
          idPrefix={FORM}
          labels={{ body: t('staff.reply.body'), [FILES_FIELD]: t('msg.compose.attachments') }}
        />
        <input type="hidden" name="form" value={FORM} />
        <input type="hidden" name="clientKey" value={clientKey} />
        <input type="hidden" {...files.hidden} />
        <TextareaField
          form={FORM}
          name="body"
          label={t('staff.reply.body')}
          hint={t('staff.reply.body.hint')}
          defaultValue={values.body}
          errors={errorsOf(result, FORM, 'body')}
        />
        <AttachmentsField {...files.field} />
        <SendActions form={FORM} label={t('staff.reply.submit')} busy={busy} uploading={files.uploading} />
      </Form>
      {mine && result.warnings?.length ? (
        <PrivacyDialog
          form={FORM}
          warnings={result.warnings}
          intro={t('staff.privacy.intro')}
          question={t('staff.privacy.question')}
        />
      ) : null}
    </section>
  );
}
