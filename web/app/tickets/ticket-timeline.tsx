// A ticket's conversation and timeline, oldest first, on the organisation's page (staff read theirs with
// internal notes and who did what: staff-tickets/ticket-conversation.tsx): the
// request itself (with the files sent along, which hang on its CREATED entry), public replies and notes
// as articles with author, time, text and downloadable files, and status changes, assignments, queue
// moves and merges as one line each. Events record ids for people and queues: they are named when the
// page knows the name (`nameOf`), else worded without it.
import type { ReactNode } from 'react';
import { AttachmentList } from '../attachments/attachment-list';
import type { TicketEntryKind } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { authorName } from '../messages/format';
import { PlainText } from '../messages/plain-text';
import type { ThreadMessage } from '../messages/thread-view';
import { isTicketStatus } from './ticket-fields';

interface TimelineEntry {
  id: string;
  kind: TicketEntryKind;
  body: string;
  byStaff: boolean;
  closeRequest: boolean;
  createdAt: string;
  author?: { id: string; firstName: string; lastName: string } | null;
  event?: {
    type: string;
    from?: string | null;
    to?: string | null;
    number?: string | null;
  } | null;
  attachments: ThreadMessage['attachments'];
}

export interface TimelineProps {
  request: { description: string; createdAt: string; requester: string };
  entries: TimelineEntry[];
  /** The name of a queue or person an event records by id, when the page knows it. */
  nameOf?: (kind: 'queue' | 'user', id: string) => string | null;
  /** What to put under an entry's author (e.g. 'Helpdesk', 'Interne notitie'). */
  roleOf?: (entry: TimelineEntry) => ReactNode;
}

function Stamp({ at }: { at: string }) {
  const { dateTime } = useI18n();
  return (
    <time dateTime={at} suppressHydrationWarning>
      {dateTime(at)}
    </time>
  );
}

function EventLine({ entry, nameOf }: { entry: TimelineEntry; nameOf: TimelineProps['nameOf'] }) {
  const { t } = useI18n();
  const event = entry.event;
  if (!event) return null;
  const status = (value: string | null | undefined) =>
    value && isTicketStatus(value) ? t(`tickets.status.${value}`) : (value ?? '');
  let text: string;
  switch (event.type) {
    case 'CREATED':
      text = t('tickets.event.CREATED');
      break;
    case 'STATUS':
      text = t('tickets.event.STATUS', { from: status(event.from), to: status(event.to) });
      break;
    case 'ASSIGNED': {
      const name = event.to ? nameOf?.('user', event.to) : null;
      text = !event.to
        ? t('tickets.event.UNASSIGNED')
        : name
          ? t('tickets.event.ASSIGNED', { name })
          : t('tickets.event.ASSIGNED.someone');
      break;
    }
    case 'QUEUE': {
      const name = event.to ? nameOf?.('queue', event.to) : null;
      text = name ? t('tickets.event.QUEUE', { name }) : t('tickets.event.QUEUE.other');
      break;
    }
    case 'MERGED_INTO':
    case 'MERGED_FROM':
      text = t(`tickets.event.${event.type}`, { number: event.number ?? '' });
      break;
    default:
      text = t('tickets.event.DETAILS');
  }
  return (
    <p className="ticket-event">
      <span>{text}</span>
      <span className="muted">
        {' · '}
        <Stamp at={entry.createdAt} />
      </span>
    </p>
  );
}

export function TicketTimeline({ request, entries, nameOf, roleOf }: TimelineProps) {
  const { t } = useI18n();
  const created = entries.find((entry) => entry.kind === 'EVENT' && entry.event?.type === 'CREATED');
  return (
    <ol className="ticket-timeline">
      <li>
        <article className="message-view ticket-entry ticket-request" aria-labelledby="ticket-request-title">
          <header className="ticket-entry-header">
            <h3 id="ticket-request-title" className="ticket-entry-title">
              {t('tickets.detail.requestBy', { name: request.requester })}
            </h3>
            <Stamp at={request.createdAt} />
          </header>
          <PlainText text={request.description} className="message-body" />
          <AttachmentList attachments={created?.attachments ?? []} headingLevel={4} />
        </article>
      </li>
      {entries.map((entry) =>
        entry.kind === 'EVENT' ? (
          entry.event?.type === 'CREATED' ? null : (
            <li key={entry.id} id={`entry-${entry.id}`}>
              <EventLine entry={entry} nameOf={nameOf} />
            </li>
          )
        ) : (
          <li key={entry.id} id={`entry-${entry.id}`}>
            <article
              className={`message-view ticket-entry${entry.byStaff ? ' ticket-entry-staff' : ''}${entry.kind === 'NOTE' ? ' ticket-entry-note' : ''}`}
              aria-labelledby={`entry-${entry.id}-title`}
            >
              <header className="ticket-entry-header">
                <h3 id={`entry-${entry.id}-title`} className="ticket-entry-title">
                  {entry.author
                    ? authorName(entry.author, t('person.deleted'))
                    : t('tickets.detail.helpdesk')}
                  {roleOf ? <span className="ticket-entry-role">{roleOf(entry)}</span> : null}
                </h3>
                <Stamp at={entry.createdAt} />
              </header>
              {entry.closeRequest ? (
                <p className="ticket-close-request">{t('tickets.detail.closeRequest')}</p>
              ) : null}
              <PlainText text={entry.body} className="message-body" />
              <AttachmentList attachments={entry.attachments} headingLevel={4} />
            </article>
          </li>
        ),
      )}
    </ol>
  );
}
