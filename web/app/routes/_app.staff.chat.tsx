// /staff/chat: the agents' side of the office-hours chat. An agent says whether they take chats (the
// customers' offer depends on it); the waiting chats appear live, oldest first; taking one opens it below
// with the conversation, a reply and the end: solved in the chat (ticket Opgelost, with the solution) or
// not (ticket Nieuw for the helpdesk). The page follows every change live.
import { randomUUID } from 'node:crypto';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import chatCss from '../chat/chat.css?url';
import { staffChatAction } from '../chat/chat-actions.server';
import { ChatTranscript } from '../chat/chat-transcript';
import { endedChat } from '../chat/ended-chat.server';
import { useEndedChatNotice } from '../chat/use-ended-chat';
import { useLiveChat } from '../chat/use-live-chat';
import { EmptyState } from '../components/empty-state';
import { ErrorSummary } from '../components/error-summary';
import { TextareaField } from '../components/field';
import { Notice } from '../components/notice';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { StaffChatQuery } from '../graphql/chat.server';
import { useI18n } from '../i18n/i18n';
import { fullName } from '../messages/format';
import { titled } from '../meta';
import { requireStaff } from '../staff/staff.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: chatCss }];
export const meta = titled('chat.staff.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const [data, ended] = await Promise.all([scope.api(StaffChatQuery, {}), endedChat(scope, request)]);
  return { ...data, endedChat: ended, clientKey: randomUUID() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireStaff(request, context);
  return staffChatAction(scope, await request.formData());
}

type Result = FormResult & { number?: string; chatId?: string };
type StaffChat = ReturnType<typeof useLoaderData<typeof loader>>['staffChats'][number];

const customerName = (chat: StaffChat) => (chat.customer ? fullName(chat.customer) : '');

function Availability({ available }: { available: boolean }) {
  const { t } = useI18n();
  return (
    <section className="panel chat-availability" aria-label={t('chat.staff.goAvailable')}>
      <p role="status">{available ? t('chat.staff.isAvailable') : t('chat.staff.isAway')}</p>
      <Form method="post">
        <input type="hidden" name="form" value="availability" />
        <input type="hidden" name="available" value={available ? 'false' : 'true'} />
        <button type="submit" className={available ? 'button button-secondary' : 'button button-primary'}>
          {available ? t('chat.staff.goAway') : t('chat.staff.goAvailable')}
        </button>
      </Form>
    </section>
  );
}

function Waiting({ chats }: { chats: StaffChat[] }) {
  const { t, dateTime } = useI18n();
  return (
    <section aria-labelledby="chat-waiting-title">
      <h2 id="chat-waiting-title">{t('chat.staff.waiting')}</h2>
      {chats.length === 0 ? (
        <EmptyState title={t('chat.staff.none')} />
      ) : (
        <ul className="chat-list">
          {chats.map((chat) => (
            <li key={chat.id} className="chat-waiting">
              <div>
                <p>
                  <strong>{chat.subject}</strong>
                </p>
                <p>
                  {t('chat.staff.with', {
                    name: customerName(chat),
                    organisation: chat.organisation?.name ?? '',
                  })}
                </p>
                <p className="hint">{t('chat.staff.since', { time: dateTime(chat.startedAt) })}</p>
              </div>
              <Form method="post">
                <input type="hidden" name="form" value="take" />
                <input type="hidden" name="chatId" value={chat.id} />
                <button
                  type="submit"
                  className="button button-primary"
                  aria-label={t('chat.staff.take.label', { name: customerName(chat) })}
                >
                  {t('chat.staff.take')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ActiveChat({
  chat,
  clientKey,
  result,
}: {
  chat: StaffChat;
  clientKey: string;
  result: Result | undefined;
}) {
  const { t } = useI18n();
  const sendRef = useRef<HTMLFormElement>(null);
  const endRef = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  // Each chat's forms answer for that chat only (several can be open).
  const ours = (result?.chatId ?? result?.values?.chatId) === chat.id;
  const sendResult = ours ? result : undefined;
  useFocusFirstError(sendRef, sendResult, 'send');
  useFocusFirstError(endRef, sendResult, 'end');
  const busy = navigation.state === 'submitting' && navigation.formData?.get('chatId') === chat.id;
  const prefix = `chat-${chat.id.slice(0, 8)}`;
  const endValues = valuesOf(sendResult, 'end', { outcome: 'solved', solution: '' });
  return (
    <section className="panel chat-panel" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{chat.subject}</h3>
      <p>{t('chat.staff.with', { name: customerName(chat), organisation: chat.organisation?.name ?? '' })}</p>
      <ChatTranscript
        messages={chat.messages}
        label={t('chat.transcript')}
        staffName={t('chat.helpdesk')}
        customerName={customerName(chat)}
      />
      <Form method="post" ref={sendRef} noValidate className="form">
        <ErrorSummary
          errors={sendResult?.form === 'send' ? sendResult.errors : []}
          idPrefix={`${prefix}-send`}
          labels={{ body: t('chat.send.body') }}
        />
        <input type="hidden" name="form" value="send" />
        <input type="hidden" name="chatId" value={chat.id} />
        <input type="hidden" name="clientKey" value={clientKey} />
        <TextareaField
          form={`${prefix}-send`}
          name="body"
          label={t('chat.send.body')}
          rows={3}
          defaultValue={valuesOf(sendResult, 'send', { body: '' }).body}
          errors={errorsOf(sendResult, 'send', 'body')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('chat.send.submit')}
          </button>
        </div>
      </Form>
      <Form method="post" ref={endRef} noValidate className="form chat-end">
        <h4>{t('chat.staff.end.title')}</h4>
        <ErrorSummary
          errors={sendResult?.form === 'end' ? sendResult.errors : []}
          idPrefix={`${prefix}-end`}
          labels={{ solution: t('chat.staff.end.solution') }}
        />
        <input type="hidden" name="form" value="end" />
        <input type="hidden" name="chatId" value={chat.id} />
        <fieldset>
          <legend>{t('chat.staff.end.outcome')}</legend>
          {(['solved', 'unsolved'] as const).map((outcome) => (
            <label key={outcome} className="radio">
              <input
                type="radio"
                name="outcome"
                value={outcome}
                defaultChecked={endValues.outcome === outcome}
              />{' '}
              {t(outcome === 'solved' ? 'chat.staff.end.solved' : 'chat.staff.end.unsolved')}
            </label>
          ))}
        </fieldset>
        <TextareaField
          form={`${prefix}-end`}
          name="solution"
          label={t('chat.staff.end.solution')}
          hint={t('chat.staff.end.solution.hint')}
          optional
          rows={3}
          defaultValue={endValues.solution}
          errors={errorsOf(sendResult, 'end', 'solution')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-secondary">
            {t('chat.staff.end.submit')}
          </button>
        </div>
      </Form>
    </section>
  );
}

export default function StaffChatPage() {
  const { chatAgentAvailable, staffChats, endedChat, clientKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const { t } = useI18n();
  const waiting = staffChats.filter((c) => c.status === 'WAITING');
  const mine = staffChats.filter((c) => c.status === 'ACTIVE');
  useLiveChat({ chatIds: mine.map((c) => c.id), staffList: true });
  const refused = result && !result.ok && ['take'].includes(result.form) ? result : null;
  const ended = result?.form === 'end' && result.ok ? result : null;
  useEndedChatNotice(
    mine.map((c) => c.id),
    ended?.chatId,
  );
  return (
    <>
      <h1>{t('chat.staff.title')}</h1>
      <p className="lead">{t('chat.staff.intro')}</p>
      {result?.form === 'availability' && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      {ended?.notice ? (
        <Notice kind="success">
          <p>{ended.notice}</p>
          {ended.number ? (
            <p>
              <Link to={`/staff/tickets/${encodeURIComponent(ended.number)}`}>
                {t('chat.ended.view', { number: ended.number })}
              </Link>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {endedChat ? (
        <Notice kind="info">
          <p>{t(`chat.staff.autoEnded.${endedChat.reason}`, { number: endedChat.number ?? '—' })}</p>
          {endedChat.number ? (
            <p>
              <Link to={`/staff/tickets/${encodeURIComponent(endedChat.number)}`}>
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
      <Availability available={chatAgentAvailable} />
      <Waiting chats={waiting} />
      <section aria-labelledby="chat-mine-title">
        <h2 id="chat-mine-title">{t('chat.staff.mine')}</h2>
        {mine.length === 0 ? (
          <EmptyState title={t('chat.staff.noneMine')} />
        ) : (
          mine.map((chat) => <ActiveChat key={chat.id} chat={chat} clientKey={clientKey} result={result} />)
        )}
      </section>
    </>
  );
}
