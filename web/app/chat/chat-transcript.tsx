// The lines of a chat, oldest first, each saying who wrote it (never by colour alone); new lines are
// announced politely by the log role.
import { useI18n } from '../i18n/i18n';
import { PlainText } from '../messages/plain-text';

export interface TranscriptMessage {
  id: string;
  body: string;
  byStaff: boolean;
  mine: boolean;
  createdAt: string;
}

export function ChatTranscript({
  messages,
  label,
  staffName,
  customerName,
}: {
  messages: TranscriptMessage[];
  label: string;
  /** Who the department's lines are from, as the reader should see it. */
  staffName: string;
  customerName: string;
}) {
  const { t, dateTime } = useI18n();
  return (
    <div role="log" aria-label={label}>
      <ol className="chat-transcript">
        {messages.map((m) => (
          <li key={m.id} className={m.mine ? 'chat-line chat-line-mine' : 'chat-line'}>
            <p className="chat-line-meta">
              <strong>{m.mine ? t('chat.you') : m.byStaff ? staffName : customerName}</strong>{' '}
              <time dateTime={m.createdAt}>{dateTime(m.createdAt)}</time>
            </p>
            <PlainText text={m.body} />
          </li>
        ))}
      </ol>
    </div>
  );
}
