// A message as read in its thread (direction, sender, recipient, time, the text as plain text, the
// attachments to download) and the Berichthistoriek: the thread's other messages, newest first, each a
// <details> to unfold.
import { ChevronIcon, PaperclipIcon } from '../components/icons';
import { useI18n } from '../i18n/i18n';
import { fileSize, recipientName } from './format';
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

/** "PDF", "PNG", ... from a content type, for people. */
function kindOf(contentType: string): string {
  const sub = contentType.split('/')[1] ?? contentType;
  const known: Record<string, string> = {
    pdf: 'PDF',
    png: 'PNG',
    jpeg: 'JPEG',
    gif: 'GIF',
    webp: 'WebP',
    csv: 'CSV',
    plain: 'TXT',
    zip: 'ZIP',
    'vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
    'vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
    msword: 'Word',
    'vnd.ms-excel': 'Excel',
  };
  return known[sub] ?? sub.toUpperCase();
}

function AttachmentList({ attachments }: { attachments: ThreadMessage['attachments'] }) {
  const { t, locale } = useI18n();
  if (attachments.length === 0) return null;
  return (
    <div className="message-attachments">
      <h3 className="message-attachments-title">
        {countText(t, 'msg.attachments.count', attachments.length)}
      </h3>
      <ul className="file-list">
        {attachments.map((file) => (
          <li key={file.id} className="file-item">
            <PaperclipIcon />
            {/* A plain link: the file comes from /attachments (passed on to the API with the session). */}
            <a href={`/attachments/${encodeURIComponent(file.id)}`} download={file.fileName}>
              {file.fileName}
              <span className="visually-hidden"> ({t('msg.attachments.download')})</span>
            </a>
            <span className="muted">
              {kindOf(file.contentType)}, {fileSize(file.sizeBytes, locale)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
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
      <AttachmentList attachments={message.attachments} />
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
                  <AttachmentList attachments={message.attachments} />
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
