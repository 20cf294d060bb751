// A message as read in its thread (direction, sender, recipient, time, the text as plain text, the
// attachments to download) and the Berichthistoriek: the thread's other messages, newest first, each a
// <details> to unfold.
import { AttachmentList } from '../attachments/attachment-list';
import { ChevronIcon } from '../components/icons';
import { useI18n } from '../i18n/i18n';
import { recipientName } from './format';
import { DirectionLabel } from './message-table';
import { PlainText } from './plain-text';
import { countText } from './plural';

export interface ThreadMessage {
  id: string;
  direction: 'INBOUND' | 'OUTBOUND';
  title: string;
  body: string;
  sentAt: string;
  senderLabel: string;
  addressedTeam?: { id: string; name: string } | null;
  addressedHandler?: { id: string; firstName: string; lastName: string } | null;
  attachments: Array<{ id: string; fileName: string; sizeBytes: number; contentType: string }>;
}

function MessageMeta({ message }: { message: ThreadMessage }) {
  const { t, dateTime } = useI18n();
  const to = message.direction === 'OUTBOUND' ? recipientName(message) : null;
  return (
    <dl className="message-meta">
      <div>
        <dt>{t('msg.detail.from')}</dt>
        <dd>{message.senderLabel}</dd>
      </div>
      {to ? (
        <div>
          <dt>{t('msg.detail.to')}</dt>
          <dd>{to}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('msg.detail.sentAt')}</dt>
        <dd>
          <time dateTime={message.sentAt} suppressHydrationWarning>
            {dateTime(message.sentAt)}
          </time>
        </dd>
      </div>
    </dl>
  );
}

/** A message in full; its heading is the message's title, or what it is when it repeats the thread's. */
export function MessageView({
  message,
  threadTitle,
  headingLevel,
}: {
  message: ThreadMessage;
  threadTitle: string;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="message-view" aria-labelledby={`message-${message.id}-title`}>
      <header className="message-header">
        <Heading id={`message-${message.id}-title`} className="message-title">
          <DirectionLabel direction={message.direction} long />
          {message.title !== threadTitle ? <span className="message-title-text">{message.title}</span> : null}
        </Heading>
        <MessageMeta message={message} />
      </header>
      <PlainText text={message.body} className="message-body" />
      <AttachmentList attachments={message.attachments} headingLevel={headingLevel + 1} />
    </article>
  );
}

export function ThreadHistory({ messages, total }: { messages: ThreadMessage[]; total: number }) {
  const { t, dateTime } = useI18n();
  return (
    <section className="thread-history" aria-labelledby="history-title">
      <h2 id="history-title">{t('msg.history.title')}</h2>
      <p className="muted">{countText(t, 'msg.history.count', total)}</p>
      {messages.length === 0 ? (
        <p>{t('msg.history.none')}</p>
      ) : (
        <ol className="history-list">
          {messages.map((message) => (
            <li key={message.id}>
              <details className="history-item" id={`history-${message.id}`}>
                <summary>
                  <DirectionLabel direction={message.direction} />
                  <span className="history-title">{message.title}</span>
                  <span className="history-meta">
                    {message.senderLabel} ·{' '}
                    <time dateTime={message.sentAt} suppressHydrationWarning>
                      {dateTime(message.sentAt)}
                    </time>
                    {message.attachments.length > 0 ? (
                      <>
                        {' · '}
                        {countText(t, 'msg.attachments.count', message.attachments.length)}
                      </>
                    ) : null}
                  </span>
                  <ChevronIcon />
                </summary>
                <div className="history-content">
                  <MessageMeta message={message} />
                  <PlainText text={message.body} className="message-body" />
                  <AttachmentList attachments={message.attachments} headingLevel={3} />
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
