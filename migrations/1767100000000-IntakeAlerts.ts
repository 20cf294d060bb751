// Quarantine alert and abandoned chats (issue 15, decision 0033). `quarantine_alert` is one row: whether
// the alert is armed and when its last mail went out; every intake that quarantines a mail locks it, so
// two intakes at once send one mail. `chat` learns when someone last wrote, when its customer's page went
// away, and why the worker ended it.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IntakeAlerts1767100000000 implements MigrationInterface {
  name = 'IntakeAlerts1767100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE quarantine_alert (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        armed boolean NOT NULL DEFAULT true,
        last_sent_at timestamptz
      );
      INSERT INTO quarantine_alert DEFAULT VALUES;
      ALTER TABLE quarantine_alert ENABLE ROW LEVEL SECURITY;
      ALTER TABLE quarantine_alert FORCE ROW LEVEL SECURITY;
      CREATE POLICY quarantine_alert_access ON quarantine_alert
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));

      ALTER TABLE chat
        ADD COLUMN last_activity_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN customer_gone_at timestamptz,
        ADD COLUMN end_reason text
          CHECK (end_reason IN ('NOT_TAKEN', 'IDLE', 'CUSTOMER_GONE', 'DESK_CLOSED'));
      UPDATE chat SET last_activity_at = coalesce(
        (SELECT max(m.created_at) FROM chat_message m WHERE m.chat_id = chat.id), taken_at, started_at);
      CREATE INDEX chat_running_idx ON chat (last_activity_at) WHERE status <> 'ENDED';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX chat_running_idx;
      ALTER TABLE chat DROP COLUMN end_reason, DROP COLUMN customer_gone_at, DROP COLUMN last_activity_at;
      DROP TABLE quarantine_alert;
    `);
  }
}
