-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT count(*)::int AS n FROM (SELECT 1 FROM ticket t WHERE t.queue_id = $1 LIMIT $2) capped

-- parameters: ["2b5b23ef-5d1d-41ad-a5b4-2c9cb525dd27",1001]

Aggregate  (cost=108947.17..108947.18 rows=1 width=4) (actual time=3.676..3.676 rows=1 loops=1)
  Buffers: shared hit=10 read=420
  ->  Limit  (cost=0.00..108934.66 rows=1001 width=4) (actual time=0.008..3.624 rows=1001 loops=1)
        Buffers: shared hit=10 read=420
        ->  Seq Scan on ticket t  (cost=0.00..330721.70 rows=3039 width=4) (actual time=0.007..1.359 rows=1001 loops=1)
              Filter: ((queue_id = '2b5b23ef-5d1d-41ad-a5b4-2c9cb525dd27'::uuid) AND ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids))))))
              Rows Removed by Filter: 2229
              Buffers: shared hit=10 read=420
Planning:
  Buffers: shared hit=2
Planning Time: 0.217 ms
Execution Time: 3.705 ms
