// /messages/:referenceNumber (Detail bericht, the deep link in the mails): a message with its
// attachments, 'Beantwoorden' with the reply form and its Contactdetails, and the Berichthistoriek (the
// thread's other messages, each to unfold). The loader opens the thread through markThreadRead, which
// marks it read and reads it in one call: opening the page is what "read" means, with or without
// JavaScript (message links are therefore never prefetched). New messages in the thread appear live.
import { randomUUID } from 'node:crypto';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useLocation } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import attachmentsCss from '../attachments/attachments.css?url';
import { Notice } from '../components/notice';
import { takeFlash } from '../flash.server';
import { MessagesOpenThreadMutation } from '../graphql/messages.server';
import { useI18n } from '../i18n/i18n';
import { useLiveMessages } from '../live/use-live-messages';
import { composeAction } from '../messages/compose.server';
import { ComposeForm } from '../messages/compose-form';
import { recipientName } from '../messages/format';
import { loadHelp, teamsFirst } from '../messages/help.server';
import { HelpWidget } from '../messages/help-widget';
import messagesCss from '../messages/messages.css?url';
import { MessageView, ThreadHistory } from '../messages/thread-view';
import { titledBy } from '../meta';
import { requireViewer } from '../session.server';
import { useFlashed } from '../use-flashed';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: messagesCss },
  { rel: 'stylesheet', href: attachmentsCss },
];

export const meta = titledBy<{ thread: { referenceNumber: string; title: string } }>(
  'msg.detail.metaTitle',
  (data) => ({ title: data.thread.title, reference: data.thread.referenceNumber }),
  'nav.messages',
);

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  const referenceNumber = params.referenceNumber ?? '';
  // Staff read threads in their own inbox (the link in the department's mails goes there too).
  if (scope.viewer.isStaff) throw redirect(`/staff/threads/${encodeURIComponent(referenceNumber)}`);
  const [{ markThreadRead: thread }, help] = await Promise.all([
    scope.api(MessagesOpenThreadMutation, { referenceNumber }),
    loadHelp(scope),
  ]);
  const search = new URL(request.url).searchParams;
  const { flash, headers } = takeFlash(request, context);
  const sentId = flash?.notice === 'message.sent' ? flash.messageId : null;
  const sent = sentId ? thread.messages.find((m) => m.id === sentId) : undefined;
  const wanted = sent?.id ?? search.get('message');
  const shown = thread.messages.find((m) => m.id === wanted) ?? thread.messages.at(-1);
  return data(
    {
      thread,
      shownId: shown?.id ?? null,
      sent: sent ? { recipient: recipientName(sent), id: sent.id } : null,
      reply: search.has('reply'),
      clientKey: randomUUID(),
      isAdmin: scope.viewer.roles.includes('ADMIN'),
      // 'Hulp nodig?' names the team this thread is with first.
      help: { ...help, teams: teamsFirst(help.teams, thread.team.id) },
    },
    { headers },
  );
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const scope = await requireViewer(request, context);
  // Contact changes are relative to the thread's contacts: without a posted state, there are none.
  return composeAction(scope, context, request, {
    kind: 'reply',
    form: 'reply',
    referenceNumber: params.referenceNumber ?? '',
    contacts: [],
  });
}

export default function ThreadPage() {
  const { thread, shownId, reply, clientKey, isAdmin, help, ...data } = useLoaderData<typeof loader>();
  const sent = useFlashed(data.sent);
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const location = useLocation();
  const notice = useRef<HTMLDivElement>(null);
  const shown = thread.messages.find((m) => m.id === shownId) ?? null;
  const others = thread.messages.filter((m) => m.id !== shownId).reverse();
  const replying = reply || result?.form === 'reply';

  useLiveMessages({
    referenceNumber: thread.referenceNumber,
    describe: (message) => t('msg.live.inThread', { title: message.title }),
  });

  // After sending, the confirmation takes the focus (the page did not change for a reply).
  useEffect(() => {
    if (sent) notice.current?.focus();
  }, [sent]);

  // 'Beantwoorden' opened the form: straight to the text.
  const wasReplying = useRef(replying);
  useEffect(() => {
    if (replying && !wasReplying.current) document.getElementById('reply-body')?.focus();
    wasReplying.current = replying;
  }, [replying]);

  const params = new URLSearchParams(location.search);
  params.delete('reply');
  const base = params.toString() ? `?${params}` : '';
  params.set('reply', '1');
  const replyHref = `?${params}#reply`;

  return (
    <>
      <p className="back-link">
        <Link to="/messages">
          <span aria-hidden="true">← </span>
          {t('msg.detail.back')}
        </Link>
      </p>
      {sent ? (
        <div className="sent-notice" ref={notice} tabIndex={-1} key={sent.id}>
          <Notice kind="success">
            <p>
              <strong>
                {sent.recipient ? t('msg.sent.to', { recipient: sent.recipient }) : t('msg.sent.done')}
              </strong>
            </p>
            <p>{t('msg.sent.reference', { reference: thread.referenceNumber })}</p>
          </Notice>
        </div>
      ) : null}
      <h1>{thread.title}</h1>
      <dl className="summary-list thread-facts">
        <div>
          <dt>{t('msg.col.reference')}</dt>
          <dd>{thread.referenceNumber}</dd>
        </div>
        <div>
          <dt>{t('msg.col.theme')}</dt>
          <dd>
            <Link to={`/themes/${thread.theme.id}`}>{thread.theme.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('msg.detail.team')}</dt>
          <dd>{thread.team.name}</dd>
        </div>
      </dl>
      {shown ? <MessageView message={shown} threadTitle={thread.title} headingLevel={2} /> : null}
      {replying ? (
        <section className="reply-section" id="reply" aria-labelledby="reply-title">
          <h2 id="reply-title">{t('msg.reply.title')}</h2>
          <ComposeForm
            form="reply"
            contacts={thread.contacts}
            contactsKey={thread.referenceNumber}
            clientKey={clientKey}
            result={result}
            isAdmin={isAdmin}
            headingLevel={3}
            bodyLabel={t('msg.reply.body')}
            cancel={
              <Link to={base || location.pathname} preventScrollReset>
                {t('msg.compose.cancel')}
              </Link>
            }
          />
        </section>
      ) : (
        <p className="reply-action">
          <Link to={replyHref} className="button button-primary" preventScrollReset>
            {t('msg.reply.open')}
          </Link>
        </p>
      )}
      <ThreadHistory messages={others} total={thread.messages.length} />
      <HelpWidget teams={help.teams} email={help.email} ticketOptions={help.ticketOptions} folded />
    </>
  );
}
