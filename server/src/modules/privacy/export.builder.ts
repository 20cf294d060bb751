// Builds a personal data export (decision 0029), in the worker: everything Loket holds about one person as
// JSON files in a ZIP, with the files they attached, streamed (archiver) to a temporary file and stored.
// Runs as the system scope; the requester is mailed a link when it is ready.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import archiver from 'archiver';
import type { EntityManager } from 'typeorm';
import type { AppServices } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { inScope } from '../../db/scope.js';
import type { FileStorage } from '../../files/file-storage.js';
import type { Language } from '../../i18n/language.js';
import { queueMail } from '../../mail/outbox.js';
import { exportReadyMail } from '../../mail/privacy-mails.js';
import { cleanFileName } from '../messages/attachment.service.js';
import type { PersonKind } from './privacy-access.js';

type Services = Pick<AppServices, 'config' | 'log' | 'dataSource'>;

interface ExportJob {
  subject_kind: PersonKind;
  subject_id: string;
}

interface AttachmentRow {
  id: string;
  file_name: string;
  storage_key: string;
}

/** The JSON documents of the ZIP, by file name, and the attachments to add. */
interface Collected {
  documents: Record<string, unknown>;
  attachments: AttachmentRow[];
}

const THEMES_OF_CONTACT = `ARRAY(SELECT th.code FROM contact_person_theme ct JOIN theme th ON th.id = ct.theme_id
                                WHERE ct.contact_person_id = c.id ORDER BY th.code)`;

/** Tickets requested by the person (by user id, or by address within `organisationId`) and their public replies. */
async function ticketsOf(
  em: EntityManager,
  userId: string | null,
  email: string,
  organisationId: string | null,
) {
  const tickets = await queryRows<{ id: string }>(
    em,
    `SELECT id, number, subject, description, status, channel, created_at, closed_at FROM ticket
      WHERE requester_id = $1 OR (lower(requester_email) = lower($2) AND ($3::uuid IS NULL OR organisation_id = $3))
      ORDER BY created_at, id`,
    [userId, email, organisationId],
  );
  // Internal notes and events are the department's working notes, not data the person gave: public replies only.
  const replies = await queryRows<{ ticket_id: string }>(
    em,
    `SELECT ticket_id, id, by_staff, body, created_at FROM ticket_entry
      WHERE ticket_id = ANY($1::uuid[]) AND kind = 'REPLY' ORDER BY created_at, id`,
    [tickets.map((t) => t.id)],
  );
  return tickets.map((t) => ({ ...t, replies: replies.filter((r) => r.ticket_id === t.id) }));
}

async function collectUser(em: EntityManager, id: string): Promise<Collected> {
  const [profile] = await queryRows<{ email: string }>(
    em,
    `SELECT u.id, u.organisation_id, o.name AS organisation_name, u.email, u.first_name, u.last_name, u.phone,
            u.language, u.roles, u.status, u.created_at, u.updated_at
       FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
    [id],
  );
  if (!profile) throw new Error('export subject not found');
  const contactRoles = await queryRows(
    em,
    `SELECT c.id, c.organisation_id, c.first_name, c.last_name, c.email, c.phone, c.language, c.status,
            c.confirmed_at, c.created_at, ${THEMES_OF_CONTACT} AS themes
       FROM contact_person c WHERE lower(c.email) = lower($1) ORDER BY c.created_at, c.id`,
    [profile.email],
  );
  const messages = await queryRows(
    em,
    `SELECT id, reference_number, direction, title, body, sent_at FROM message WHERE author_id = $1
      ORDER BY sent_at, id`,
    [id],
  );
  const attachments = await queryRows<AttachmentRow & Record<string, unknown>>(
    em,
    `SELECT id, file_name, content_type, size_bytes, sha256, message_id, ticket_entry_id, created_at, storage_key
       FROM attachment WHERE uploaded_by = $1 AND (message_id IS NOT NULL OR ticket_entry_id IS NOT NULL)
      ORDER BY created_at, id`,
    [id],
  );
  return {
    documents: {
      'profile.json': profile,
      'contact-roles.json': contactRoles,
      'messages.json': messages,
      'tickets.json': await ticketsOf(em, id, profile.email, null),
      'audit.json': await auditAbout(em, id),
      'attachments.json': attachments.map(({ storage_key: _key, ...rest }) => rest),
    },
    attachments,
  };
}

async function collectContact(em: EntityManager, id: string): Promise<Collected> {
  const [profile] = await queryRows<{ email: string; organisation_id: string }>(
    em,
    `SELECT c.id, c.organisation_id, o.name AS organisation_name, c.first_name, c.last_name, c.email, c.phone,
            c.language, c.status, c.confirmed_at, c.created_at, c.updated_at, ${THEMES_OF_CONTACT} AS themes
       FROM contact_person c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`,
    [id],
  );
  if (!profile) throw new Error('export subject not found');
  const threads = await queryRows(
    em,
    `SELECT t.reference_number, t.title, tc.created_at AS added_at FROM thread_contact tc
       JOIN message_thread t ON t.id = tc.thread_id WHERE tc.contact_person_id = $1 ORDER BY tc.created_at`,
    [id],
  );
  return {
    documents: {
      'profile.json': profile,
      'contact-roles.json': { themes: (profile as unknown as { themes: string[] }).themes, threads },
      'messages.json': [],
      'tickets.json': await ticketsOf(em, null, profile.email, profile.organisation_id),
      'audit.json': await auditAbout(em, id),
      'attachments.json': [],
    },
    attachments: [],
  };
}

const auditAbout = (em: EntityManager, id: string) =>
  queryRows(
    em,
    `SELECT id, action, entity_type, entity_id, changes, created_at FROM audit_event WHERE entity_id = $1
      ORDER BY created_at, id`,
    [id],
  );

/** Streams the ZIP to `file`: the JSON documents, then each attachment under attachments/<id>/<name>. */
async function writeZip(file: string, storage: FileStorage, collected: Collected): Promise<void> {
  const zip = archiver('zip', { zlib: { level: 6 } });
  const out = createWriteStream(file);
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
    zip.on('error', reject);
  });
  zip.pipe(out);
  for (const [name, value] of Object.entries(collected.documents))
    zip.append(`${JSON.stringify(value, null, 2)}\n`, { name });
  for (const a of collected.attachments)
    zip.append(await storage.open(a.storage_key), {
      name: `attachments/${a.id}/${cleanFileName(a.file_name)}`,
    });
  await zip.finalize();
  await closed;
}

/** Builds the export `id` if it still waits; a second run of the same job does nothing. */
export async function buildExport(app: Services, storage: FileStorage, id: string): Promise<void> {
  const job = await inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const [row] = await queryRows<ExportJob>(
      em,
      `SELECT subject_kind, subject_id FROM personal_data_export WHERE id = $1 AND status = 'PENDING'`,
      [id],
    );
    if (!row) return null;
    const collected =
      row.subject_kind === 'USER'
        ? await collectUser(em, row.subject_id)
        : await collectContact(em, row.subject_id);
    return collected;
  });
  if (!job) return;
  const tmpDir = path.join(app.config.dataDir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const tmpFile = path.join(tmpDir, `export-${randomUUID()}.zip`);
  const key = `exports/${id}`;
  try {
    await writeZip(tmpFile, storage, job);
    const { size } = await stat(tmpFile);
    await storage.putFile(key, tmpFile);
    const done = await inScope(app.dataSource, { kind: 'system' }, async (em) => {
      const [requester] = await queryRows<{
        email: string;
        language: Language;
        organisation_id: string | null;
      }>(
        em,
        `UPDATE personal_data_export e SET status = 'READY', storage_key = $2, size_bytes = $3, ready_at = now()
           FROM app_user u WHERE e.id = $1 AND e.status = 'PENDING' AND u.id = e.requested_by
         RETURNING u.email, u.language, e.organisation_id`,
        [id, key, size],
      );
      if (!requester) return false;
      await queueMail(em, app.config.publicUrl, {
        organisationId: requester.organisation_id,
        to: requester.email,
        language: requester.language,
        template: 'export-ready',
        content: exportReadyMail(requester.language, {
          url: `${app.config.publicUrl}/exports/${id}`,
          validHours: app.config.privacy.exportTtlHours,
        }),
      });
      return true;
    });
    if (!done) await storage.remove(key);
  } finally {
    await rm(tmpFile, { force: true });
  }
}

/** Marks an export whose job gave up (every attempt failed) as FAILED, so that the pages say so. */
export async function failExport(app: Services, id: string, error: string): Promise<void> {
  await inScope(app.dataSource, { kind: 'system' }, (em) =>
    em.query(
      `UPDATE personal_data_export SET status = 'FAILED', error = left($2, 1000) WHERE id = $1 AND status = 'PENDING'`,
      [id, error],
    ),
  );
}
