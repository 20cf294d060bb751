-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT count(*)::int AS n FROM ticket t WHERE (t.search_public @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1)) OR t.search_notes @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1)))

-- parameters: ["legionella"]

Aggregate  (cost=331305.49..331305.50 rows=1 width=4) (actual time=3098.128..3098.129 rows=1 loops=1)
  Buffers: shared hit=3384023 read=471578
  ->  Seq Scan on ticket t  (cost=0.00..331304.38 rows=445 width=0) (actual time=0.044..3095.929 rows=23368 loops=1)
        Filter: (((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids))))) AND ((search_public @@ '''legionella'' | ''legionella'''::tsquery) OR (search_notes @@ '''legionella'' | ''legionella'''::tsquery)))
        Rows Removed by Filter: 976636
        Buffers: shared hit=3384023 read=471578
Planning:
  Buffers: shared read=1
Planning Time: 0.382 ms
Execution Time: 3098.168 ms
