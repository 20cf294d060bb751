// Knowledge base (issue 16, decision 0026): articles and news in Dutch and English with a full-text index per
// language (the `dutch` and `english` configurations), outages with their timeline, and the record of
// which articles a ticket form suggested (ticket deflection). Articles, news and outages are the
// department's, not a tenant's: anyone may read what is published; only staff and the system write.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KnowledgeBase1766400000000 implements MigrationInterface {
  name = 'KnowledgeBase1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- array_to_string is only STABLE (in general, element output may depend on settings); for text[] it
      -- is not, and a generated column needs an IMMUTABLE expression.
      CREATE FUNCTION kb_tags_text(tags text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT array_to_string(tags, ' ') $$;

      -- kind ARTICLE: a solution or explanation; NEWS: an announcement (dated, in the feed).
      CREATE TABLE kb_item (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('ARTICLE', 'NEWS')),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
        category text NOT NULL DEFAULT '' CHECK (length(category) <= 100),
        tags text[] NOT NULL DEFAULT '{}',
        title_nl text NOT NULL CHECK (length(title_nl) <= 200),
        title_en text NOT NULL CHECK (length(title_en) <= 200),
        body_nl text NOT NULL CHECK (length(body_nl) <= 50000),
        body_en text NOT NULL CHECK (length(body_en) <= 50000),
        -- Weighted: a word in the title or a tag ranks above one in the body.
        search_nl tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', title_nl), 'A') ||
          setweight(to_tsvector('dutch', kb_tags_text(tags) || ' ' || category), 'B') ||
          setweight(to_tsvector('dutch', body_nl), 'C')) STORED,
        search_en tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title_en), 'A') ||
          setweight(to_tsvector('english', kb_tags_text(tags) || ' ' || category), 'B') ||
          setweight(to_tsvector('english', body_en), 'C')) STORED,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX kb_item_search_nl_idx ON kb_item USING gin (search_nl);
      CREATE INDEX kb_item_search_en_idx ON kb_item USING gin (search_en);
      CREATE INDEX kb_item_list_idx ON kb_item (kind, status, updated_at DESC, id DESC);

      CREATE TABLE kb_outage (
        id uuid PRIMARY KEY,
        title_nl text NOT NULL CHECK (length(title_nl) <= 200),
        title_en text NOT NULL CHECK (length(title_en) <= 200),
        service text NOT NULL CHECK (length(service) <= 100),
        status text NOT NULL CHECK (status IN ('INVESTIGATING', 'IDENTIFIED', 'RESOLVED')),
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'RESOLVED') = (ended_at IS NOT NULL))
      );
      CREATE INDEX kb_outage_list_idx ON kb_outage (started_at DESC, id DESC);
      CREATE INDEX kb_outage_open_idx ON kb_outage (started_at) WHERE status <> 'RESOLVED';

      -- The timeline: every status change with what was said to the public.
      CREATE TABLE kb_outage_update (
        id uuid PRIMARY KEY,
        outage_id uuid NOT NULL REFERENCES kb_outage (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('INVESTIGATING', 'IDENTIFIED', 'RESOLVED')),
        message_nl text NOT NULL CHECK (length(message_nl) <= 5000),
        message_en text NOT NULL CHECK (length(message_en) <= 5000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX kb_outage_update_outage_idx ON kb_outage_update (outage_id, created_at, id);

      -- Public read of what is published, explicitly; writes by staff (the service admits DEPARTMENT_ADMIN)
      -- and the system scope (seeding).
      ALTER TABLE kb_item ENABLE ROW LEVEL SECURITY;
      ALTER TABLE kb_item FORCE ROW LEVEL SECURITY;
      CREATE POLICY kb_item_read ON kb_item FOR SELECT
        USING (status = 'PUBLISHED' OR app_scope() IN ('staff', 'system'));
      CREATE POLICY kb_item_write ON kb_item FOR ALL
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));
      ALTER TABLE kb_outage ENABLE ROW LEVEL SECURITY;
      ALTER TABLE kb_outage FORCE ROW LEVEL SECURITY;
      CREATE POLICY kb_outage_read ON kb_outage FOR SELECT USING (true);
      CREATE POLICY kb_outage_write ON kb_outage FOR ALL
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));
      ALTER TABLE kb_outage_update ENABLE ROW LEVEL SECURITY;
      ALTER TABLE kb_outage_update FORCE ROW LEVEL SECURITY;
      CREATE POLICY kb_outage_update_read ON kb_outage_update FOR SELECT USING (true);
      CREATE POLICY kb_outage_update_write ON kb_outage_update FOR ALL
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));

      -- Ticket deflection: what a tenant user searched on the new-ticket form, which articles were shown,
      -- and how it ended: a ticket (ticket_id) or 'this solved my question' (solved_article_id).
      CREATE TABLE kb_deflection (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        query text NOT NULL CHECK (length(query) <= 200),
        shown_article_ids uuid[] NOT NULL DEFAULT '{}',
        ticket_id uuid REFERENCES ticket (id) ON DELETE SET NULL,
        solved_article_id uuid REFERENCES kb_item (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX kb_deflection_created_idx ON kb_deflection (created_at);
      CREATE INDEX kb_deflection_organisation_idx ON kb_deflection (organisation_id);
      ALTER TABLE kb_deflection ENABLE ROW LEVEL SECURITY;
      ALTER TABLE kb_deflection FORCE ROW LEVEL SECURITY;
      CREATE POLICY kb_deflection_access ON kb_deflection
        USING (app_can_access(organisation_id)) WITH CHECK (app_can_access(organisation_id));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP TABLE kb_deflection, kb_outage_update, kb_outage, kb_item; DROP FUNCTION kb_tags_text(text[])',
    );
  }
}
