// /tickets/<number>: one ticket of the organisation ('003' §2.3). The conversation (the request with its
// files, public replies, status changes and assignments), the solution once Opgelost, the status panel
// (status, queue with what it means for the customer and the reaction to expect, priority, assignee, expected
// resolution date, customer labels, planned version), a reply with files ('Beantwoorden'), asking to close
// it with a reason ('000'), the notifications switch ('Geen meldingen meer'), and links to the ticket it
// follows up on or was merged into. A closed ticket offers 'Nieuw ticket over dit onderwerp' instead of a
// reply. Changes appear live.
import { randomUUID } from 'node:crypto';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { useRef } from 'react';
import attachmentsCss from '../attachments/attachments.css?url';
import { AttachmentsField, SendActions } from '../attachments/attachments-field';
import { FILES_FIELD, type UploadedFile } from '../attachments/uploaded-file';
import { useAttachments } from '../attachments/use-attachments';
import { ErrorSummary } from '../components/error-summary';
import { TextareaField } from '../components/field';
import { Notice } from '../components/notice';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { TicketsByNumberQuery } from '../graphql/tickets.server';
import { useI18n } from '../i18n/i18n';
import { authorName, fullName } from '../messages/format';
import messagesCss from '../messages/messages.css?url';
import { PlainText } from '../messages/plain-text';
import { titledBy } from '../meta';
import { textParam } from '../query-params';
import { requireViewer } from '../session.server';
import { ticketAction } from '../tickets/ticket.server';
import { ticketPath } from '../tickets/ticket-fields';
import { TicketStatusBadge } from '../tickets/ticket-status';
import { TicketTimeline } from '../tickets/ticket-timeline';
import ticketsCss from '../tickets/tickets.css?url';
import { useLiveTicket } from '../tickets/use-live-ticket';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: messagesCss },
  { rel: 'stylesheet', href: attachmentsCss },
  { rel: 'stylesheet', href: ticketsCss },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  const number = textParam(params.number, 40);
  if (scope.viewer.isStaff) throw redirect(`/staff/tickets/${encodeURIComponent(number)}`);
  const { ticket } = await scope.api(TicketsByNumberQuery, { number });
  return {
    ticket,
    email: scope.viewer.email,
    viewerId: scope.viewer.id,
    // One per page view: a double click or a resent form is one reply.
    clientKey: randomUUID(),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const scope = await requireViewer(request, context);
  const { ticket } = await scope.api(TicketsByNumberQuery, { number: textParam(params.number, 40) });
  return ticketAction(scope, context, request, ticket.id);
}

export const meta = titledBy<{ ticket: { number: string; subject: string } }>(
  'tickets.detail.title',
  ({ ticket }) => ({ number: ticket.number, subject: ticket.subject }),
  'tickets.title',
);

type Result = FormResult & { attachments?: UploadedFile[] };
type Ticket = ReturnType<typeof useLoaderData<typeof loader>>['ticket'];

function StatusPanel({ ticket }: { ticket: Ticket }) {
  const { t, date, dateTime } = useI18n();
  const { queue } = ticket;
  return (
    <section className="panel ticket-panel" aria-labelledby="panel-title">
      <h2 id="panel-title">{t('tickets.detail.panel')}</h2>
      <dl>
        <div>
          <dt>{t('tickets.col.status')}</dt>
          <dd>
            <TicketStatusBadge status={ticket.status} />
            {ticket.status === 'POSTPONED' && ticket.postponedUntil ? (
              <p>
                {t('tickets.detail.postponedUntil')}: {date(ticket.postponedUntil)}
              </p>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('tickets.detail.queue')}</dt>
          <dd>
            {queue.name}
            <p className="muted">{queue.explanation}</p>
            {queue.expectedReaction ? (
              <p>{t('tickets.detail.expectedReaction', { reaction: queue.expectedReaction })}</p>
            ) : null}
            {queue.nextMeetingOn ? (
              <p>{t('tickets.detail.nextMeeting', { date: date(queue.nextMeetingOn) })}</p>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('tickets.detail.priority')}</dt>
          <dd>{t(`tickets.priority.${ticket.priority}`)}</dd>
        </div>
        <div>
          <dt>{t('tickets.detail.assignee')}</dt>
          <dd>{ticket.assignee ? fullName(ticket.assignee) : t('tickets.detail.unassigned')}</dd>
        </div>
        {ticket.expectedResolutionDate ? (
          <div>
            <dt>{t('tickets.detail.expectedResolution')}</dt>
            <dd>{date(ticket.expectedResolutionDate)}</dd>
          </div>
        ) : null}
        {ticket.plannedVersion ? (
          <div>
            <dt>{t('tickets.detail.plannedVersion')}</dt>
            <dd>{ticket.plannedVersion}</dd>
          </div>
        ) : null}
        {ticket.labels.length > 0 ? (
          <div>
            <dt>{t('tickets.detail.labels')}</dt>
            <dd>
              <ul className="ticket-labels">
                {ticket.labels.map((label) => (
                  <li key={label.id}>{label.name}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('tickets.col.category')}</dt>
          <dd>{ticket.category.name}</dd>
        </div>
        <div>
          <dt>{t('tickets.col.supportType')}</dt>
          <dd>{ticket.supportType.name}</dd>
        </div>
        <div>
          <dt>{t('tickets.detail.requester')}</dt>
          <dd className="ticket-email">
            {ticket.requester ? authorName(ticket.requester, t('person.deleted')) : ticket.requesterEmail}
          </dd>
        </div>
        <div>
          <dt>{t('tickets.detail.created')}</dt>
          <dd>
            <time dateTime={ticket.createdAt} suppressHydrationWarning>
              {dateTime(ticket.createdAt)}
            </time>
          </dd>
        </div>
        {ticket.previousTicket ? (
          <div>
            <dt>{t('tickets.detail.previous', { number: ticket.previousTicket.number })}</dt>
            <dd>
              <Link to={ticketPath(ticket.previousTicket.number)}>{ticket.previousTicket.subject}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

function ReplyForm({ clientKey, result }: { clientKey: string; result: Result | undefined }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('form') === 'reply';
  useFocusFirstError(ref, result, 'reply');
  const files = useAttachments('reply', result);
  const mine = result?.form === 'reply';
  return (
    <section className="panel" aria-labelledby="reply-title">
      <h2 id="reply-title">{t('tickets.reply.title')}</h2>
      {mine && result.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      <Form method="post" encType="multipart/form-data" ref={ref} noValidate className="form" id="reply-form">
        <ErrorSummary
          errors={mine ? result.errors : []}
          idPrefix="reply"
          labels={{ body: t('tickets.reply.body'), [FILES_FIELD]: t('msg.compose.attachments') }}
        />
        <input type="hidden" name="form" value="reply" />
        <input type="hidden" name="clientKey" value={clientKey} />
        <input type="hidden" {...files.hidden} />
        <TextareaField
          form="reply"
          name="body"
          label={t('tickets.reply.body')}
          hint={t('tickets.reply.body.hint')}
          rows={6}
          defaultValue={valuesOf(result, 'reply', { body: '' }).body}
          errors={errorsOf(result, 'reply', 'body')}
        />
        <AttachmentsField {...files.field} />
        <SendActions form="reply" label={t('tickets.reply.submit')} busy={busy} uploading={files.uploading} />
      </Form>
    </section>
  );
}

function CloseForm({ clientKey, result }: { clientKey: string; result: Result | undefined }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('form') === 'close';
  useFocusFirstError(ref, result, 'close');
  const mine = result?.form === 'close';
  return (
    <details className="panel ticket-close" open={mine}>
      <summary>
        <h2 className="ticket-close-title">{t('tickets.close.title')}</h2>
      </summary>
      <p>{t('tickets.close.intro')}</p>
      {mine && result.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={mine ? result.errors : []}
          idPrefix="close"
          labels={{ body: t('tickets.close.reason') }}
        />
        <input type="hidden" name="form" value="close" />
        <input type="hidden" name="clientKey" value={`${clientKey}-close`} />
        <TextareaField
          form="close"
          name="body"
          label={t('tickets.close.reason')}
          rows={3}
          defaultValue={valuesOf(result, 'close', { body: '' }).body}
          errors={errorsOf(result, 'close', 'body')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t('tickets.close.submit')}
          </button>
        </div>
      </Form>
    </details>
  );
}

function NotifySwitch({ notifyMe, result }: { notifyMe: boolean; result: Result | undefined }) {
  const { t } = useI18n();
  const mine = result?.form === 'notify';
  return (
    <section className="panel" aria-labelledby="notify-title">
      <h2 id="notify-title">{t('tickets.notify.title')}</h2>
      {mine && result.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      <p>{t(notifyMe ? 'tickets.notify.on' : 'tickets.notify.off')}</p>
      <Form method="post">
        <input type="hidden" name="form" value="notify" />
        {notifyMe ? null : <input type="hidden" name="notify" value="on" />}
        <button type="submit" className="button button-secondary">
          {t(notifyMe ? 'tickets.notify.stop' : 'tickets.notify.start')}
        </button>
      </Form>
    </section>
  );
}

export default function TicketPage() {
  const { ticket, email, viewerId, clientKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const [search] = useSearchParams();
  const { t } = useI18n();
  const known = new Set(ticket.entries.map((entry) => entry.id));
  // What others did is announced; the viewer's own reply or request was just confirmed in the page.
  useLiveTicket(ticket.id, (live) => {
    const added = live.entries.filter((entry) => !known.has(entry.id));
    const others = added.filter((entry) => entry.author?.id !== viewerId);
    if (others.some((entry) => entry.kind === 'REPLY'))
      return t('tickets.live.reply', { number: ticket.number });
    const statusByOthers = live.status !== ticket.status && others.length === added.length;
    return others.length > 0 || statusByOthers ? t('tickets.live.changed', { number: ticket.number }) : null;
  });
  const closed = ticket.status === 'CLOSED';
  const requester = ticket.requester
    ? authorName(ticket.requester, t('person.deleted'))
    : ticket.requesterEmail;
  const nameOf = (kind: 'queue' | 'user', id: string) =>
    kind === 'queue'
      ? ticket.queue.id === id
        ? ticket.queue.name
        : null
      : ticket.assignee?.id === id
        ? fullName(ticket.assignee)
        : null;

  return (
    <>
      <p className="back-link">
        <Link to="/tickets">
          <span aria-hidden="true">← </span>
          {t('tickets.detail.back')}
        </Link>
      </p>
      {search.get('created') ? (
        <Notice kind="success">
          <p>{t('tickets.new.created', { number: ticket.number, email })}</p>
        </Notice>
      ) : null}
      <h1>
        <span className="ticket-number">{ticket.number}</span> {ticket.subject}
      </h1>
      {ticket.mergedInto ? (
        <Notice kind="info" live={false}>
          <p>
            {t('tickets.detail.merged', { number: ticket.mergedInto.number })}{' '}
            <Link to={ticketPath(ticket.mergedInto.number)}>{ticket.mergedInto.number}</Link>
          </p>
        </Notice>
      ) : null}
      {ticket.closeRequestedAt && !closed ? (
        <Notice kind="info" live={false}>
          <p>{t('tickets.detail.closeRequested')}</p>
        </Notice>
      ) : null}
      <div className="ticket-layout">
        <div className="ticket-main">
          <section aria-labelledby="conversation-title">
            <h2 id="conversation-title">{t('tickets.detail.conversation')}</h2>
            <TicketTimeline
              request={{ description: ticket.description, createdAt: ticket.createdAt, requester }}
              entries={ticket.entries}
              nameOf={nameOf}
              roleOf={(entry) => (entry.byStaff ? t('tickets.detail.helpdesk') : null)}
            />
          </section>
          {/* The solution the requester was mailed ('003'); an old one is not shown once reopened. */}
          {ticket.solution && (ticket.status === 'RESOLVED' || closed) ? (
            <section className="panel ticket-solution" aria-labelledby="solution-title">
              <h2 id="solution-title">{t('tickets.detail.solution')}</h2>
              <PlainText text={ticket.solution} className="message-body" />
            </section>
          ) : null}
          {closed ? (
            <Notice kind="info" live={false}>
              <p>{t('tickets.detail.closed')}</p>
              <p>
                <Link to={`/tickets/new?previous=${encodeURIComponent(ticket.number)}`}>
                  {t('tickets.detail.followUp')}
                </Link>
              </p>
            </Notice>
          ) : ticket.mergedInto ? null : (
            <ReplyForm key={ticket.id} clientKey={clientKey} result={result} />
          )}
        </div>
        <div className="ticket-side">
          <StatusPanel ticket={ticket} />
          {closed || ticket.mergedInto ? null : <CloseForm clientKey={clientKey} result={result} />}
          <NotifySwitch notifyMe={ticket.notifyMe} result={result} />
        </div>
      </div>
    </>
  );
}
