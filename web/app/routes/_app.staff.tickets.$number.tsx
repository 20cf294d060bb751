// /staff/tickets/:number: a ticket for department staff. Its details, the conversation with public
// replies, internal notes (marked as internal) and the timeline; a form to reply or add a note (with
// files); and the controls: status, queue, assignee, classification and planning, labels, participants,
// merge; the service levels (due times, met or breached, paused time). Every form works without JavaScript; the page follows the ticket live.
import {
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  data as withHeaders,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import attachmentsCss from '../attachments/attachments.css?url';
import { readForm } from '../attachments/uploads.server';
import { EmailAddress } from '../components/email-address';
import { Notice } from '../components/notice';
import { takeFlash } from '../flash.server';
import { StaffTicketOptionsQuery, StaffTicketQuery } from '../graphql/staff-tickets.server';
import { useI18n } from '../i18n/i18n';
import { authorName, fullName } from '../messages/format';
import { titledBy } from '../meta';
import { LegalHoldPanel } from '../privacy/legal-hold';
import { legalHoldNotice, loadLegalHold } from '../privacy/legal-hold.server';
import { isDepartmentAdmin, requireStaff, type StaffScope } from '../staff/staff.server';
import { ComposeForm } from '../staff-tickets/compose-form';
import { SlaDetails } from '../staff-tickets/sla-details';
import staffTicketsCss from '../staff-tickets/staff-tickets.css?url';
import { ticketAction } from '../staff-tickets/ticket-actions.server';
import {
  AssignPanel,
  DetailsPanel,
  LabelsPanel,
  MergePanel,
  ParticipantsPanel,
  QueuePanel,
  StatusPanel,
  type TicketResult,
} from '../staff-tickets/ticket-controls';
import { TicketConversation } from '../staff-tickets/ticket-conversation';
import { ticketPath } from '../staff-tickets/ticket-values';
import { useLiveTickets } from '../staff-tickets/use-live-tickets';
import { TicketStatusBadge } from '../tickets/ticket-status';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: attachmentsCss },
  { rel: 'stylesheet', href: staffTicketsCss },
];

export const meta = titledBy<{ ticket: { number: string; subject: string } }>(
  'msg.detail.metaTitle',
  (data) => ({ title: data.ticket.subject, reference: data.ticket.number }),
  'staffTickets.list.title',
);

async function load(scope: StaffScope, number: string) {
  const [{ ticket }, options] = await Promise.all([
    scope.api(StaffTicketQuery, { number }),
    scope.api(StaffTicketOptionsQuery, { organisations: 1 }),
  ]);
  const staff = new Map<string, string>();
  for (const team of options.teams)
    for (const handler of team.handlers) staff.set(handler.id, fullName(handler));
  if (ticket.assignee) staff.set(ticket.assignee.id, fullName(ticket.assignee));
  const queues = options.ticketQueueCounts.map((count) => ({ id: count.queue.id, name: count.queue.name }));
  return {
    ticket,
    queues,
    staff: [...staff].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    categories: options.ticketCategories,
    types: options.ticketSupportTypes,
    labels: options.ticketLabels,
  };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const [loaded, legalHold] = await Promise.all([
    load(scope, params.number ?? ''),
    loadLegalHold(scope, 'TICKET', params.number ?? ''),
  ]);
  const { flash, headers } = takeFlash(request, context);
  // A new key per page view: a double submission or a retried request adds one entry, not two.
  return withHeaders(
    {
      ...loaded,
      legalHold,
      admin: isDepartmentAdmin(scope.viewer),
      holdNotice: legalHoldNotice(flash),
      viewerId: scope.viewer.id,
      clientKey: crypto.randomUUID(),
      now: Date.now(),
    },
    { headers },
  );
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const scope = await requireStaff(request, context);
  const formData = await readForm(request, scope, context);
  const { ticket, queues, staff } = await load(scope, params.number ?? '');
  const people = [
    ...staff,
    ...ticket.organisation.users.map((user) => ({ id: user.id, name: fullName(user) })),
  ];
  return ticketAction(scope, { id: ticket.id, number: ticket.number, queues, people }, formData);
}

export default function StaffTicketPage() {
  const data = useLoaderData<typeof loader>();
  const { ticket } = data;
  const result = useActionData<typeof action>() as TicketResult | undefined;
  const { t, dateTime, date } = useI18n();
  const [searchParams] = useSearchParams();
  useLiveTickets({ ticket, text: t('staffTickets.detail.live') });

  // Names for the timeline's queue, category and assignment events (ids in the API's event data).
  const names = new Map<string, string>([
    ...data.queues.map((q) => [q.id, q.name] as const),
    ...data.categories.map((c) => [c.id, c.name] as const),
    ...data.staff.map((p) => [p.id, p.name] as const),
  ]);
  const registered = searchParams.get('registered') === '1';
  const merged = searchParams.get('merged');

  return (
    <>
      <p className="staff-back-link">
        <Link to="/staff/tickets">{t('staffTickets.detail.back')}</Link>
      </p>
      <h1>{ticket.subject}</h1>
      {registered ? (
        <Notice kind="success">
          <p>{t('staffTickets.detail.registered', { number: ticket.number })}</p>
        </Notice>
      ) : null}
      {data.holdNotice ? (
        <Notice kind="success">
          <p>{t(data.holdNotice.notice, { label: data.holdNotice.label })}</p>
        </Notice>
      ) : null}
      {merged ? (
        <Notice kind="success">
          <p>{t('staffTickets.detail.merged', { number: merged })}</p>
        </Notice>
      ) : null}
      {ticket.mergedInto ? (
        <Notice kind="info" live={false}>
          <p>
            <Link to={ticketPath(ticket.mergedInto.number)}>
              {t('staffTickets.detail.mergedInto', { number: ticket.mergedInto.number })}
            </Link>
          </p>
        </Notice>
      ) : null}
      {ticket.closeRequestedAt && ticket.status !== 'CLOSED' && ticket.status !== 'RESOLVED' ? (
        <Notice kind="warning" live={false}>
          <p>{t('staffTickets.detail.closeRequested')}</p>
        </Notice>
      ) : null}
      <dl className="summary-list staff-thread-summary" aria-label={t('staffTickets.detail.details')}>
        <div>
          <dt>{t('staffTickets.detail.number')}</dt>
          <dd className="staff-thread-reference-value">{ticket.number}</dd>
        </div>
        <div>
          <dt>{t('staffTickets.detail.status')}</dt>
          <dd>
            <TicketStatusBadge status={ticket.status} />
            {ticket.postponedUntil && ticket.status === 'POSTPONED' ? (
              <>
                {' '}
                <span className="muted">
                  {t('staffTickets.detail.postponedUntil')} {date(ticket.postponedUntil)}
                </span>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('staffTickets.detail.organisation')}</dt>
          <dd>
            <Link to={`/staff/organisations/${ticket.organisation.id}`}>{ticket.organisation.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('staffTickets.detail.requester')}</dt>
          <dd>
            {ticket.requester ? authorName(ticket.requester, t('person.deleted')) : null}
            {ticket.requester ? <br /> : null}
            <EmailAddress address={ticket.requesterEmail} link />
          </dd>
        </div>
        <div>
          <dt>{t('staffTickets.detail.queue')}</dt>
          <dd>{ticket.queue.name}</dd>
        </div>
        <div>
          <dt>{t('staffTickets.detail.assignee')}</dt>
          <dd>{ticket.assignee ? fullName(ticket.assignee) : t('staffTickets.nobody')}</dd>
        </div>
        <div>
          <dt>{t('staffTickets.detail.category')}</dt>
          <dd>{ticket.category.name}</dd>
        </div>
        <div>
          <dt>{t('staffTickets.detail.type')}</dt>
          <dd>{ticket.supportType.name}</dd>
        </div>
        <div>
          <dt>{t('staffTickets.detail.channel')}</dt>
          <dd>{t(`staffTickets.channel.${ticket.channel}`)}</dd>
        </div>
        <div>
          <dt>{t('staffTickets.detail.created')}</dt>
          <dd>
            <time dateTime={ticket.createdAt} suppressHydrationWarning>
              {dateTime(ticket.createdAt)}
            </time>
          </dd>
        </div>
        <SlaDetails ticket={ticket} now={data.now} />
        {ticket.plannedVersion ? (
          <div>
            <dt>{t('staffTickets.detail.plannedVersion')}</dt>
            <dd>{ticket.plannedVersion}</dd>
          </div>
        ) : null}
        {ticket.expectedResolutionOn ? (
          <div>
            <dt>{t('staffTickets.detail.expected')}</dt>
            <dd>{date(ticket.expectedResolutionOn)}</dd>
          </div>
        ) : null}
        {ticket.labels.length > 0 ? (
          <div>
            <dt>{t('staffTickets.detail.labels')}</dt>
            <dd>{ticket.labels.map((label) => label.name).join(', ')}</dd>
          </div>
        ) : null}
        {ticket.previousTicket ? (
          <div>
            <dt>{t('staffTickets.detail.previous', { number: '' }).trim()}</dt>
            <dd>
              <Link to={ticketPath(ticket.previousTicket.number)}>{ticket.previousTicket.number}</Link>
            </dd>
          </div>
        ) : null}
      </dl>

      <div className="staff-thread-layout">
        <div className="staff-thread-main">
          <section aria-labelledby="conversation-title">
            <h2 id="conversation-title">{t('staffTickets.conversation')}</h2>
            <TicketConversation ticket={ticket} names={names} />
          </section>
          {ticket.solution ? (
            <section className="panel" aria-labelledby="solution-title">
              <h2 id="solution-title">{t('staffTickets.detail.solution')}</h2>
              <p className="staff-message-body">{ticket.solution}</p>
            </section>
          ) : null}
          {ticket.mergedInto || ticket.status === 'CLOSED' ? null : (
            <ComposeForm clientKey={data.clientKey} result={result} />
          )}
        </div>
        <aside className="staff-thread-aside">
          {ticket.mergedInto ? null : (
            <>
              <StatusPanel ticket={ticket} result={result} />
              <AssignPanel ticket={ticket} staff={data.staff} viewerId={data.viewerId} result={result} />
              <QueuePanel ticket={ticket} queues={data.queues} result={result} />
              <DetailsPanel ticket={ticket} categories={data.categories} types={data.types} result={result} />
              <LabelsPanel ticket={ticket} labels={data.labels} result={result} />
              <ParticipantsPanel ticket={ticket} staff={data.staff} result={result} />
              <MergePanel ticket={ticket} result={result} />
            </>
          )}
          <LegalHoldPanel
            hold={data.legalHold}
            admin={data.admin}
            returnTo={`/staff/tickets/${encodeURIComponent(ticket.number)}`}
          />
        </aside>
      </div>
    </>
  );
}
