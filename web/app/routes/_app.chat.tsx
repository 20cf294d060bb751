// /chat: the office-hours chat for organisation users ('003' §5). While the desk is open and an agent
// takes chats: ask a question, wait, talk; the conversation follows live and a reload finds the running
// chat. Ending it registers it as a ticket (linked here). Outside hours, or with nobody available, the page
// says when the desk opens and offers the ticket form. Without JavaScript every step works by posting
// the forms (the page then shows the latest state when read again).
import { randomUUID } from 'node:crypto';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import chatCss from '../chat/chat.css?url';
import { customerChatAction } from '../chat/chat-actions.server';
import { ChatTranscript } from '../chat/chat-transcript';
import { endedChat } from '../chat/ended-chat.server';
import { useEndedChatNotice } from '../chat/use-ended-chat';
import { useLiveChat } from '../chat/use-live-chat';
import { ErrorSummary } from '../components/error-summary';
import { TextareaField } from '../components/field';
import { Notice } from '../components/notice';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { CustomerChatQuery } from '../graphql/chat.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { requireViewer } from '../session.server';
import { ticketPath } from '../tickets/ticket-fields';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: chatCss }];
export const meta = titled('chat.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  if (scope.viewer.isStaff) throw redirect('/staff/chat');
  const [data, ended] = await Promise.all([scope.api(CustomerChatQuery, {}), endedChat(scope, request)]);
  // One per page view: a double click or a resent form is one start or one message.
  return { ...data, endedChat: ended, clientKey: randomUUID() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireViewer(request, context);
  return customerChatAction(scope, await request.formData());
}

type Result = FormResult & { number?: string; chatId?: string };
type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function Closed({ availability }: { availability: Data['chatAvailability'] }) {
  const { t, dateTime } = useI18n();
  const text = !availability.open
    ? availability.opensAt
      ? t('chat.closed', { opensAt: dateTime(availability.opensAt) })
      : t('chat.closedNoHours')
    : t('chat.noAgent');
  return (
    <section className="panel" aria-labelledby="chat-closed-title">
      <h2 id="chat-closed-title">{text}</h2>
      <p>{t('chat.ticketInstead.hint')}</p>
      <p>
        <Link to="/tickets/new" className="button button-primary">
          {t('chat.ticketInstead')}
        </Link>
      </p>
    </section>
  );
}

function StartForm({ clientKey, result }: { clientKey: string; result: Result | undefined }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('form') === 'start';
  useFocusFirstError(ref, result, 'start');
  const mine = result?.form === 'start';
  return (
    <section className="panel" aria-labelledby="chat-start-title">
      <h2 id="chat-start-title">{t('chat.start.title')}</h2>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={mine ? result.errors : []}
          idPrefix="start"
          labels={{ question: t('chat.start.question') }}
        />
        <input type="hidden" name="form" value="start" />
        <input type="hidden" name="clientKey" value={clientKey} />
        <TextareaField
          form="start"
          name="question"
          label={t('chat.start.question')}
          hint={t('chat.start.question.hint')}
          rows={4}
          defaultValue={valuesOf(result, 'start', { question: '' }).question}
          errors={errorsOf(result, 'start', 'question')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('chat.start.submit')}
          </button>
        </div>
      </Form>
      <p className="hint">
        <Link to="/tickets/new">{t('chat.ticketInstead')}</Link>
      </p>
    </section>
  );
}

function RunningChat({
  chat,
  clientKey,
  result,
}: {
  chat: NonNullable<Data['runningChat']>;
  clientKey: string;
  result: Result | undefined;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('form') === 'send';
  useFocusFirstError(ref, result, 'send');
  useLiveChat({ chatIds: [chat.id] });
  const mine = result?.form === 'send';
  const agent = chat.agentName ?? t('chat.helpdesk');
  return (
    <section className="panel chat-panel" aria-labelledby="chat-running-title">
      <h2 id="chat-running-title">{chat.subject}</h2>
      <p className="chat-state" role="status">
        {chat.status === 'WAITING' ? t('chat.waiting') : t('chat.talking', { agent })}
      </p>
      <ChatTranscript
        messages={chat.messages}
        label={t('chat.transcript')}
        staffName={agent}
        customerName={t('chat.you')}
      />
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={mine ? result.errors : []}
          idPrefix="send"
          labels={{ body: t('chat.send.body') }}
        />
        <input type="hidden" name="form" value="send" />
        <input type="hidden" name="chatId" value={chat.id} />
        <input type="hidden" name="clientKey" value={clientKey} />
        <TextareaField
          form="send"
          name="body"
          label={t('chat.send.body')}
          rows={3}
          defaultValue={valuesOf(result, 'send', { body: '' }).body}
          errors={errorsOf(result, 'send', 'body')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('chat.send.submit')}
          </button>
        </div>
      </Form>
      <Form method="post" className="form chat-end">
        <input type="hidden" name="form" value="end" />
        <input type="hidden" name="chatId" value={chat.id} />
        <p className="hint" id="chat-end-hint">
          {t('chat.end.hint')}
        </p>
        <button type="submit" className="button button-secondary" aria-describedby="chat-end-hint">
          {t('chat.end.submit')}
        </button>
      </Form>
    </section>
  );
}

export default function ChatPage() {
  const { chatAvailability, runningChat, endedChat, clientKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const { t } = useI18n();
  const ended = result?.form === 'end' && result.ok ? result : null;
  useEndedChatNotice(runningChat ? [runningChat.id] : [], ended?.chatId);
  // A refusal for a form the page no longer shows (the desk closed meanwhile, the chat ended) is said here.
  const shown = runningChat ? 'send' : chatAvailability.offered ? 'start' : null;
  const refused = result && !result.ok && result.form !== shown ? result : null;
  return (
    <>
      <h1>{t('chat.title')}</h1>
      <p className="lead">{t('chat.intro')}</p>
      {ended?.notice ? (
        <Notice kind="success">
          <p>{ended.notice}</p>
          {ended.number ? (
            <p>
              <Link to={ticketPath(ended.number)}>{t('chat.ended.view', { number: ended.number })}</Link>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {endedChat && !runningChat ? (
        <Notice kind="info">
          <p>{t(`chat.autoEnded.${endedChat.reason}`, { number: endedChat.number ?? '—' })}</p>
          {endedChat.number ? (
            <p>
              <Link to={ticketPath(endedChat.number)}>
                {t('chat.ended.view', { number: endedChat.number })}
              </Link>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {refused ? (
        <Notice kind="info">
          <p>{refused.errors[0]?.message}</p>
        </Notice>
      ) : null}
      {runningChat ? (
        <RunningChat chat={runningChat} clientKey={clientKey} result={result} />
      ) : chatAvailability.offered ? (
        <StartForm clientKey={clientKey} result={result} />
      ) : (
        <Closed availability={chatAvailability} />
      )}
    </>
  );
}
