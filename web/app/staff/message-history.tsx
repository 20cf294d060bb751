// The Berichthistoriek of a thread for staff: every message, oldest first, each saying which side wrote
// it, who and when, its text as plain text and its attachments.
import { AttachmentList } from '../attachments/attachment-list';
import type { StaffThreadQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { PlainText } from '../messages/plain-text';

type ThreadMessage = StaffThreadQuery['thread']['messages'][number];

export function MessageHistory({ messages }: { messages: ThreadMessage[] }) {
  const { t, dateTime } = useI18n();
  return (
    <ol className="staff-message-history">
      {messages.map((message) => {
        const fromOrganisation = message.direction === 'OUTBOUND';
        return (
          <li key={message.id}>
            <article
              className={`staff-message ${fromOrganisation ? 'staff-message-organisation' : 'staff-message-department'}`}
              aria-labelledby={`message-${message.id}`}
            >
              <header className="staff-message-header">
                <h3 id={`message-${message.id}`} className="staff-message-sender">
                  <span className="staff-message-direction">
                    {t(fromOrganisation ? 'staff.thread.fromOrganisation' : 'staff.thread.fromDepartment')}
                  </span>
                  {message.senderLabel}
                </h3>
                <p className="staff-message-time">
                  <span className="visually-hidden">{t('staff.thread.sentAt')} </span>
                  <time dateTime={message.sentAt} suppressHydrationWarning>
                    {dateTime(message.sentAt)}
                  </time>
                </p>
              </header>
              <PlainText text={message.body} className="staff-message-body" />
              <AttachmentList attachments={message.attachments} headingLevel={4} />
            </article>
          </li>
        );
      })}
    </ol>
  );
}
