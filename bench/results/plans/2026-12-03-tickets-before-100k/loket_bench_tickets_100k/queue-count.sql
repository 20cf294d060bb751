-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT count(*)::int AS n FROM (SELECT 1 FROM ticket t WHERE t.queue_id = $1 LIMIT $2) capped

-- parameters: ["c4c0baa5-9f43-4586-892a-cc43ae617f54",1001]

Aggregate  (cost=28109.41..28109.42 rows=1 width=4) (actual time=16.665..16.666 rows=1 loops=1)
  Buffers: shared hit=658
  ->  Limit  (cost=1245.78..28105.66 rows=300 width=4) (actual time=9.808..16.619 rows=1001 loops=1)
        Buffers: shared hit=658
        ->  Bitmap Heap Scan on ticket t  (cost=1245.78..28105.66 rows=300 width=4) (actual time=9.807..16.559 rows=1001 loops=1)
              Recheck Cond: (queue_id = 'c4c0baa5-9f43-4586-892a-cc43ae617f54'::uuid)
              Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids)))))
              Heap Blocks: exact=403
              Buffers: shared hit=658
              ->  Bitmap Index Scan on ticket_queue_idx  (cost=0.00..1245.70 rows=30038 width=0) (actual time=8.432..8.432 rows=30175 loops=1)
                    Index Cond: (queue_id = 'c4c0baa5-9f43-4586-892a-cc43ae617f54'::uuid)
                    Buffers: shared hit=255
Planning:
  Buffers: shared hit=2
Planning Time: 0.212 ms
Execution Time: 16.694 ms
