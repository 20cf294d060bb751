-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT count(*)::int AS n FROM (SELECT 1 FROM ticket t WHERE (t.search_public @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1)) OR t.search_notes @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1))) LIMIT $2) capped

-- parameters: ["legionella",1001]

Aggregate  (cost=12038.41..12038.42 rows=1 width=4) (actual time=10.805..10.808 rows=1 loops=1)
  Buffers: shared hit=988
  ->  Limit  (cost=87.16..12037.82 rows=47 width=4) (actual time=0.917..10.736 rows=1001 loops=1)
        Buffers: shared hit=988
        ->  Bitmap Heap Scan on ticket t  (cost=87.16..12037.82 rows=47 width=4) (actual time=0.916..10.657 rows=1001 loops=1)
              Recheck Cond: ((search_public @@ '''legionella'' | ''legionella'''::tsquery) OR (search_notes @@ '''legionella'' | ''legionella'''::tsquery))
              Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids)))))
              Heap Blocks: exact=974
              Buffers: shared hit=988
              ->  BitmapOr  (cost=87.16..87.16 rows=4685 width=0) (actual time=0.624..0.625 rows=0 loops=1)
                    Buffers: shared hit=14
                    ->  Bitmap Index Scan on ticket_search_public_idx  (cost=0.00..62.04 rows=4006 width=0) (actual time=0.537..0.538 rows=2000 loops=1)
                          Index Cond: (search_public @@ '''legionella'' | ''legionella'''::tsquery)
                          Buffers: shared hit=9
                    ->  Bitmap Index Scan on ticket_search_notes_idx  (cost=0.00..25.09 rows=679 width=0) (actual time=0.085..0.085 rows=343 loops=1)
                          Index Cond: (search_notes @@ '''legionella'' | ''legionella'''::tsquery)
                          Buffers: shared hit=5
Planning:
  Buffers: shared hit=4
Planning Time: 0.393 ms
Execution Time: 10.903 ms
