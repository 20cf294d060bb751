-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT count(*)::int AS n FROM ticket t WHERE (t.search_public @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1)) OR t.search_notes @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1)))

-- parameters: ["legionella"]

Aggregate  (cost=33095.54..33095.56 rows=1 width=4) (actual time=676.377..676.379 rows=1 loops=1)
  Buffers: shared hit=247618 read=47217
  ->  Seq Scan on ticket t  (cost=0.00..33095.43 rows=46 width=0) (actual time=0.099..676.052 rows=2337 loops=1)
        Filter: (((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids))))) AND ((search_public @@ '''legionella'' | ''legionella'''::tsquery) OR (search_notes @@ '''legionella'' | ''legionella'''::tsquery)))
        Rows Removed by Filter: 97667
        Buffers: shared hit=247618 read=47217
Planning:
  Buffers: shared read=1
Planning Time: 0.338 ms
Execution Time: 676.417 ms
