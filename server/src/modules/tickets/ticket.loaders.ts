// Batched reads of the tickets module, one set per operation (kept beside the context, forgotten with it):
// a page of tickets costs the same number of statements whatever its size.
import DataLoader from 'dataloader';
import type { Ctx } from '../../context.js';
import { isStaff, requireUser } from '../../domain/viewer.js';
import { AttachmentEntity } from '../messages/message.entity.js';
import { type NamedRow, QUEUE_COLUMNS, type TicketQueueRow } from './ticket.rows.js';

interface ParticipantRow {
  userId: string;
  notify: boolean;
}

interface References {
  categories: Map<string, NamedRow>;
  supportTypes: Map<string, NamedRow>;
  queues: Map<string, TicketQueueRow>;
}

interface TicketLoaders {
  /** The (short) reference lists, read once per operation. */
  references: () => Promise<References>;
  /** A queue by id: from the reference lists, unless a list read it along (primed, no statement). */
  queue: DataLoader<string, TicketQueueRow | null>;
  labels: DataLoader<string, NamedRow[]>;
  participants: DataLoader<string, ParticipantRow[]>;
  attachments: DataLoader<string, AttachmentEntity[]>;
}

const perOperation = new WeakMap<Ctx, TicketLoaders>();

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

function group<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

function create(ctx: Ctx): TicketLoaders {
  let references: Promise<References> | undefined;
  const readReferences = () => {
    references ??= (async () => {
      const em = await ctx.tx.manager();
      const named = `SELECT id, code, name_nl AS "nameNl", name_en AS "nameEn", active FROM`;
      const [categories, supportTypes, queues] = await Promise.all([
        em.query(`${named} ticket_category`),
        em.query(`${named} ticket_support_type`),
        em.query(`SELECT ${QUEUE_COLUMNS} FROM ticket_queue q`),
      ]);
      return { categories: byId(categories), supportTypes: byId(supportTypes), queues: byId(queues) };
    })();
    return references;
  };
  return {
    references: readReferences,
    queue: new DataLoader(async (ids) => {
      const { queues } = await readReferences();
      return ids.map((id) => queues.get(id) ?? null);
    }),
    labels: new DataLoader(async (ticketIds) => {
      const viewer = requireUser(ctx);
      const em = await ctx.tx.manager();
      const internal = isStaff(viewer) ? '' : 'AND l.visible_to_customer';
      const rows: Array<NamedRow & { ticketId: string }> = await em.query(
        `SELECT k.ticket_id AS "ticketId", l.id, l.code, l.name_nl AS "nameNl", l.name_en AS "nameEn", true AS active,
                l.visible_to_customer AS "visibleToCustomer"
           FROM ticket_label_link k JOIN ticket_label l ON l.id = k.label_id
          WHERE k.ticket_id = ANY ($1::uuid[]) ${internal} ORDER BY l.code`,
        [[...ticketIds]],
      );
      return group(ticketIds, rows, (r) => r.ticketId);
    }),
    participants: new DataLoader(async (ticketIds) => {
      const em = await ctx.tx.manager();
      const rows: Array<ParticipantRow & { ticketId: string }> = await em.query(
        `SELECT p.ticket_id AS "ticketId", p.user_id AS "userId", p.notify FROM ticket_participant p
          WHERE p.ticket_id = ANY ($1::uuid[]) ORDER BY p.added_at, p.user_id`,
        [[...ticketIds]],
      );
      return group(ticketIds, rows, (r) => r.ticketId);
    }),
    attachments: new DataLoader(async (entryIds) => {
      const em = await ctx.tx.manager();
      const rows = await em
        .createQueryBuilder(AttachmentEntity, 'a')
        .where('a.ticketEntryId = ANY(:ids)', { ids: [...entryIds] })
        .orderBy('a.createdAt')
        .addOrderBy('a.id')
        .getMany();
      return group(entryIds, rows, (a) => a.ticketEntryId as string);
    }),
  };
}

/** The tickets module's loaders of this operation. */
export function ticketLoaders(ctx: Ctx): TicketLoaders {
  let loaders = perOperation.get(ctx);
  if (!loaders) {
    loaders = create(ctx);
    perOperation.set(ctx, loaders);
  }
  return loaders;
}
