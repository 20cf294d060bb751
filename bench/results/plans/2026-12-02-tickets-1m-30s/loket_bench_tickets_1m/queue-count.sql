-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT count(*)::int AS n FROM ticket t WHERE t.queue_id = $1

-- parameters: ["1a7f6d88-a5a2-4490-9458-0039273e5bdc"]

Aggregate  (cost=328810.75..328810.77 rows=1 width=4) (actual time=535.363..535.366 rows=1 loops=1)
  Buffers: shared hit=906 read=222850
  ->  Seq Scan on ticket t  (cost=0.00..328803.25 rows=3001 width=0) (actual time=0.025..523.321 rows=301284 loops=1)
        Filter: ((queue_id = '1a7f6d88-a5a2-4490-9458-0039273e5bdc'::uuid) AND ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids))))))
        Rows Removed by Filter: 698720
        Buffers: shared hit=906 read=222850
Planning:
  Buffers: shared hit=1
Planning Time: 0.272 ms
Execution Time: 535.406 ms
