// Staff's side of the email intake (issue 15): the mails that did not become a ticket entry by themselves —
// quarantined, waiting to be linked to an organisation ('Te koppelen'), ignored as automatic — listed newest
// first; each can be downloaded whole, replayed into a ticket (the checks passed over, an unknown sender's
// mail given an organisation) or discarded. Replay and discard are audited.

import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Ctx } from '../../context.js';
import { type FieldError, failed, forbidden, notFound, ok, type Result } from '../../domain/errors.js';
import { FieldErrors, isUuid } from '../../domain/validate.js';
import { isStaff, requireUser } from '../../domain/viewer.js';
import type { FileStorage } from '../../files/file-storage.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetOrderAndLimit,
  keysetPage,
  type PageArgs,
} from '../../lists/keyset.js';
import { recordAudit } from '../audit/audit.service.js';
import { type InboundStatus, parseRaw, replayRoute } from './intake.service.js';
import { identifySender } from './intake-sender.js';
import { quarantineChanged } from './quarantine-alert.js';

const HELD_STATUSES = ['QUARANTINED', 'TO_LINK', 'IGNORED'] as const;
type HeldStatus = (typeof HELD_STATUSES)[number];
export const INBOUND_STATUSES = ['TICKET', 'REPLY', ...HELD_STATUSES, 'DISCARDED'] as const;

export interface InboundMailRow {
  id: string;
  status: InboundStatus | 'DISCARDED';
  reason: string | null;
  sender: string;
  subject: string;
  recipients: string[];
  receivedAt: Date;
  sizeBytes: number;
  ticketId: string | null;
  ticketNumber: string | null;
  privacyFindings: string[];
  suggestedLabel: string | null;
}

const COLUMNS = `m.id, m.status, m.reason, m.sender, m.subject, m.recipients, m.received_at AS "receivedAt",
  m.size_bytes AS "sizeBytes", m.ticket_id AS "ticketId", t.number AS "ticketNumber",
  m.privacy_findings AS "privacyFindings", m.suggested_label AS "suggestedLabel"`;

const ORDER: KeysetOrder = {
  key: [
    ['m.received_at', 'timestamp'],
    ['m.id', 'uuid'],
  ],
  descending: true,
};

function requireStaff(ctx: Ctx) {
  const viewer = requireUser(ctx);
  if (!isStaff(viewer)) throw forbidden();
  return viewer;
}

/** Mails with `status`, newest first. */
export async function listInboundMails(
  ctx: Ctx,
  status: (typeof INBOUND_STATUSES)[number],
  args: PageArgs,
): Promise<Connection<InboundMailRow>> {
  requireStaff(ctx);
  const page = keysetPage(args, ORDER);
  const params: unknown[] = [status];
  const after = keysetCondition(page, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  const em = await ctx.tx.manager();
  const rows: InboundMailRow[] = await em.query(
    `SELECT ${COLUMNS} FROM inbound_mail m LEFT JOIN ticket t ON t.id = m.ticket_id
      WHERE m.status = $1 ${after ? `AND ${after}` : ''} ${keysetOrderAndLimit(page)}`,
    params,
  );
  return keysetConnection(rows, page, (m) => [m.receivedAt.toISOString(), m.id]);
}

interface StoredMail extends InboundMailRow {
  storageKey: string;
  envelopeFrom: string;
}

async function findMail(ctx: Ctx, id: string, lock = false): Promise<StoredMail> {
  requireStaff(ctx);
  if (!isUuid(id)) throw notFound('inbound mail');
  const em = await ctx.tx.manager();
  const rows: StoredMail[] = await em.query(
    `SELECT ${COLUMNS}, m.storage_key AS "storageKey", m.envelope_from AS "envelopeFrom"
       FROM inbound_mail m LEFT JOIN ticket t ON t.id = m.ticket_id WHERE m.id = $1 ${lock ? 'FOR UPDATE OF m' : ''}`,
    [id],
  );
  if (!rows[0]) throw notFound('inbound mail');
  return rows[0];
}

/** The raw mail as received (RFC 5322), uncompressed. */
export async function openRawMail(
  ctx: Ctx,
  storage: FileStorage,
  id: string,
): Promise<{ mail: InboundMailRow; content: Readable }> {
  const mail = await findMail(ctx, id);
  // Erased (an attachment was removed for privacy): there is nothing to give.
  const em = await ctx.tx.manager();
  const erased: unknown[] = await em.query(
    'SELECT 1 FROM inbound_mail WHERE id = $1 AND raw_erased_at IS NOT NULL',
    [mail.id],
  );
  if (erased.length > 0) throw notFound('inbound mail');
  const stored = await storage.open(mail.storageKey);
  return { mail, content: stored.pipe(createGunzip()) };
}

/** The stored raw mail; rejects when it is gone from storage or does not decompress. */
async function readRaw(storage: FileStorage, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of (await storage.open(key)).pipe(createGunzip())) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const isHeld = (status: string): status is HeldStatus =>
  (HELD_STATUSES as readonly string[]).includes(status);

/**
 * Replays a held mail into a ticket: a reply when it threads, else a new ticket of the sender's organisation
 * (an unknown sender's mail needs `organisationId`). The checks that held it are passed over.
 */
export async function replayInboundMail(
  ctx: Ctx,
  storage: FileStorage,
  input: { id: string; organisationId?: string | null },
): Promise<Result<InboundMailRow>> {
  const viewer = requireStaff(ctx);
  const mail = await findMail(ctx, input.id, true);
  if (!isHeld(mail.status)) return failed([{ field: null, code: 'INBOUND_MAIL_HANDLED' }]);
  const em = await ctx.tx.manager();
  const errors = new FieldErrors();
  const organisationId = input.organisationId || null;
  if (organisationId) {
    const found: unknown[] = isUuid(organisationId)
      ? await em.query('SELECT 1 FROM organisation WHERE id = $1', [organisationId])
      : [];
    if (found.length === 0) errors.add('organisationId', 'ORGANISATION_NOT_FOUND');
  }
  const raw = await readRaw(storage, mail.storageKey).catch(() => null);
  const parsed = raw ? await parseRaw(raw, mail.envelopeFrom) : null;
  if (!parsed) return failed([{ field: null, code: 'INBOUND_MAIL_UNREADABLE' }]);
  const sender = await identifySender(em, parsed.sender);
  if (sender.kind === 'unknown' && !organisationId)
    errors.add('organisationId', 'INBOUND_MAIL_ORGANISATION_REQUIRED');
  if (sender.kind !== 'unknown' && organisationId && organisationId !== sender.organisationId)
    errors.add('organisationId', 'INBOUND_MAIL_ORGANISATION_MISMATCH');
  if (errors.has()) return failed(errors.list as FieldError[]);

  const files = { storage, stored: [] as string[] };
  const routed = await replayRoute(
    ctx,
    files,
    { raw: Buffer.alloc(0), envelopeFrom: mail.envelopeFrom, recipients: mail.recipients },
    parsed,
    mail.id,
    { organisationId },
  );
  await em.query(
    `UPDATE inbound_mail SET status = $2, ticket_id = $3, entry_id = $4, organisation_id = $5,
            reason = concat_ws('; ', reason, 'replayed by staff'), handled_by = $6, handled_at = now()
      WHERE id = $1`,
    [mail.id, routed.status, routed.ticketId, routed.entryId, routed.organisationId, viewer.userId],
  );
  await recordAudit(em, {
    organisationId: routed.organisationId,
    actorUserId: viewer.userId,
    action: 'inbound-mail.replayed',
    entityType: 'inbound_mail',
    entityId: mail.id,
    changes: [{ field: 'status', old: mail.status, new: routed.status }],
  });
  if (mail.status === 'QUARANTINED') await quarantineChanged(ctx);
  return ok(await findMail(ctx, mail.id));
}

/** Discards a held mail with a reason (the raw mail stays for the retention period). */
export async function discardInboundMail(
  ctx: Ctx,
  input: { id: string; reason: string },
): Promise<Result<InboundMailRow>> {
  const viewer = requireStaff(ctx);
  const mail = await findMail(ctx, input.id, true);
  const errors = new FieldErrors();
  const reason = errors.required('reason', input.reason, 500);
  if (errors.has()) return failed(errors.list as FieldError[]);
  if (!isHeld(mail.status)) return failed([{ field: null, code: 'INBOUND_MAIL_HANDLED' }]);
  const em = await ctx.tx.manager();
  await em.query(
    `UPDATE inbound_mail SET status = 'DISCARDED', reason = concat_ws('; ', reason, $2::text), handled_by = $3,
            handled_at = now() WHERE id = $1`,
    [mail.id, `discarded: ${reason}`, viewer.userId],
  );
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: 'inbound-mail.discarded',
    entityType: 'inbound_mail',
    entityId: mail.id,
    changes: [
      { field: 'status', old: mail.status, new: 'DISCARDED' },
      { field: 'reason', old: null, new: reason },
    ],
  });
  if (mail.status === 'QUARANTINED') await quarantineChanged(ctx);
  return ok(await findMail(ctx, mail.id));
}
