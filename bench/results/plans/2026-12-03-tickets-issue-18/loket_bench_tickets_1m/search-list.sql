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

Sort  (cost=167803.42..167803.47 rows=21 width=1370) (actual time=24.440..24.452 rows=21 loops=1)
  Sort Key: t_1.updated_at DESC, t_1.id DESC
  Sort Method: quicksort  Memory: 46kB
  Buffers: shared hit=6398
  ->  Nested Loop Left Join  (cost=122411.53..167802.95 rows=21 width=1370) (actual time=13.880..24.375 rows=21 loops=1)
        Buffers: shared hit=6398
        ->  Aggregate  (cost=122411.10..122411.12 rows=1 width=4) (actual time=12.345..12.350 rows=1 loops=1)
              Buffers: shared hit=1000
              ->  Limit  (cost=537.38..122405.12 rows=479 width=4) (actual time=10.666..12.278 rows=1001 loops=1)
                    Buffers: shared hit=1000
                    ->  Bitmap Heap Scan on ticket t  (cost=537.38..122405.12 rows=479 width=4) (actual time=10.663..12.193 rows=1001 loops=1)
                          Recheck Cond: ((search_public @@ '''legionella'' | ''legionella'''::tsquery) OR (search_notes @@ '''legionella'' | ''legionella'''::tsquery))
                          Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids)))))
                          Heap Blocks: exact=968
                          Buffers: shared hit=1000
                          ->  BitmapOr  (cost=537.38..537.38 rows=48152 width=0) (actual time=5.308..5.311 rows=0 loops=1)
                                Buffers: shared hit=32
                                ->  Bitmap Index Scan on ticket_search_public_idx  (cost=0.00..406.23 rows=41363 width=0) (actual time=4.784..4.784 rows=20000 loops=1)
                                      Index Cond: (search_public @@ '''legionella'' | ''legionella'''::tsquery)
                                      Buffers: shared hit=21
                                ->  Bitmap Index Scan on ticket_search_notes_idx  (cost=0.00..130.91 rows=6788 width=0) (actual time=0.522..0.523 rows=3436 loops=1)
                                      Index Cond: (search_notes @@ '''legionella'' | ''legionella'''::tsquery)
                                      Buffers: shared hit=11
        ->  Nested Loop Left Join  (cost=0.42..45391.51 rows=21 width=1338) (actual time=1.527..12.006 rows=21 loops=1)
              Join Filter: (q.id = t_1.queue_id)
              Rows Removed by Join Filter: 41
              Buffers: shared hit=5398
              ->  Nested Loop Left Join  (cost=0.42..45387.19 rows=21 width=1077) (actual time=1.502..11.958 rows=21 loops=1)
                    Join Filter: (o.id = t_1.organisation_id)
                    Rows Removed by Join Filter: 6103
                    Buffers: shared hit=5397
                    ->  Limit  (cost=0.42..45336.24 rows=21 width=889) (actual time=0.701..10.593 rows=21 loops=1)
                          Buffers: shared hit=5384
                          ->  Index Scan using ticket_updated_idx on ticket t_1  (cost=0.42..1034088.69 rows=479 width=889) (actual time=0.701..10.587 rows=21 loops=1)
                                Filter: (((search_public @@ '''legionella'' | ''legionella'''::tsquery) OR (search_notes @@ '''legionella'' | ''legionella'''::tsquery)) AND ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids))))))
                                Rows Removed by Filter: 1139
                                Buffers: shared hit=5384
                    ->  Materialize  (cost=0.00..47.61 rows=10 width=188) (actual time=0.002..0.045 rows=292 loops=21)
                          Buffers: shared hit=13
                          ->  Seq Scan on organisation o  (cost=0.00..47.56 rows=10 width=188) (actual time=0.015..0.340 rows=895 loops=1)
                                Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid)))
                                Buffers: shared hit=13
              ->  Materialize  (cost=0.00..1.17 rows=11 width=261) (actual time=0.001..0.001 rows=3 loops=21)
                    Buffers: shared hit=1
                    ->  Seq Scan on ticket_queue q  (cost=0.00..1.11 rows=11 width=261) (actual time=0.008..0.013 rows=11 loops=1)
                          Buffers: shared hit=1
Planning:
  Buffers: shared hit=18
Planning Time: 1.505 ms
Execution Time: 24.692 ms
