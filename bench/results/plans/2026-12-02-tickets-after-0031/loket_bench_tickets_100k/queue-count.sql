-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT count(*)::int AS n FROM (SELECT 1 FROM ticket t WHERE t.queue_id = $1 LIMIT $2) capped

-- parameters: ["58060638-520e-4118-af34-1bab2bdc431b",10001]

Aggregate  (cost=28004.09..28004.10 rows=1 width=4) (actual time=126.740..126.742 rows=1 loops=1)
  Buffers: shared hit=4282
  ->  Limit  (cost=1265.63..28000.26 rows=306 width=4) (actual time=38.653..125.815 rows=10001 loops=1)
        Buffers: shared hit=4282
        ->  Bitmap Heap Scan on ticket t  (cost=1265.63..28000.26 rows=306 width=4) (actual time=38.649..90.168 rows=10001 loops=1)
              Recheck Cond: (queue_id = '58060638-520e-4118-af34-1bab2bdc431b'::uuid)
              Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids)))))
              Heap Blocks: exact=4027
              Buffers: shared hit=4282
              ->  Bitmap Index Scan on ticket_queue_idx  (cost=0.00..1265.55 rows=30551 width=0) (actual time=16.536..16.537 rows=30175 loops=1)
                    Index Cond: (queue_id = '58060638-520e-4118-af34-1bab2bdc431b'::uuid)
                    Buffers: shared hit=255
Planning:
  Buffers: shared hit=1
Planning Time: 0.481 ms
Execution Time: 126.809 ms
