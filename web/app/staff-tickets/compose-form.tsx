// Antwoorden of notitie: one form with a choice between a public reply (mailed to the requester and the
// participants) and an internal note (staff only), with files in the Berichtenmodule's upload field
// (uploaded at once with JavaScript, posted with the form without). Text, choice and files are kept on
// any error; the focus goes to the first field in error.
import { Form, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { AttachmentsField, SendActions } from '../attachments/attachments-field';
import { FILES_FIELD } from '../attachments/uploaded-file';
import { type AttachmentsResult, useAttachments } from '../attachments/use-attachments';
import { ErrorSummary } from '../components/error-summary';
import { TextareaField } from '../components/field';
import { Notice } from '../components/notice';
import { errorsOf, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';

const FORM = 'compose';

export function ComposeForm({
  clientKey,
  result,
}: {
  clientKey: string;
  result: AttachmentsResult | undefined;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('form') === FORM;
  const mine = result?.form === FORM;
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, { body: '', kind: 'reply' });
  const files = useAttachments(FORM, result);
  const kinds = [
    {
      value: 'reply',
      label: t('staffTickets.compose.kind.reply'),
      hint: t('staffTickets.compose.kind.reply.hint'),
    },
    {
      value: 'note',
      label: t('staffTickets.compose.kind.note'),
      hint: t('staffTickets.compose.kind.note.hint'),
    },
  ];
  return (
    <section className="panel staff-reply-panel" aria-labelledby="compose-title">
      <h2 id="compose-title">{t('staffTickets.compose.title')}</h2>
      {mine && result.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      {/* Not keyed by anything the live updates change: what is being typed stays. Once sent, the
          form is reset (useFocusFirstError). */}
      <Form
        method="post"
        encType="multipart/form-data"
        ref={ref}
        noValidate
        className="form"
        id="compose-form"
      >
        <ErrorSummary
          errors={mine ? result.errors : []}
          idPrefix={FORM}
          labels={{ body: t('staffTickets.compose.body'), [FILES_FIELD]: t('msg.compose.attachments') }}
        />
        <input type="hidden" name="form" value={FORM} />
        <input type="hidden" name="clientKey" value={clientKey} />
        <input type="hidden" {...files.hidden} />
        <fieldset className="staff-ticket-kind">
          <legend>{t('staffTickets.compose.kind')}</legend>
          {kinds.map((kind) => (
            <label key={kind.value}>
              <input
                type="radio"
                name="kind"
                value={kind.value}
                defaultChecked={values.kind === kind.value}
              />
              <span className="staff-ticket-kind-text">
                <span>{kind.label}</span>
                <span className="muted">{kind.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <TextareaField
          form={FORM}
          name="body"
          label={t('staffTickets.compose.body')}
          defaultValue={values.body}
          errors={errorsOf(result, FORM, 'body')}
        />
        <AttachmentsField {...files.field} />
        <SendActions
          form={FORM}
          label={t('staffTickets.compose.submit')}
          busy={busy}
          uploading={files.uploading}
        />
      </Form>
    </section>
  );
}
