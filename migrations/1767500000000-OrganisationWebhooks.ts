// Organisations' own webhook endpoints (decision 0037): an organisation's Beheerder (ADMIN) registers
// endpoints for its own organisation's events. Every webhook table gains organisation_id (NULL: the
// department's), row-level security admits a tenant transaction to its own organisation's rows only, and
// only for an ADMIN; webhook_emit() offers an organisation's endpoint only the tenant event types of that
// organisation, never a staff-only event (a ticket's internal note) and never the `internal` flag.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who may see a webhook row of organisation `org` (NULL: the department's). */
const ACCESS = `CASE WHEN organisation_id IS NULL THEN app_scope() IN ('staff', 'system')
  ELSE app_scope() IN ('staff', 'system')
    OR (app_scope() = 'tenant' AND organisation_id = app_organisation_id() AND app_has_role('ADMIN')) END`;

const TABLES = ['webhook_endpoint', 'webhook_secret', 'webhook_delivery', 'webhook_attempt'] as const;

export class OrganisationWebhooks1767500000000 implements MigrationInterface {
  name = 'OrganisationWebhooks1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE webhook_endpoint ADD COLUMN organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE;
      ALTER TABLE webhook_secret ADD COLUMN organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE;
      ALTER TABLE webhook_delivery ADD COLUMN organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE;
      ALTER TABLE webhook_attempt ADD COLUMN organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE;
      DROP INDEX webhook_endpoint_created_idx;
      -- The department's list and each organisation's list (NULLs first in the same index).
      CREATE INDEX webhook_endpoint_owner_idx ON webhook_endpoint (organisation_id, created_at, id);

      ${TABLES.map(
        (t) => `DROP POLICY ${t}_access ON ${t};
      CREATE POLICY ${t}_access ON ${t} USING (${ACCESS}) WITH CHECK (${ACCESS});`,
      ).join('\n      ')}

      -- The tenant event types: what an organisation's endpoint may ask for (thread.assigned names staff).
      CREATE FUNCTION webhook_tenant_event_types() RETURNS text[] LANGUAGE sql IMMUTABLE
        AS $$ SELECT ARRAY['message.created', 'ticket.created', 'ticket.updated', 'contact.confirmed'] $$;

      CREATE OR REPLACE FUNCTION webhook_emit(p_type text, p_data jsonb)
        RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        v_count integer;
      BEGIN
        INSERT INTO webhook_delivery (id, endpoint_id, organisation_id, event_type, body)
        SELECT gen_random_uuid(), e.id, e.organisation_id, p_type,
               jsonb_build_object(
                 'type', p_type,
                 'timestamp', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 -- An organisation's receiver is not told what is staff-only, not even that it exists.
                 'data', CASE WHEN e.organisation_id IS NULL THEN p_data ELSE p_data - 'internal' END)::text
          FROM webhook_endpoint e
         WHERE e.status = 'ACTIVE' AND p_type = ANY (e.event_types)
           AND (e.organisation_id IS NULL
                OR (e.organisation_id::text = p_data ->> 'organisationId'
                    AND p_type = ANY (webhook_tenant_event_types())
                    AND coalesce((p_data ->> 'internal')::boolean, false) = false));
        GET DIAGNOSTICS v_count = ROW_COUNT;
        RETURN v_count;
      END $$;
      REVOKE ALL ON FUNCTION webhook_emit(text, jsonb) FROM PUBLIC;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM webhook_endpoint WHERE organisation_id IS NOT NULL;
      CREATE OR REPLACE FUNCTION webhook_emit(p_type text, p_data jsonb)
        RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        v_count integer;
      BEGIN
        INSERT INTO webhook_delivery (id, endpoint_id, event_type, body)
        SELECT gen_random_uuid(), e.id, p_type,
               jsonb_build_object(
                 'type', p_type,
                 'timestamp', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'data', p_data)::text
          FROM webhook_endpoint e
         WHERE e.status = 'ACTIVE' AND p_type = ANY (e.event_types);
        GET DIAGNOSTICS v_count = ROW_COUNT;
        RETURN v_count;
      END $$;
      REVOKE ALL ON FUNCTION webhook_emit(text, jsonb) FROM PUBLIC;
      DROP FUNCTION webhook_tenant_event_types();
      ${TABLES.map(
        (t) => `DROP POLICY ${t}_access ON ${t};
      CREATE POLICY ${t}_access ON ${t}
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));`,
      ).join('\n      ')}
      DROP INDEX webhook_endpoint_owner_idx;
      CREATE INDEX webhook_endpoint_created_idx ON webhook_endpoint (created_at, id);
      ${TABLES.map((t) => `ALTER TABLE ${t} DROP COLUMN organisation_id;`).join('\n      ')}
    `);
  }
}
