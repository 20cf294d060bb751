// A ticket's conversation and timeline for staff, oldest first: the description, public replies of
// either side, internal notes (marked "Intern" in words, not only by colour: the organisation never sees
// them) and the events (status, queue, assignment, category, details, merge) as short timeline lines.
import { AttachmentList } from '../attachments/attachment-list';
import type { StaffTicketQuery, TicketStatus } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { authorName } from '../messages/format';
import { PlainText } from '../messages/plain-text';
import { STATUSES } from './ticket-values';

type Ticket = StaffTicketQuery['ticket'];
type Entry = Ticket['entries'][number];

function EventLine({ entry, names }: { entry: Entry; names: ReadonlyMap<string, string> }) {
  const { t, dateTime } = useI18n();
  const event = entry.event;
  const name = (id: string | null | undefined) => (id ? (names.get(id) ?? '—') : '—');
  const status = (value: string | null | undefined) =>
    STATUSES.includes(value as TicketStatus) ? t(`tickets.status.${value as TicketStatus}`) : '—';
  let line: string;
  switch (event?.type) {
    case 'CREATED':
      line = t('staffTickets.event.CREATED');
      break;
    case 'STATUS':
      line = t('staffTickets.event.STATUS', { from: status(event.from), to: status(event.to) });
      break;
    case 'QUEUE':
      line = t('staffTickets.event.QUEUE', { from: name(event.from), to: name(event.to) });
      break;
    case 'ASSIGNED':
      line = event.to
        ? t('staffTickets.event.ASSIGNED', { to: name(event.to) })
        : t('staffTickets.event.UNASSIGNED', { from: name(event.from) });
      break;
    case 'MERGED_INTO':
      line = t('staffTickets.event.MERGED_INTO', { number: event.number ?? '' });
      break;
    case 'MERGED_FROM':
      line = t('staffTickets.event.MERGED_FROM', { number: event.number ?? '' });
      break;
    case 'CATEGORY':
      line = t('staffTickets.event.CATEGORY', { from: name(event.from), to: name(event.to) });
      break;
    case 'DETAILS':
      line = t('staffTickets.event.DETAILS');
      break;
    default:
      line = t('staffTickets.event.other');
  }
  return (
    <div className="staff-ticket-event">
      <strong>{line}</strong>
      {entry.author ? (
        <span>{t('staffTickets.event.by', { name: authorName(entry.author, t('person.deleted')) })}</span>
      ) : null}
      <time dateTime={entry.createdAt} suppressHydrationWarning>
        {dateTime(entry.createdAt)}
      </time>
      <AttachmentList attachments={entry.attachments} headingLevel={4} />
    </div>
  );
}

function Message({ entry }: { entry: Entry }) {
  const { t, dateTime } = useI18n();
  const author = entry.author
    ? authorName(entry.author, t('person.deleted'))
    : t('staffTickets.entry.someone');
  const note = entry.kind === 'NOTE';
  const title = note
    ? t('staffTickets.entry.note', { name: author })
    : t(entry.byStaff ? 'staffTickets.entry.reply.staff' : 'staffTickets.entry.reply.customer', {
        name: author,
      });
  const classes = [
    'staff-message',
    note ? 'staff-ticket-note' : entry.byStaff ? 'staff-message-department' : 'staff-message-organisation',
  ].join(' ');
  return (
    <article className={classes} aria-labelledby={`entry-${entry.id}`} data-kind={entry.kind}>
      <header className="staff-message-header">
        <h3 id={`entry-${entry.id}`} className="staff-message-sender">
          {note ? (
            <span>
              <span className="staff-ticket-note-badge">{t('staffTickets.entry.note.badge')}</span>
            </span>
          ) : entry.closeRequest ? (
            <span className="staff-message-direction">{t('staffTickets.entry.closeRequest')}</span>
          ) : null}
          {title}
        </h3>
        <p className="staff-message-time">
          <time dateTime={entry.createdAt} suppressHydrationWarning>
            {dateTime(entry.createdAt)}
          </time>
        </p>
      </header>
      {note ? <p className="staff-ticket-note-hint">{t('staffTickets.entry.note.hint')}</p> : null}
      <PlainText text={entry.body} className="staff-message-body" />
      <AttachmentList attachments={entry.attachments} headingLevel={4} />
    </article>
  );
}

export function TicketConversation({
  ticket,
  names,
}: {
  ticket: Ticket;
  names: ReadonlyMap<string, string>;
}) {
  const { t, dateTime } = useI18n();
  const requester = ticket.requester
    ? authorName(ticket.requester, t('person.deleted'))
    : ticket.requesterEmail;
  return (
    <ol className="staff-ticket-entries">
      <li>
        <article className="staff-message staff-message-organisation" aria-labelledby="entry-description">
          <header className="staff-message-header">
            <h3 id="entry-description" className="staff-message-sender">
              <span className="staff-message-direction">{t('staffTickets.detail.description')}</span>
              {requester}
            </h3>
            <p className="staff-message-time">
              <time dateTime={ticket.createdAt} suppressHydrationWarning>
                {dateTime(ticket.createdAt)}
              </time>
            </p>
          </header>
          <PlainText text={ticket.description} className="staff-message-body" />
        </article>
      </li>
      {ticket.entries.map((entry) => (
        <li key={entry.id}>
          {entry.kind === 'EVENT' ? <EventLine entry={entry} names={names} /> : <Message entry={entry} />}
        </li>
      ))}
    </ol>
  );
}
