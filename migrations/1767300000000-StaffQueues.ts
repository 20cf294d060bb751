// Staff users (issue 16, decision 0035): the helpdesk queues a staff user works. The staff ticket view
// opens on them ('Mijn wachtrijen'). Department data: staff and system only, like chat_agent.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffQueues1767300000000 implements MigrationInterface {
  name = 'StaffQueues1767300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_queue_member (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        queue_id uuid NOT NULL REFERENCES ticket_queue (id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, queue_id)
      );
      CREATE INDEX staff_queue_member_queue_idx ON staff_queue_member (queue_id);
      ALTER TABLE staff_queue_member ENABLE ROW LEVEL SECURITY;
      ALTER TABLE staff_queue_member FORCE ROW LEVEL SECURITY;
      CREATE POLICY staff_queue_member_access ON staff_queue_member
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE staff_queue_member;');
  }
}
