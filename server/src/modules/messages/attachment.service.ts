// Attachments: an upload is stored and recorded for its uploader (not yet attached); sending a message
// (or a ticket reply) attaches it; only those who may read the message or ticket entry can download it.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Ctx } from '../../context.js';
import { notFound } from '../../domain/errors.js';
import { type FieldErrors, isUuid } from '../../domain/validate.js';
import { requireUser } from '../../domain/viewer.js';
import type { FileStorage } from '../../files/file-storage.js';
import { canSeeTicketEntry } from '../tickets/ticket.service.js';
import { AttachmentEntity } from './message.entity.js';

export interface StoredUpload {
  localPath: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  scanned: boolean;
}

/** Longest file name kept (longer ones are cut). */
const FILE_NAME_MAX = 200;

/** A file name safe to show and to send back: no path, no control characters, at most FILE_NAME_MAX characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters (below U+0020, and DEL) and characters that file systems refuse.
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && !'"<>|:*?'.includes(ch))
    .join('')
    .trim();
  return (cleaned || 'bestand').slice(0, FILE_NAME_MAX);
}

/** Moves an accepted upload into storage and records it for the viewer. */
export async function recordUpload(
  ctx: Ctx,
  storage: FileStorage,
  upload: StoredUpload,
): Promise<AttachmentEntity> {
  const viewer = requireUser(ctx);
  const id = randomUUID();
  const now = new Date();
  const key = `attachments/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
  await storage.putFile(key, upload.localPath);
  const em = await ctx.tx.manager();
  await em.query(
    `INSERT INTO attachment (id, organisation_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key, scan_status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      viewer.organisationId,
      viewer.userId,
      upload.fileName,
      upload.contentType,
      upload.sizeBytes,
      upload.sha256,
      key,
      upload.scanned ? 'CLEAN' : 'NOT_SCANNED',
    ],
  );
  return em.findOneByOrFail(AttachmentEntity, { id });
}

/**
 * An attachment the viewer may download: one of a message they can read (row-level security limits a
 * tenant to its own organisation), or their own upload not yet sent. NOT_FOUND otherwise.
 */
export async function openAttachment(
  ctx: Ctx,
  storage: FileStorage,
  id: string,
): Promise<{ attachment: AttachmentEntity; content: Readable }> {
  const viewer = requireUser(ctx);
  if (!isUuid(id)) throw notFound('attachment');
  const em = await ctx.tx.manager();
  const attachment = await em
    .createQueryBuilder(AttachmentEntity, 'a')
    .addSelect('a.storageKey')
    .where('a.id = :id', { id })
    .andWhere('(a.messageId IS NOT NULL OR a.ticketEntryId IS NOT NULL OR a.uploadedBy = :viewer)', {
      viewer: viewer.userId,
    })
    .andWhere(viewer.organisationId ? 'a.organisationId = :org' : '1 = 1', { org: viewer.organisationId })
    .getOne();
  if (!attachment) throw notFound('attachment');
  // A ticket's file: only for who may see that entry (a MEMBER not a colleague's ticket, nobody a note's).
  if (attachment.ticketEntryId && !(await canSeeTicketEntry(ctx, attachment.ticketEntryId)))
    throw notFound('attachment');
  return { attachment, content: await storage.open(attachment.storageKey) };
}

/**
 * The viewer's own uploads not yet attached to a message or ticket entry, locked for this operation, to
 * attach to what it writes; ids that are not are reported on `attachmentIds.<i>`. Messages and tickets
 * both attach through it.
 */
export async function checkAttachments(
  ctx: Ctx,
  errors: FieldErrors,
  ids: string[] | null | undefined,
): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (unique.length === 0) return [];
  const max = ctx.app.config.uploads.maxFiles;
  if (unique.length > max) {
    errors.add('attachmentIds', 'TOO_MANY_ATTACHMENTS', { max });
    return [];
  }
  const viewer = requireUser(ctx);
  const em = await ctx.tx.manager();
  const rows: Array<{ id: string }> = await em.query(
    `SELECT id FROM attachment WHERE id = ANY($1::uuid[]) AND uploaded_by = $2
        AND message_id IS NULL AND ticket_entry_id IS NULL FOR UPDATE`,
    [unique.filter(isUuid), viewer.userId],
  );
  const found = new Set(rows.map((r) => r.id));
  unique.forEach((id, i) => {
    if (!found.has(id)) errors.add(`attachmentIds.${i}`, 'ATTACHMENT_NOT_FOUND');
  });
  return unique;
}
