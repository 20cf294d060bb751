// The files of a message, to download, on both sides: name, kind and size. A plain link: the file comes
// from the web's same-origin /attachments/:id, which passes the session on to the API.
import { PaperclipIcon } from '../components/icons';
import { useI18n } from '../i18n/i18n';
import { fileSize } from '../messages/format';
import { countText } from '../messages/plural';

interface Attachment {
  id: string;
  fileName: string;
  sizeBytes: number;
  contentType: string;
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

export function AttachmentList({
  attachments,
  headingLevel,
}: {
  attachments: readonly Attachment[];
  /** One below the message's own heading. */
  headingLevel: number;
}) {
  const Heading = headingLevel <= 3 ? 'h3' : 'h4';
  const { t, locale } = useI18n();
  if (attachments.length === 0) return null;
  return (
    <div className="message-attachments">
      <Heading className="message-attachments-title">
        {countText(t, 'msg.attachments.count', attachments.length)}
      </Heading>
      <ul className="file-list">
        {attachments.map((file) => (
          <li key={file.id} className="file-item">
            <PaperclipIcon />
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
