// Webhooks (decision 0021): endpoints registered per event type, their signing secrets (several while one
// is rotated out), one delivery per endpoint and event, and the log of every attempt. An event inserts its
// deliveries through webhook_emit() in the transaction of the change, and each delivery enqueues its job
// (deliver_webhook) by trigger in that same transaction: a rolled-back change delivers nothing.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1765000001000 implements MigrationInterface {
  name = 'Webhooks1765000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The department's endpoints (no organisation's yet: those would add organisation_id and tenant RLS).
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY,
        url text NOT NULL CHECK (length(url) <= 2000),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 200),
        event_types text[] NOT NULL CHECK (cardinality(event_types) > 0),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
        disabled_at timestamptz,
        disabled_reason text,
        -- Failed attempts in a row over all its deliveries; reset by a success or by enabling it again.
        consecutive_failures integer NOT NULL DEFAULT 0,
        -- Who is told by mail when the endpoint is disabled.
        owner_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX webhook_endpoint_created_idx ON webhook_endpoint (created_at, id);

      -- expires_at NULL: the current secret; a rotated-out one signs too until it expires.
      CREATE TABLE webhook_secret (
        id uuid PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
        secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz
      );
      CREATE INDEX webhook_secret_endpoint_idx ON webhook_secret (endpoint_id);

      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
        event_type text NOT NULL,
        -- The body sent, byte for byte on every attempt (it is what is signed).
        body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        finished_at timestamptz
      );
      CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, created_at DESC, id DESC);

      CREATE TABLE webhook_attempt (
        id uuid PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
        attempted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        -- NULL: no HTTP answer (refused address, connection error, timeout: see error).
        status_code integer,
        latency_ms integer NOT NULL,
        response_excerpt text,
        error text
      );
      CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, attempted_at, id);

      -- Department data: staff (the service admits DEPARTMENT_ADMIN only) and the worker (system scope).
      ALTER TABLE webhook_endpoint ENABLE ROW LEVEL SECURITY;
      CREATE POLICY webhook_endpoint_access ON webhook_endpoint
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));
      ALTER TABLE webhook_secret ENABLE ROW LEVEL SECURITY;
      CREATE POLICY webhook_secret_access ON webhook_secret
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));
      ALTER TABLE webhook_delivery ENABLE ROW LEVEL SECURITY;
      CREATE POLICY webhook_delivery_access ON webhook_delivery
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));
      ALTER TABLE webhook_attempt ENABLE ROW LEVEL SECURITY;
      CREATE POLICY webhook_attempt_access ON webhook_attempt
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));

      -- One job per pending delivery (job key), due at p_run_at; called by the trigger and by the worker to
      -- schedule a retry. max_attempts 5: graphile-worker's own retries only cover a crashed attempt.
      CREATE FUNCTION webhook_delivery_enqueue(p_id uuid, p_run_at timestamptz) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM graphile_worker.add_job('deliver_webhook', json_build_object('id', p_id),
          run_at := p_run_at, job_key := 'webhook:' || p_id::text, max_attempts := 5);
      END $$;
      REVOKE ALL ON FUNCTION webhook_delivery_enqueue(uuid, timestamptz) FROM PUBLIC;

      CREATE FUNCTION webhook_delivery_after_write() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM webhook_delivery_enqueue(NEW.id, now());
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION webhook_delivery_after_write() FROM PUBLIC;
      CREATE TRIGGER webhook_delivery_enqueue AFTER INSERT ON webhook_delivery
        FOR EACH ROW WHEN (NEW.status = 'PENDING') EXECUTE FUNCTION webhook_delivery_after_write();
      -- A replay puts a finished delivery back to PENDING.
      CREATE TRIGGER webhook_delivery_replay AFTER UPDATE OF status ON webhook_delivery
        FOR EACH ROW WHEN (NEW.status = 'PENDING' AND OLD.status <> 'PENDING')
        EXECUTE FUNCTION webhook_delivery_after_write();

      -- An event: one delivery for each active endpoint that wants its type. Runs as the owner, since the
      -- change that causes the event may be a tenant's, who cannot read the department's endpoints.
      CREATE FUNCTION webhook_emit(p_type text, p_data jsonb)
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

      -- The event types some active endpoint wants: processes skip webhook_emit() for the others.
      CREATE FUNCTION webhook_event_types() RETURNS text[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT coalesce(array_agg(DISTINCT t), '{}') FROM webhook_endpoint e, unnest(e.event_types) t
         WHERE e.status = 'ACTIVE'
      $$;
      REVOKE ALL ON FUNCTION webhook_event_types() FROM PUBLIC;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      SELECT graphile_worker.remove_job('webhook:' || id::text) FROM webhook_delivery WHERE status = 'PENDING';
      DROP FUNCTION webhook_event_types();
      DROP FUNCTION webhook_emit(text, jsonb);
      DROP TABLE webhook_attempt, webhook_delivery, webhook_secret, webhook_endpoint;
      DROP FUNCTION webhook_delivery_after_write();
      DROP FUNCTION webhook_delivery_enqueue(uuid, timestamptz);
    `);
  }
}
