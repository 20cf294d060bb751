// Recomputing the clock of every open ticket (graphile-worker task `recompute_ticket_clocks`, one job keyed
// `recompute-ticket-clocks`): scheduled by migration TicketSettings to backfill the due times of tickets
// created before ServiceLevels, and by a trigger on every change of a business calendar or its closing days,
// whose due times it moves. Batches of tickets, each in its own transaction holding their row locks, so
// that a ticket change waits for (and then recomputes after) the batch; a repeat after a crash recomputes
// again, which changes nothing.
import type { Task } from 'graphile-worker';
import { queryRows } from '../../db/query.js';
import { inScope } from '../../db/scope.js';
import { publishEvent } from '../../graphql/pubsub.js';
import { Topic } from '../../graphql/topics.js';
import { refreshTicketClock } from './sla.service.js';
import type { TimerServices } from './ticket-timer.js';

export const RECOMPUTE_TICKET_CLOCKS = 'recompute_ticket_clocks';

const BATCH = 200;

/**
 * Recomputes every open ticket at `now`; returns how many. A ticket that had no targets yet (created
 * before the service levels) gets its due times, and the levels it already reached are recorded as warned
 * without a mail: nobody is warned about a breach of long ago. Otherwise a level now reached (a closing
 * day was removed) is left to the ticket's timer, which the recompute sets to now.
 */
export async function recomputeTicketClocks(app: TimerServices, now: Date, batch = BATCH): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let count = 0;
  for (;;) {
    const done = await inScope(app.dataSource, { kind: 'system' }, async (em) => {
      const tickets = await queryRows<{ id: string; queueId: string; backfill: boolean }>(
        em,
        `SELECT id, queue_id AS "queueId", sla_targets IS NULL AS backfill FROM ticket
          WHERE status <> 'CLOSED' AND id > $1 ORDER BY id LIMIT $2 FOR UPDATE`,
        [after, batch],
      );
      const moved = new Set<string>();
      for (const ticket of tickets) {
        const clock = await refreshTicketClock(em, app.config, ticket.id, now);
        if (ticket.backfill && clock.unwarned.length > 0) {
          for (const { target, level } of clock.unwarned)
            await em.query(
              `INSERT INTO ticket_sla_warning (ticket_id, target, level, sent_at) VALUES ($1, $2, $3, $4)
               ON CONFLICT DO NOTHING`,
              [ticket.id, target, level, now],
            );
          await refreshTicketClock(em, app.config, ticket.id, now);
        }
        if (clock.state !== clock.previousState) moved.add(ticket.queueId);
      }
      if (moved.size > 0) await publishEvent(em, Topic.TicketQueueChanged, { queueIds: [...moved] });
      const last = tickets.at(-1);
      if (last) after = last.id;
      count += tickets.length;
      return tickets.length < batch;
    });
    if (done) return count;
  }
}

export function recomputeTicketClocksTask(app: TimerServices, clock: () => Date = () => new Date()): Task {
  return async () => {
    const count = await recomputeTicketClocks(app, clock());
    app.log.info({ tickets: count }, 'ticket clocks recomputed');
  };
}
