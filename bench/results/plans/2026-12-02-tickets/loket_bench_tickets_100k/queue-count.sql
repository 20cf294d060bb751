-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT count(*)::int AS n FROM ticket t WHERE t.queue_id = $1

-- parameters: ["6010d6cb-540c-4233-9050-343bfecee2c5"]

Aggregate  (cost=27918.09..27918.11 rows=1 width=4) (actual time=22.971..22.973 rows=1 loops=1)
  Buffers: shared hit=12554
  ->  Bitmap Heap Scan on ticket t  (cost=1240.78..27917.35 rows=299 width=0) (actual time=3.594..21.856 rows=30175 loops=1)
        Recheck Cond: (queue_id = '6010d6cb-540c-4233-9050-343bfecee2c5'::uuid)
        Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids)))))
        Heap Blocks: exact=12298
        Buffers: shared hit=12554
        ->  Bitmap Index Scan on ticket_queue_idx  (cost=0.00..1240.70 rows=29905 width=0) (actual time=2.328..2.328 rows=30175 loops=1)
              Index Cond: (queue_id = '6010d6cb-540c-4233-9050-343bfecee2c5'::uuid)
              Buffers: shared hit=256
Planning:
  Buffers: shared hit=1
Planning Time: 0.276 ms
Execution Time: 23.007 ms
