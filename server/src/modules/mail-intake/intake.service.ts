// The email intake's pipeline (decision 0018): one received mail → one `inbound_mail` row (its raw bytes
// compressed in file storage) and what it became (a new ticket, a reply on a ticket, ignored, waiting for
// staff to link it, quarantined), all in one system-scoped operation. The listener answers 250 only after
// that operation committed; a redelivery (same Message-ID from the same sender) finds the row and adds
// nothing.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import type { EntityManager } from 'typeorm';
import type { AppServices, Ctx } from '../../context.js';
import type { FileStorage } from '../../files/file-storage.js';
import { unknownSenderReply } from '../../mail/intake-mails.js';
import { queueMail } from '../../mail/outbox.js';
import { createSystemCtx } from '../../operation/create-context.js';
import { runOperation } from '../../operation/run-operation.js';
import { cleanFileName } from '../messages/attachment.service.js';
import { findSensitiveData } from '../messages/privacy-guard.js';
import type { TicketRow } from '../tickets/ticket.rows.js';
import {
  addMailReply,
  addSystemNote,
  BODY_MAX,
  DESCRIPTION_MAX,
  insertTicket,
  SUBJECT_MAX,
} from '../tickets/ticket-work.service.js';
import { automaticMailReason } from './automatic-mail.js';
import { type IntakeQueue, queueOfMail } from './intake-address.js';
import { identifySender, organisationOf, type Sender } from './intake-sender.js';
import { cleanSubject, findThread, replyTarget } from './intake-threading.js';
import { type CheckedAttachment, checkMail, trimQuotedHistory } from './mail-checks.js';
import { quarantineChanged } from './quarantine-alert.js';

export type InboundStatus = 'TICKET' | 'REPLY' | 'IGNORED' | 'TO_LINK' | 'QUARANTINED';

export interface ReceivedMail {
  /** The raw mail as received (RFC 5322 bytes). */
  raw: Buffer;
  /** MAIL FROM of the SMTP envelope ('' for a bounce). */
  envelopeFrom: string;
  /** RCPT TO addresses the listener accepted. */
  recipients: string[];
}

export interface IntakeResult {
  inboundId: string;
  status: InboundStatus | 'DISCARDED';
  ticketId: string | null;
  /** The mail had been received before (a redelivery): nothing was added. */
  duplicate: boolean;
}

/** The mail is refused (configuration: unknown senders rejected); the listener answers 550. */
export class IntakeRefused extends Error {}

/** The sender sent too many mails this hour: the listener answers 451 and its server tries again later. */
export class IntakeDeferred extends Error {}

/** What a mail became, decided within the operation. */
interface Routed {
  status: InboundStatus;
  reason: string | null;
  ticketId: string | null;
  entryId: string | null;
  organisationId: string | null;
  /** What the privacy guard found (kinds); a finding suggests the label SECURITY_INCIDENT_LIGHT. */
  findings?: string[];
}

const gzipAsync = promisify(gzip);

/** Links and images are left as text: the entry is plain text (DESIGN §9). */
const PARSE_OPTIONS = { skipHtmlToText: false, skipTextLinks: true, skipImageLinks: true } as const;

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : [])
    .flatMap((a) => a.value)
    .map((a) => a.address?.toLowerCase())
    .filter((a): a is string => !!a);

const messageIds = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? value.split(/\s+/) : []).filter((v) => /^<.+>$/.test(v));

function storageKeyOf(id: string): string {
  const now = new Date();
  return `inbound-mail/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
}

/** Stores `raw` gzip-compressed under `key` (through a temporary file, as FileStorage takes files). */
async function storeCompressed(app: AppServices, storage: FileStorage, key: string, raw: Buffer) {
  const tmpDir = path.join(app.config.dataDir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const file = path.join(tmpDir, randomUUID());
  try {
    await writeFile(file, await gzipAsync(raw));
    await storage.putFile(key, file);
  } finally {
    await rm(file, { force: true });
  }
}

async function queueId(em: EntityManager, code: IntakeQueue): Promise<string> {
  const rows: Array<{ id: string }> = await em.query('SELECT id FROM ticket_queue WHERE code = $1', [code]);
  if (!rows[0]) throw new Error(`queue ${code} is missing`);
  return rows[0].id;
}

/** The category and support type of a ticket that came by mail: staff correct them when they triage. */
async function mailDefaults(em: EntityManager): Promise<{ categoryId: string; supportTypeId: string }> {
  const rows: Array<{ category_id: string; support_type_id: string }> = await em.query(
    `SELECT (SELECT id FROM ticket_category WHERE code = 'OTHER') AS category_id,
            (SELECT id FROM ticket_support_type WHERE code = 'QUESTION') AS support_type_id`,
  );
  const row = rows[0];
  if (!row?.category_id || !row.support_type_id)
    throw new Error('category OTHER or support type QUESTION missing');
  return { categoryId: row.category_id, supportTypeId: row.support_type_id };
}

/** At most MAIL_IN_AUTO_REPLIES_PER_HOUR automatic answers per address: a robot never gets a storm. */
async function mayAutoReply(ctx: Ctx, address: string): Promise<boolean> {
  const em = await ctx.tx.manager();
  const rows: Array<{ n: number }> = await em.query(
    `SELECT count(*)::int AS n FROM outbound_mail
      WHERE lower(recipient) = $1 AND template = 'mail-intake-unknown-sender' AND created_at > now() - interval '1 hour'`,
    [address],
  );
  return (rows[0]?.n ?? 0) < ctx.app.config.mailIn.autoRepliesPerHour;
}

export interface Parsed {
  mail: ParsedMail;
  sender: string;
  addressees: string[];
  referencedIds: string[];
  subject: string;
  text: string;
}

function parsedParts(mail: ParsedMail, envelopeFrom: string): Parsed {
  const sender = (mail.from?.value[0]?.address ?? envelopeFrom).trim().toLowerCase();
  return {
    mail,
    sender,
    addressees: [...addresses(mail.to), ...addresses(mail.cc)],
    referencedIds: [...messageIds(mail.inReplyTo), ...messageIds(mail.references)],
    subject: (mail.subject ?? '').trim(),
    text: mail.text ?? '',
  };
}

/**
 * Staff replay a held mail (inbound-mail.service.ts): the checks are passed over (staff looked at it), and
 * the mail of an address Loket does not know goes to `organisationId`, the address as its requester.
 */
export interface Replay {
  organisationId: string | null;
}

const held = (status: 'IGNORED' | 'QUARANTINED', reason: string): Routed => ({
  status,
  reason,
  ticketId: null,
  entryId: null,
  organisationId: null,
});

/** Where the files of one operation go; `stored` lists the keys written, removed when it rolls back. */
export interface FileSink {
  storage: FileStorage;
  stored: string[];
}

/**
 * Stores the mail's checked attachments as attachment rows (no uploader; the entry they are attached to
 * gives them their organisation). Files are written before the commit: a rollback removes them.
 */
async function storeAttachments(
  ctx: Ctx,
  files: FileSink,
  attachments: CheckedAttachment[],
): Promise<string[]> {
  const em = await ctx.tx.manager();
  const tmpDir = path.join(ctx.app.config.dataDir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const ids: string[] = [];
  for (const a of attachments) {
    const id = randomUUID();
    const now = new Date();
    const key = `attachments/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
    const file = path.join(tmpDir, randomUUID());
    try {
      await writeFile(file, a.content);
      await files.storage.putFile(key, file);
      files.stored.push(key);
    } finally {
      await rm(file, { force: true });
    }
    await em.query(
      `INSERT INTO attachment (id, organisation_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key, scan_status)
       VALUES ($1, NULL, NULL, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        cleanFileName(a.fileName),
        a.contentType,
        a.content.length,
        createHash('sha256').update(a.content).digest('hex'),
        key,
        a.scanned ? 'CLEAN' : 'NOT_SCANNED',
      ],
    );
    ids.push(id);
  }
  return ids;
}

/** Turns an accepted mail into a reply on its ticket or a new ticket (or a mail waiting to be linked). */
async function route(
  ctx: Ctx,
  files: FileSink,
  received: ReceivedMail,
  p: Parsed,
  inboundId: string,
  replay?: Replay,
): Promise<Routed> {
  const em = await ctx.tx.manager();
  const config = ctx.app.config;
  if (!replay) {
    const automatic = automaticMailReason(p.mail, received.envelopeFrom);
    if (automatic) return held('IGNORED', automatic);
  }
  const checked = await checkMail(config, p.mail);
  // A replayed mail that fails the checks again goes in without its attachments (the raw mail has them).
  if (!checked.ok && !replay) return held('QUARANTINED', checked.reason);
  const verdict = checked.ok
    ? checked
    : {
        findings: [...new Set(findSensitiveData(`${p.subject}\n${p.text}`).map((f) => f.kind))],
        attachments: [],
      };
  if (!p.sender.includes('@')) return held('QUARANTINED', 'no sender address');

  let sender: Sender = await identifySender(em, p.sender);
  // Staff chose the organisation of an address Loket does not know: the address is its requester.
  if (sender.kind === 'unknown' && replay?.organisationId)
    sender = { kind: 'contact', address: p.sender, organisationId: replay.organisationId, language: 'nl' };
  const left = checked.ok ? '' : `\n\n[Bijlagen niet overgenomen: ${checked.reason}]`;
  const body = (trimQuotedHistory(p.text) + left).slice(0, BODY_MAX);
  const findings = verdict.findings;
  const privacyNote = async (ticket: TicketRow) => {
    if (findings.length === 0) return;
    await addSystemNote(
      ctx,
      ticket,
      `Privacybewaker: de e-mail bevat mogelijk ${findings.join(', ')}. Voorgesteld label: Security incident Helpdesk Light.`,
    );
  };

  let previousTicketId: string | null = null;
  const match = await findThread(em, config.ticketNumberPrefix, {
    sender: p.sender,
    senderOrganisationId: organisationOf(sender),
    recipients: [...received.recipients, ...p.addressees],
    referencedIds: p.referencedIds,
    subject: p.subject,
  });
  if (match) {
    const target = await replyTarget(em, match.ticketId);
    if ('open' in target) {
      const { ticket, entryId } = await addMailReply(ctx, target.open, {
        body: body || '(lege e-mail)',
        attachmentIds: await storeAttachments(ctx, files, verdict.attachments),
        author: {
          userId: sender.kind === 'user' ? sender.userId : null,
          staff: false,
          email: p.sender,
        },
      });
      await privacyNote(ticket);
      return {
        status: 'REPLY',
        reason: `threaded by ${match.via}`,
        ticketId: ticket.id,
        entryId,
        organisationId: ticket.organisationId,
        findings,
      };
    }
    previousTicketId = target.closed;
  }

  if (sender.kind === 'unknown') {
    if (config.mailIn.unknownSenders === 'reject')
      throw new IntakeRefused(`5.7.1 ${p.sender} is not known at this helpdesk`);
    if (await mayAutoReply(ctx, p.sender))
      await queueMail(em, config.publicUrl, {
        organisationId: null,
        to: p.sender,
        language: 'nl',
        template: 'mail-intake-unknown-sender',
        content: unknownSenderReply({
          subject: cleanSubject(p.subject) || '(geen onderwerp)',
          departmentName: config.departmentName,
        }),
      });
    return {
      status: 'TO_LINK',
      reason: 'unknown sender',
      ticketId: null,
      entryId: null,
      organisationId: null,
      findings,
    };
  }

  const defaults = await mailDefaults(em);
  const ticket = await insertTicket(ctx, {
    createdBy: null,
    queueId: await queueId(em, queueOfMail(config.mailIn, received.recipients)),
    author: { userId: sender.kind === 'user' ? sender.userId : null, staff: false, email: p.sender },
    organisationId: sender.organisationId,
    requesterId: sender.kind === 'user' ? sender.userId : null,
    requesterEmail: p.sender,
    channel: 'EMAIL',
    subject: (cleanSubject(p.subject) || '(geen onderwerp)').slice(0, SUBJECT_MAX),
    description: (body || '(lege e-mail)').slice(0, DESCRIPTION_MAX),
    categoryId: defaults.categoryId,
    supportTypeId: defaults.supportTypeId,
    previousTicketId,
    clientKey: `mail:${inboundId}`,
    attachmentIds: await storeAttachments(ctx, files, verdict.attachments),
  });
  await privacyNote(ticket);
  return {
    status: 'TICKET',
    reason: previousTicketId ? 'reply on a closed ticket' : null,
    ticketId: ticket.id,
    entryId: null,
    organisationId: ticket.organisationId,
    findings,
  };
}

/** Parses a stored raw mail again (staff replay); null when it cannot be parsed. */
export async function parseRaw(raw: Buffer, envelopeFrom: string): Promise<Parsed | null> {
  try {
    return parsedParts(await simpleParser(raw, PARSE_OPTIONS), envelopeFrom);
  } catch {
    return null;
  }
}

/** Routes a held mail again on staff's word (the caller records the outcome on its row). */
export function replayRoute(
  ctx: Ctx,
  files: FileSink,
  received: ReceivedMail,
  p: Parsed,
  inboundId: string,
  replay: Replay,
) {
  return route(ctx, files, received, p, inboundId, replay);
}

/**
 * Receives one mail exactly once: parses it, and in one operation checks for a redelivery, stores the raw
 * mail, routes it and records it. Resolves only after the commit (then the listener may answer 250).
 * Throws IntakeRefused for a refused mail; any other error means nothing was saved (answer 451: retry).
 */
export async function receiveMail(
  app: AppServices,
  storage: FileStorage,
  received: ReceivedMail,
): Promise<IntakeResult> {
  const sha256 = createHash('sha256').update(received.raw).digest('hex');
  let parsed: Parsed | null = null;
  let parseError: string | null = null;
  try {
    parsed = parsedParts(await simpleParser(received.raw, PARSE_OPTIONS), received.envelopeFrom);
  } catch (error) {
    parseError = `unparsable: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
  }
  const sender = parsed?.sender || received.envelopeFrom.trim().toLowerCase();
  const messageId = parsed?.mail.messageId ?? null;
  const messageKey = messageId ?? `sha256:${sha256}`;
  const id = randomUUID();
  const key = storageKeyOf(id);
  const log = app.log.child({ inboundMail: id });

  const attempt = async (failure: string | null): Promise<IntakeResult> => {
    const ctx = createSystemCtx(app, log);
    const files: FileSink = { storage, stored: [] };
    try {
      return await runOperation(ctx, async () => {
        const em = await ctx.tx.manager();
        // Two deliveries of one mail at the same time: the second waits here and then finds the first.
        await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
          `inbound-mail:${sender}:${messageKey}`,
        ]);
        const existing: Array<{ id: string; status: InboundStatus; ticket_id: string | null }> =
          await em.query(
            'SELECT id, status, ticket_id FROM inbound_mail WHERE sender = $1 AND message_key = $2',
            [sender, messageKey],
          );
        if (existing[0])
          return {
            inboundId: existing[0].id,
            status: existing[0].status,
            ticketId: existing[0].ticket_id,
            duplicate: true,
          };
        // A storm from one address (a loop with a robot we did not recognise, a flood) is slowed down, not
        // dropped: the sending server keeps the mail and retries.
        const recent: Array<{ n: number }> = await em.query(
          `SELECT count(*)::int AS n FROM inbound_mail WHERE sender = $1 AND received_at > now() - interval '1 hour'`,
          [sender],
        );
        if ((recent[0]?.n ?? 0) >= app.config.mailIn.perSenderPerHour)
          throw new IntakeDeferred(`4.7.0 too many mails from ${sender} this hour, try again later`);
        await storeCompressed(app, storage, key, received.raw);
        files.stored.push(key);
        const routed: Routed =
          failure !== null || !parsed
            ? {
                status: 'QUARANTINED',
                reason: failure ?? parseError ?? 'unparsable',
                ticketId: null,
                entryId: null,
                organisationId: null,
              }
            : await route(ctx, files, received, parsed, id);
        await em.query(
          `INSERT INTO inbound_mail (id, organisation_id, sender, message_key, message_id, envelope_from, recipients,
                                     addressees, subject, queue_code, status, reason, ticket_id, entry_id,
                                     privacy_findings, suggested_label, storage_key, size_bytes, sha256)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
          [
            id,
            routed.organisationId,
            sender,
            messageKey,
            messageId,
            received.envelopeFrom,
            received.recipients,
            parsed?.addressees ?? [],
            (parsed?.subject ?? '').slice(0, 1000),
            queueOfMail(app.config.mailIn, received.recipients),
            routed.status,
            routed.reason,
            routed.ticketId,
            routed.entryId,
            routed.findings ?? [],
            routed.findings?.length ? 'SECURITY_INCIDENT_LIGHT' : null,
            key,
            received.raw.length,
            sha256,
          ],
        );
        if (routed.status === 'QUARANTINED') await quarantineChanged(ctx);
        log.info(
          { status: routed.status, ticketId: routed.ticketId, reason: routed.reason },
          'mail received',
        );
        return { inboundId: id, status: routed.status, ticketId: routed.ticketId, duplicate: false };
      });
    } catch (error) {
      for (const stored of files.stored) await storage.remove(stored).catch(() => undefined);
      throw error;
    }
  };

  try {
    return await attempt(null);
  } catch (error) {
    if (error instanceof IntakeRefused || error instanceof IntakeDeferred) throw error;
    // A mail the pipeline cannot handle (a bug, a part no check foresaw) is quarantined, not bounced for
    // days: a second operation stores it whole with the reason. When that fails too (the database is
    // down), the error reaches the listener, which answers 451 and the sender retries.
    log.error({ err: error }, 'mail intake failed; quarantining the mail');
    const reason = `processing failed: ${error instanceof Error ? error.message : String(error)}`.slice(
      0,
      500,
    );
    return attempt(reason);
  }
}
