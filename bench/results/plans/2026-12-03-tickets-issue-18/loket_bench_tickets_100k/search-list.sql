-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT total.n AS "__total", page.*, o."id" AS "org__id", o."name" AS "org__name", o."external_number" AS "org__external_number", o."enterprise_number" AS "org__enterprise_number", o."recognition_number" AS "org__recognition_number", o."phone" AS "org__phone", o."email" AS "org__email", o."website_url" AS "org__website_url", o."deactivated_at" AS "org__deactivated_at", o."created_at" AS "org__created_at", o."updated_at" AS "org__updated_at", q.id AS "queue__id", q.code AS "queue__code", q.name_nl AS "queue__nameNl", q.name_en AS "queue__nameEn", q.explanation_nl AS "queue__explanationNl", q.explanation_en AS "queue__explanationEn", q.expected_reaction_nl AS "queue__expectedReactionNl", q.expected_reaction_en AS "queue__expectedReactionEn", to_char(q.next_meeting_on, 'YYYY-MM-DD') AS "queue__nextMeetingOn", q.is_default AS "queue__isDefault" FROM (SELECT count(*)::int AS n FROM (SELECT 1 FROM ticket t WHERE (t.search_public @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1)) OR t.search_notes @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1))) LIMIT $2) capped) total LEFT JOIN (SELECT t.id, t.organisation_id AS "organisationId", t.number, t.requester_id AS "requesterId",
  t.requester_email AS "requesterEmail", t.participant_user_ids AS "participantUserIds", t.channel, t.subject,
  t.description, t.category_id AS "categoryId", t.support_type_id AS "supportTypeId", t.priority, t.status,
  t.queue_id AS "queueId", t.assignee_id AS "assigneeId", t.planned_version AS "plannedVersion",
  to_char(t.expected_resolution_on, 'YYYY-MM-DD') AS "expectedResolutionOn",
  to_char(t.postponed_until, 'YYYY-MM-DD') AS "postponedUntil", t.solution,
  t.close_requested_at AS "closeRequestedAt", t.merged_into_id AS "mergedIntoId",
  t.previous_ticket_id AS "previousTicketId", t.created_at AS "createdAt", t.updated_at AS "updatedAt",
  t.first_response_at AS "firstResponseAt", t.resolved_at AS "resolvedAt", t.closed_at AS "closedAt",
  t.first_response_due_at AS "firstResponseDueAt", t.resolution_due_at AS "resolutionDueAt",
  t.sla_state AS "slaState", t.clock_paused_since IS NOT NULL AS "clockPaused",
  (t.clock_paused_ms / 60000)::int AS "clockPausedMinutes",
  t.mail_token AS "mailToken", t.updated_at AS __key0, t.id AS __key1 FROM ticket t WHERE (t.search_public @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1)) OR t.search_notes @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1))) ORDER BY t.updated_at DESC, t.id DESC LIMIT 21) page ON true LEFT JOIN organisation o ON o.id = page."organisationId" LEFT JOIN ticket_queue q ON q.id = page."queueId" ORDER BY page.__key0 DESC, page.__key1 DESC

-- parameters: ["legionella",1001]

Sort  (cost=24089.22..24089.27 rows=21 width=1365) (actual time=7.325..7.333 rows=21 loops=1)
  Sort Key: t_1.updated_at DESC, t_1.id DESC
  Sort Method: quicksort  Memory: 46kB
  Buffers: shared hit=3279
  ->  Nested Loop Left Join  (cost=24078.20..24088.76 rows=21 width=1365) (actual time=7.206..7.310 rows=21 loops=1)
        Buffers: shared hit=3279
        ->  Aggregate  (cost=12038.41..12038.42 rows=1 width=4) (actual time=1.645..1.649 rows=1 loops=1)
              Buffers: shared hit=988
              ->  Limit  (cost=87.16..12037.82 rows=47 width=4) (actual time=0.465..1.607 rows=1001 loops=1)
                    Buffers: shared hit=988
                    ->  Bitmap Heap Scan on ticket t  (cost=87.16..12037.82 rows=47 width=4) (actual time=0.464..1.549 rows=1001 loops=1)
                          Recheck Cond: ((search_public @@ '''legionella'' | ''legionella'''::tsquery) OR (search_notes @@ '''legionella'' | ''legionella'''::tsquery))
                          Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids)))))
                          Heap Blocks: exact=974
                          Buffers: shared hit=988
                          ->  BitmapOr  (cost=87.16..87.16 rows=4685 width=0) (actual time=0.243..0.245 rows=0 loops=1)
                                Buffers: shared hit=14
                                ->  Bitmap Index Scan on ticket_search_public_idx  (cost=0.00..62.04 rows=4006 width=0) (actual time=0.213..0.214 rows=2000 loops=1)
                                      Index Cond: (search_public @@ '''legionella'' | ''legionella'''::tsquery)
                                      Buffers: shared hit=9
                                ->  Bitmap Index Scan on ticket_search_notes_idx  (cost=0.00..25.09 rows=679 width=0) (actual time=0.029..0.029 rows=343 loops=1)
                                      Index Cond: (search_notes @@ '''legionella'' | ''legionella'''::tsquery)
                                      Buffers: shared hit=5
        ->  Nested Loop Left Join  (cost=12039.79..12050.01 rows=21 width=1333) (actual time=5.556..5.653 rows=21 loops=1)
              Join Filter: (q.id = t_1.queue_id)
              Rows Removed by Join Filter: 71
              Buffers: shared hit=2291
              ->  Nested Loop Left Join  (cost=12039.79..12045.69 rows=21 width=1072) (actual time=5.549..5.628 rows=21 loops=1)
                    Join Filter: (o.id = t_1.organisation_id)
                    Rows Removed by Join Filter: 891
                    Buffers: shared hit=2290
                    ->  Limit  (cost=12039.79..12039.84 rows=21 width=885) (actual time=5.492..5.497 rows=21 loops=1)
                          Buffers: shared hit=2288
                          ->  Sort  (cost=12039.79..12039.91 rows=47 width=885) (actual time=5.491..5.495 rows=21 loops=1)
                                Sort Key: t_1.updated_at DESC, t_1.id DESC
                                Sort Method: top-N heapsort  Memory: 55kB
                                Buffers: shared hit=2288
                                ->  Bitmap Heap Scan on ticket t_1  (cost=87.16..12038.52 rows=47 width=885) (actual time=0.513..4.350 rows=2337 loops=1)
                                      Recheck Cond: ((search_public @@ '''legionella'' | ''legionella'''::tsquery) OR (search_notes @@ '''legionella'' | ''legionella'''::tsquery))
                                      Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids)))))
                                      Heap Blocks: exact=2274
                                      Buffers: shared hit=2288
                                      ->  BitmapOr  (cost=87.16..87.16 rows=4685 width=0) (actual time=0.305..0.307 rows=0 loops=1)
                                            Buffers: shared hit=14
                                            ->  Bitmap Index Scan on ticket_search_public_idx  (cost=0.00..62.04 rows=4006 width=0) (actual time=0.277..0.277 rows=2000 loops=1)
                                                  Index Cond: (search_public @@ '''legionella'' | ''legionella'''::tsquery)
                                                  Buffers: shared hit=9
                                            ->  Bitmap Index Scan on ticket_search_notes_idx  (cost=0.00..25.09 rows=679 width=0) (actual time=0.028..0.028 rows=343 loops=1)
                                                  Index Cond: (search_notes @@ '''legionella'' | ''legionella'''::tsquery)
                                                  Buffers: shared hit=5
                    ->  Materialize  (cost=0.00..5.32 rows=1 width=187) (actual time=0.001..0.004 rows=43 loops=21)
                          Buffers: shared hit=2
                          ->  Seq Scan on organisation o  (cost=0.00..5.31 rows=1 width=187) (actual time=0.010..0.028 rows=97 loops=1)
                                Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid)))
                                Buffers: shared hit=2
              ->  Materialize  (cost=0.00..1.17 rows=11 width=261) (actual time=0.000..0.001 rows=4 loops=21)
                    Buffers: shared hit=1
                    ->  Seq Scan on ticket_queue q  (cost=0.00..1.11 rows=11 width=261) (actual time=0.004..0.007 rows=11 loops=1)
                          Buffers: shared hit=1
Planning:
  Buffers: shared hit=14
Planning Time: 0.684 ms
Execution Time: 7.417 ms
