// /tickets/new (Nieuw ticket, '001', '003'): the account's email address (read-only: the helpdesk answers
// there), subject, the mandatory category, the support type, the description and files (several), under
// the manual's reminder not to send privacy-sensitive data; the privacy guard may ask to confirm first.
// `?previous=HD-…` starts a ticket that follows up on a closed one. Once sent, the ticket's page opens
// with the confirmation naming its number.
import { randomUUID } from 'node:crypto';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import attachmentsCss from '../attachments/attachments.css?url';
import { AttachmentsField, SendActions } from '../attachments/attachments-field';
import { FILES_FIELD, type UploadedFile } from '../attachments/uploaded-file';
import { useAttachments } from '../attachments/use-attachments';
import { ErrorSummary } from '../components/error-summary';
import { Field, SelectField, TextareaField } from '../components/field';
import { AlertIcon } from '../components/icons';
import { Notice } from '../components/notice';
import type { PrivacyWarningView } from '../components/privacy-dialog';
import { PrivacyDialog } from '../components/privacy-dialog';
import { DefaultSubmit } from '../forms/default-submit';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { TicketsByNumberQuery, TicketsOptionsQuery } from '../graphql/tickets.server';
import { useI18n } from '../i18n/i18n';
import { isSolvedForm, solvedAction } from '../knowledge-base/deflection.server';
import knowledgeBaseCss from '../knowledge-base/knowledge-base.css?url';
import { SEARCH_MAX } from '../knowledge-base/search';
import { searchKnowledgeBase } from '../knowledge-base/search.server';
import {
  SUGGESTIONS_SHOWN,
  SuggestionsShownFields,
  TicketSuggestions,
  useSuggestions,
} from '../knowledge-base/ticket-suggestions';
import messagesCss from '../messages/messages.css?url';
import { titled } from '../meta';
import { textParam } from '../query-params';
import { requireViewer } from '../session.server';
import { newTicketAction } from '../tickets/new-ticket.server';
import { NEW_TICKET_FORM as FORM, SUBJECT_MAX } from '../tickets/ticket-fields';
import ticketsCss from '../tickets/tickets.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: messagesCss },
  { rel: 'stylesheet', href: attachmentsCss },
  { rel: 'stylesheet', href: ticketsCss },
  { rel: 'stylesheet', href: knowledgeBaseCss },
];

export const meta = titled('tickets.new.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  if (scope.viewer.isStaff) throw redirect('/staff/tickets');
  const params = new URL(request.url).searchParams;
  const number = textParam(params.get('previous'), 40);
  // 'Zoek eerst in de kennisbank' without JavaScript: ?zoek= shows the matching articles.
  const query = textParam(params.get('zoek'), SEARCH_MAX);
  const [options, previous, found] = await Promise.all([
    scope.api(TicketsOptionsQuery),
    number ? scope.api(TicketsByNumberQuery, { number }).then((answer) => answer.ticket) : null,
    query ? searchKnowledgeBase(scope, query, { first: SUGGESTIONS_SHOWN }) : null,
  ]);
  return {
    email: scope.viewer.email,
    categories: options.ticketCategories,
    supportTypes: options.ticketSupportTypes,
    // Only a closed ticket is followed up by a new one; an open one is answered on its own page.
    previous:
      previous?.status === 'CLOSED'
        ? { id: previous.id, number: previous.number, subject: previous.subject }
        : null,
    clientKey: randomUUID(),
    suggestions: { query, hits: found?.searchKnowledgeBase.edges.map((e) => e.node) ?? [] },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireViewer(request, context);
  if (isSolvedForm(request)) return solvedAction(scope, request);
  return newTicketAction(scope, context, request);
}

type NewTicketResult = FormResult & { attachments?: UploadedFile[]; privacyWarnings?: PrivacyWarningView[] };

export default function NewTicketPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as NewTicketResult | undefined;
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const sending = navigation.state === 'submitting' && navigation.formData?.get('form') === FORM;
  const warnings = result?.form === FORM ? (result.privacyWarnings ?? []) : [];
  // The privacy question takes the focus itself.
  useFocusFirstError(ref, warnings.length > 0 ? undefined : result, FORM);
  const files = useAttachments(FORM, result);
  const previous = data.previous;
  const { shown, suggest } = useSuggestions(data.suggestions);
  const values = valuesOf(result, FORM, {
    subject: previous ? t('tickets.new.previous.subject', previous) : data.suggestions.query,
    categoryId: '',
    supportTypeId: '',
    description: '',
  });
  const labels = {
    subject: t('tickets.field.subject'),
    categoryId: t('tickets.field.category'),
    supportTypeId: t('tickets.field.supportType'),
    description: t('tickets.field.description'),
    [FILES_FIELD]: t('msg.compose.attachments'),
  };
  const label = t(sending ? 'tickets.new.sending' : 'tickets.new.submit');

  return (
    <>
      <p className="back-link">
        <Link to="/tickets">
          <span aria-hidden="true">← </span>
          {t('tickets.detail.back')}
        </Link>
      </p>
      <h1>{t('tickets.new.title')}</h1>
      <p className="lead">{t('tickets.new.intro')}</p>
      {previous ? (
        <Notice kind="info" live={false}>
          <p>{t('tickets.new.previous', previous)}</p>
        </Notice>
      ) : null}
      <TicketSuggestions shown={shown} />
      <Form
        method="post"
        encType="multipart/form-data"
        ref={ref}
        noValidate
        className="form"
        id={`${FORM}-form`}
      >
        {/* Enter in a text field sends (the remove buttons of files come before the send button). */}
        <DefaultSubmit name="intent" value="send" label={t('tickets.new.submit')} />
        <ErrorSummary errors={result?.form === FORM ? result.errors : []} idPrefix={FORM} labels={labels} />
        <PrivacyDialog
          key={JSON.stringify(warnings)}
          form={FORM}
          warnings={warnings}
          busy={sending}
          editField="description"
          question={t('msg.privacy.question')}
        />
        <input type="hidden" name="form" value={FORM} />
        <input type="hidden" name="clientKey" value={result?.values.clientKey || data.clientKey} />
        <input type="hidden" {...files.hidden} />
        {previous ? <input type="hidden" name="previousTicketId" value={previous.id} /> : null}
        <SuggestionsShownFields shown={shown} />
        <Field
          form={FORM}
          name="email"
          type="email"
          label={t('tickets.field.email')}
          hint={t('tickets.field.email.hint')}
          value={data.email}
          readOnly
          required={false}
          className="input ticket-email"
        />
        <Field
          form={FORM}
          name="subject"
          label={t('tickets.field.subject')}
          hint={t('tickets.field.subject.hint')}
          defaultValue={values.subject}
          errors={errorsOf(result, FORM, 'subject')}
          maxLength={SUBJECT_MAX}
          autoComplete="off"
          onChange={(event) => suggest(event.currentTarget.value)}
        />
        <SelectField
          form={FORM}
          name="categoryId"
          label={t('tickets.field.category')}
          hint={t('tickets.field.category.hint')}
          defaultValue={values.categoryId}
          errors={errorsOf(result, FORM, 'categoryId')}
        >
          <option value="">{t('tickets.field.category.choose')}</option>
          {data.categories.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          form={FORM}
          name="supportTypeId"
          label={t('tickets.field.supportType')}
          defaultValue={values.supportTypeId}
          errors={errorsOf(result, FORM, 'supportTypeId')}
        >
          <option value="">{t('tickets.field.supportType.choose')}</option>
          {data.supportTypes.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </SelectField>
        <TextareaField
          form={FORM}
          name="description"
          label={t('tickets.field.description')}
          hint={t('tickets.field.description.hint')}
          rows={8}
          defaultValue={values.description}
          errors={errorsOf(result, FORM, 'description')}
        />
        <AttachmentsField {...files.field} />
        <div className="notice notice-warning privacy-reminder">
          <AlertIcon />
          <p className="notice-body">{t('tickets.privacy.reminder')}</p>
        </div>
        <SendActions form={FORM} label={label} busy={sending} uploading={files.uploading}>
          <Link to="/tickets">{t('tickets.new.cancel')}</Link>
        </SendActions>
      </Form>
    </>
  );
}
