// The queue view's capped count as an index-only scan (decision 0043): the row policy's columns ride along
// in the queue's index, so counting up to 1,001 tickets of a queue reads index pages only, and the planner
// cannot find a sequential scan cheaper at any estimate of the policy.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketQueueCount1767800000000 implements MigrationInterface {
  name = 'TicketQueueCount1767800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX ticket_queue_idx;
      CREATE INDEX ticket_queue_idx ON ticket (queue_id, status, updated_at DESC, id DESC)
        INCLUDE (organisation_id, requester_id, participant_user_ids);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX ticket_queue_idx;
      CREATE INDEX ticket_queue_idx ON ticket (queue_id, status, updated_at DESC, id DESC);
    `);
  }
}
