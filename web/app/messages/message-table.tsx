// A page of messages as a table (cards on a phone): unread in words and icon, the title linking to the
// message in its thread, reference number, theme, sender or recipient, date and attachments. Message
// links are not prefetched: opening a thread marks it read.
import { Link } from '@remix-run/react';
import { CircleIcon, DotIcon, InboundIcon, OutboundIcon, PaperclipIcon } from '../components/icons';
import { useI18n } from '../i18n/i18n';
import { messagePath, recipientName } from './format';
import type { MessageRow } from './list.server';
import { countText } from './plural';

export type TableMode = 'received' | 'sent' | 'theme';

function ReadStatus({ read }: { read: boolean }) {
  const { t } = useI18n();
  return read ? (
    <span className="status status-read">
      <CircleIcon />
      {t('msg.status.read')}
    </span>
  ) : (
    <span className="status status-unread">
      <DotIcon />
      {t('msg.status.unread')}
    </span>
  );
}

/** In / Uit (lists), or Ontvangen bericht / Verstuurd bericht (`long`), with its icon. */
export function DirectionLabel({ direction, long }: { direction: 'INBOUND' | 'OUTBOUND'; long?: boolean }) {
  const { t } = useI18n();
  return direction === 'INBOUND' ? (
    <span className="status direction-in">
      <InboundIcon />
      {t(long ? 'msg.direction.in.long' : 'msg.direction.in')}
    </span>
  ) : (
    <span className="status direction-out">
      <OutboundIcon />
      {t(long ? 'msg.direction.out.long' : 'msg.direction.out')}
    </span>
  );
}

function AttachmentCount({ count }: { count: number }) {
  const { t } = useI18n();
  if (count === 0) return <span className="muted">{t('msg.attachments.none')}</span>;
  return (
    <span className="attachment-count">
      <PaperclipIcon />
      {countText(t, 'msg.attachments.count', count)}
    </span>
  );
}

export function MessageTable({
  rows,
  mode,
  caption,
}: {
  rows: MessageRow[];
  mode: TableMode;
  caption: string;
}) {
  const { t, dateTime } = useI18n();
  const showStatus = mode !== 'sent';
  const dateLabel = t(
    mode === 'received' ? 'msg.col.received' : mode === 'sent' ? 'msg.col.sent' : 'msg.col.date',
  );
  return (
    <table className="table table-cards message-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {mode === 'theme' ? <th scope="col">{t('msg.col.direction')}</th> : null}
          {showStatus ? <th scope="col">{t('msg.col.status')}</th> : null}
          <th scope="col">{t('msg.col.title')}</th>
          <th scope="col">{t('msg.col.reference')}</th>
          {mode !== 'theme' ? <th scope="col">{t('msg.col.theme')}</th> : null}
          <th scope="col">{t(mode === 'sent' ? 'msg.col.author' : 'msg.col.sender')}</th>
          {mode === 'sent' ? <th scope="col">{t('msg.col.recipient')}</th> : null}
          <th scope="col">{dateLabel}</th>
          <th scope="col">{t('msg.col.attachments')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const unread = showStatus && !row.read;
          return (
            <tr key={row.id} className={unread ? 'row-unread' : undefined}>
              {mode === 'theme' ? (
                <td data-label={t('msg.col.direction')}>
                  <DirectionLabel direction={row.direction} />
                </td>
              ) : null}
              {showStatus ? (
                <td data-label={t('msg.col.status')}>
                  <ReadStatus read={row.read} />
                </td>
              ) : null}
              <th scope="row" data-label={t('msg.col.title')} className="cell-title">
                <Link to={messagePath(row)}>{row.title}</Link>
              </th>
              <td data-label={t('msg.col.reference')} className="cell-reference">
                {row.referenceNumber}
              </td>
              {mode !== 'theme' ? <td data-label={t('msg.col.theme')}>{row.theme.name}</td> : null}
              <td data-label={t(mode === 'sent' ? 'msg.col.author' : 'msg.col.sender')}>{row.senderLabel}</td>
              {mode === 'sent' ? (
                <td data-label={t('msg.col.recipient')}>{recipientName(row) ?? '—'}</td>
              ) : null}
              <td data-label={dateLabel} className="cell-date">
                <time dateTime={row.sentAt} suppressHydrationWarning>
                  {dateTime(row.sentAt)}
                </time>
              </td>
              <td data-label={t('msg.col.attachments')}>
                <AttachmentCount count={row.attachmentCount} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
