// Office-hours chat (issue 15, decision 0027): agents' availability, the chats of organisation users and
// their messages. A chat ends as a ticket (channel CHAT) whose first entries are the transcript.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Chat1766500000000 implements MigrationInterface {
  name = 'Chat1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Agents who take chats now (a row per agent who ever said so). Staff and system only.
      CREATE TABLE chat_agent (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        available boolean NOT NULL DEFAULT false,
        changed_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE chat_agent ENABLE ROW LEVEL SECURITY;
      ALTER TABLE chat_agent FORCE ROW LEVEL SECURITY;
      CREATE POLICY chat_agent_access ON chat_agent
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));
      -- Customers may learn whether anyone takes chats now, never who: the one answer runs as the owner.
      CREATE FUNCTION chat_agents_available() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
          SELECT EXISTS (SELECT 1 FROM chat_agent a JOIN app_user u ON u.id = a.user_id
                          WHERE a.available AND u.status = 'ACTIVE' AND u.organisation_id IS NULL)
        $$;

      -- WAITING for an agent, ACTIVE with one, ENDED (then ticket_id says which ticket it became).
      CREATE TABLE chat (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        customer_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        agent_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'WAITING' CHECK (status IN ('WAITING', 'ACTIVE', 'ENDED')),
        subject text NOT NULL CHECK (length(subject) <= 200),
        client_key text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        taken_at timestamptz,
        ended_at timestamptz,
        ticket_id uuid REFERENCES ticket (id) ON DELETE SET NULL,
        CONSTRAINT chat_client_key_unique UNIQUE (customer_id, client_key)
      );
      -- One running chat per customer: a reload finds it, a second start returns it.
      CREATE UNIQUE INDEX chat_running_per_customer ON chat (customer_id) WHERE status <> 'ENDED';
      CREATE INDEX chat_waiting_idx ON chat (started_at, id) WHERE status = 'WAITING';
      CREATE INDEX chat_organisation_idx ON chat (organisation_id);
      ALTER TABLE chat ENABLE ROW LEVEL SECURITY;
      ALTER TABLE chat FORCE ROW LEVEL SECURITY;
      CREATE POLICY chat_access ON chat
        USING (app_can_access(organisation_id)) WITH CHECK (app_can_access(organisation_id));

      CREATE TABLE chat_message (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        chat_id uuid NOT NULL REFERENCES chat (id) ON DELETE CASCADE,
        author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        by_staff boolean NOT NULL,
        body text NOT NULL CHECK (length(body) <= 10000),
        client_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT chat_message_client_key_unique UNIQUE (chat_id, author_id, client_key)
      );
      CREATE INDEX chat_message_chat_idx ON chat_message (chat_id, created_at, id);
      ALTER TABLE chat_message ENABLE ROW LEVEL SECURITY;
      ALTER TABLE chat_message FORCE ROW LEVEL SECURITY;
      CREATE POLICY chat_message_access ON chat_message
        USING (app_can_access(organisation_id) AND EXISTS (SELECT 1 FROM chat c WHERE c.id = chat_message.chat_id))
        WITH CHECK (app_can_access(organisation_id) AND EXISTS (SELECT 1 FROM chat c WHERE c.id = chat_message.chat_id));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP TABLE chat_message; DROP TABLE chat; DROP TABLE chat_agent; DROP FUNCTION chat_agents_available();',
    );
  }
}
