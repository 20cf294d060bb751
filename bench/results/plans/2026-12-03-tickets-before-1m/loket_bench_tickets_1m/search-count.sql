-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT count(*)::int AS n FROM (SELECT 1 FROM ticket t WHERE (t.search_public @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1)) OR t.search_notes @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1))) LIMIT $2) capped

-- parameters: ["legionella",1001]

Aggregate  (cost=122627.47..122627.48 rows=1 width=4) (actual time=12.695..12.698 rows=1 loops=1)
  Buffers: shared hit=1000
  ->  Limit  (cost=538.30..122621.47 rows=480 width=4) (actual time=11.689..12.651 rows=1001 loops=1)
        Buffers: shared hit=1000
        ->  Bitmap Heap Scan on ticket t  (cost=538.30..122621.47 rows=480 width=4) (actual time=11.686..12.588 rows=1001 loops=1)
              Recheck Cond: ((search_public @@ '''legionella'' | ''legionella'''::tsquery) OR (search_notes @@ '''legionella'' | ''legionella'''::tsquery))
              Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids)))))
              Heap Blocks: exact=968
              Buffers: shared hit=1000
              ->  BitmapOr  (cost=538.30..538.30 rows=48275 width=0) (actual time=8.752..8.754 rows=0 loops=1)
                    Buffers: shared hit=32
                    ->  Bitmap Index Scan on ticket_search_public_idx  (cost=0.00..407.02 rows=41469 width=0) (actual time=8.320..8.321 rows=20000 loops=1)
                          Index Cond: (search_public @@ '''legionella'' | ''legionella'''::tsquery)
                          Buffers: shared hit=21
                    ->  Bitmap Index Scan on ticket_search_notes_idx  (cost=0.00..131.04 rows=6806 width=0) (actual time=0.430..0.430 rows=3436 loops=1)
                          Index Cond: (search_notes @@ '''legionella'' | ''legionella'''::tsquery)
                          Buffers: shared hit=11
Planning:
  Buffers: shared hit=4
Planning Time: 0.399 ms
Execution Time: 12.740 ms
