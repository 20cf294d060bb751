// Outages (storingen): public reading of the open ones (the banner) and of all (newest first, paged);
// the department's administrators open one and add steps to its timeline until it is resolved. Every
// change is audited and announced (Topic.OutagesChanged), so that banners update live.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { failed, notFound, ok, type Result } from '../../domain/errors.js';
import { FieldErrors, isUuid } from '../../domain/validate.js';
import { Topic } from '../../graphql/topics.js';
import type { Language } from '../../i18n/language.js';
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
import { inLanguage, requireEditor } from './knowledge-access.js';
import type { Outage, OutageStatus } from './knowledge-base.types.js';

interface OutageRow {
  id: string;
  title_nl: string;
  title_en: string;
  service: string;
  status: OutageStatus;
  started_at: Date;
  ended_at: Date | null;
  updated_at: Date;
  started_at_key: string;
}

interface UpdateRow {
  id: string;
  outage_id: string;
  status: OutageStatus;
  message_nl: string;
  message_en: string;
  created_at: Date;
}

const OUTAGE_COLUMNS = `o.id, o.title_nl, o.title_en, o.service, o.status, o.started_at, o.ended_at, o.updated_at,
  o.started_at::text AS started_at_key`;

/** The outages of `rows` with their timelines, read in one statement. */
async function withUpdates(em: EntityManager, rows: OutageRow[], lang: Language): Promise<Outage[]> {
  if (rows.length === 0) return [];
  const updates = await queryRows<UpdateRow>(
    em,
    `SELECT id, outage_id, status, message_nl, message_en, created_at FROM kb_outage_update
      WHERE outage_id = ANY ($1::uuid[]) ORDER BY created_at, id`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    id: r.id,
    title: inLanguage(lang, r.title_nl, r.title_en),
    titleNl: r.title_nl,
    titleEn: r.title_en,
    service: r.service,
    status: r.status,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    updatedAt: r.updated_at,
    updates: updates
      .filter((u) => u.outage_id === r.id)
      .map((u) => ({
        id: u.id,
        status: u.status,
        message: inLanguage(lang, u.message_nl, u.message_en),
        createdAt: u.created_at,
      })),
  }));
}

/** The outages not yet resolved, oldest first (the banner); anyone may read them. */
export async function openOutages(ctx: Ctx): Promise<Outage[]> {
  const em = await ctx.tx.manager();
  const rows = await queryRows<OutageRow>(
    em,
    `SELECT ${OUTAGE_COLUMNS} FROM kb_outage o WHERE o.status <> 'RESOLVED' ORDER BY o.started_at, o.id LIMIT 20`,
  );
  return withUpdates(em, rows, ctx.lang);
}

const ORDER: KeysetOrder = {
  key: [
    ['o.started_at', 'timestamp'],
    ['o.id', 'uuid'],
  ],
  descending: true,
};

/** Every outage, newest first. */
export async function listOutages(ctx: Ctx, args: PageArgs): Promise<Connection<Outage>> {
  const page = keysetPage(args, ORDER);
  const params: unknown[] = [];
  const after = keysetCondition(page, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  const em = await ctx.tx.manager();
  const rows = await queryRows<OutageRow>(
    em,
    `SELECT ${OUTAGE_COLUMNS} FROM kb_outage o ${after ? `WHERE ${after}` : ''} ${keysetOrderAndLimit(page)}`,
    params,
  );
  const connection = keysetConnection(rows, page, (r) => [r.started_at_key, r.id]);
  const outages = await withUpdates(
    em,
    connection.edges.map((e) => e.node),
    ctx.lang,
  );
  return {
    ...connection,
    edges: connection.edges.map((e, i) => ({ cursor: e.cursor, node: outages[i] as Outage })),
  };
}

async function findOutage(em: EntityManager, id: string, lock = false): Promise<OutageRow> {
  if (!isUuid(id)) throw notFound('outage');
  const [row] = await queryRows<OutageRow>(
    em,
    `SELECT ${OUTAGE_COLUMNS} FROM kb_outage o WHERE o.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!row) throw notFound('outage');
  return row;
}

export async function getOutage(ctx: Ctx, id: string): Promise<Outage> {
  const em = await ctx.tx.manager();
  const [outage] = await withUpdates(em, [await findOutage(em, id)], ctx.lang);
  return outage as Outage;
}

const MESSAGE_MAX = 5000;
const SERVICE_MAX = 100;

export interface NewOutage {
  titleNl: string;
  titleEn: string;
  service: string;
  status?: OutageStatus | null;
  messageNl: string;
  messageEn: string;
}

/** Opens an outage with the first step of its timeline. */
export async function openOutage(ctx: Ctx, input: NewOutage): Promise<Result<Outage>> {
  const viewer = requireEditor(ctx);
  const errors = new FieldErrors();
  const titleNl = errors.required('titleNl', input.titleNl);
  const titleEn = errors.required('titleEn', input.titleEn);
  const service = errors.required('service', input.service, SERVICE_MAX);
  const messageNl = errors.required('messageNl', input.messageNl, MESSAGE_MAX);
  const messageEn = errors.required('messageEn', input.messageEn, MESSAGE_MAX);
  // Opening one as resolved makes no sense: a resolved status would also need an end.
  const status: OutageStatus = input.status === 'IDENTIFIED' ? 'IDENTIFIED' : 'INVESTIGATING';
  if (errors.has()) return failed(errors.list);
  const em = await ctx.tx.manager();
  const id = randomUUID();
  await em.query(
    `INSERT INTO kb_outage (id, title_nl, title_en, service, status, started_at) VALUES ($1, $2, $3, $4, $5, now())`,
    [id, titleNl, titleEn, service, status],
  );
  await addUpdate(em, id, status, messageNl, messageEn);
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: 'outage.opened',
    entityType: 'kb_outage',
    entityId: id,
    changes: [
      { field: 'title_nl', old: null, new: titleNl },
      { field: 'service', old: null, new: service },
      { field: 'status', old: null, new: status },
    ],
  });
  await ctx.app.pubsub.publish(em, Topic.OutagesChanged, { outageId: id });
  return ok(await getOutage(ctx, id));
}

async function addUpdate(em: EntityManager, outageId: string, status: OutageStatus, nl: string, en: string) {
  await em.query(
    `INSERT INTO kb_outage_update (id, outage_id, status, message_nl, message_en) VALUES ($1, $2, $3, $4, $5)`,
    [randomUUID(), outageId, status, nl, en],
  );
}

export interface OutageStep {
  outageId: string;
  status: OutageStatus;
  messageNl: string;
  messageEn: string;
}

/** Adds a step to an open outage's timeline; RESOLVED ends it now. */
export async function updateOutage(ctx: Ctx, input: OutageStep): Promise<Result<Outage>> {
  const viewer = requireEditor(ctx);
  const em = await ctx.tx.manager();
  const before = await findOutage(em, input.outageId, true);
  const errors = new FieldErrors();
  const messageNl = errors.required('messageNl', input.messageNl, MESSAGE_MAX);
  const messageEn = errors.required('messageEn', input.messageEn, MESSAGE_MAX);
  if (before.status === 'RESOLVED') errors.add('status', 'KB_OUTAGE_RESOLVED');
  if (errors.has()) return failed(errors.list);
  await em.query(
    `UPDATE kb_outage SET status = $2, ended_at = CASE WHEN $2 = 'RESOLVED' THEN now() END, updated_at = now()
      WHERE id = $1`,
    [before.id, input.status],
  );
  await addUpdate(em, before.id, input.status, messageNl, messageEn);
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: input.status === 'RESOLVED' ? 'outage.resolved' : 'outage.updated',
    entityType: 'kb_outage',
    entityId: before.id,
    changes: [{ field: 'status', old: before.status, new: input.status }],
  });
  await ctx.app.pubsub.publish(em, Topic.OutagesChanged, { outageId: before.id });
  return ok(await getOutage(ctx, before.id));
}
