-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT total.n AS "__total", page.*, o."id" AS "org__id", o."name" AS "org__name", o."external_number" AS "org__external_number", o."enterprise_number" AS "org__enterprise_number", o."recognition_number" AS "org__recognition_number", o."phone" AS "org__phone", o."email" AS "org__email", o."website_url" AS "org__website_url", o."deactivated_at" AS "org__deactivated_at", o."created_at" AS "org__created_at", o."updated_at" AS "org__updated_at", q.id AS "queue__id", q.code AS "queue__code", q.name_nl AS "queue__nameNl", q.name_en AS "queue__nameEn", q.explanation_nl AS "queue__explanationNl", q.explanation_en AS "queue__explanationEn", q.expected_reaction_nl AS "queue__expectedReactionNl", q.expected_reaction_en AS "queue__expectedReactionEn", to_char(q.next_meeting_on, 'YYYY-MM-DD') AS "queue__nextMeetingOn", q.is_default AS "queue__isDefault" FROM (SELECT count(*)::int AS n FROM (SELECT 1 FROM ticket t WHERE t.queue_id = $1 LIMIT $2) capped) total LEFT JOIN (SELECT t.id, t.organisation_id AS "organisationId", t.number, t.requester_id AS "requesterId",
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
  t.mail_token AS "mailToken", t.updated_at AS __key0, t.id AS __key1 FROM ticket t WHERE t.queue_id = $1 ORDER BY t.updated_at DESC, t.id DESC LIMIT 21) page ON true LEFT JOIN organisation o ON o.id = page."organisationId" LEFT JOIN ticket_queue q ON q.id = page."queueId" ORDER BY page.__key0 DESC, page.__key1 DESC

-- parameters: ["2b5b23ef-5d1d-41ad-a5b4-2c9cb525dd27",1001]

Sort  (cost=24307.04..24307.09 rows=21 width=1370) (actual time=1.499..1.502 rows=21 loops=1)
  Sort Key: t_1.updated_at DESC, t_1.id DESC
  Sort Method: quicksort  Memory: 47kB
  Buffers: shared hit=882
  ->  Nested Loop Left Join  (cost=17105.79..24306.58 rows=21 width=1370) (actual time=0.747..1.439 rows=21 loops=1)
        Buffers: shared hit=882
        ->  Aggregate  (cost=17105.37..17105.38 rows=1 width=4) (actual time=0.578..0.579 rows=1 loops=1)
              Buffers: shared hit=790
              ->  Limit  (cost=0.42..17092.86 rows=1001 width=4) (actual time=0.028..0.528 rows=1001 loops=1)
                    Buffers: shared hit=790
                    ->  Index Only Scan using ticket_queue_idx on ticket t  (cost=0.42..51772.90 rows=3032 width=4) (actual time=0.027..0.464 rows=1001 loops=1)
                          Index Cond: (queue_id = '2b5b23ef-5d1d-41ad-a5b4-2c9cb525dd27'::uuid)
                          Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids)))))
                          Heap Fetches: 0
                          Buffers: shared hit=790
        ->  Nested Loop Left Join  (cost=0.42..7200.87 rows=21 width=1338) (actual time=0.166..0.852 rows=21 loops=1)
              Join Filter: (q.id = t_1.queue_id)
              Buffers: shared hit=92
              ->  Nested Loop Left Join  (cost=0.42..7196.55 rows=21 width=1077) (actual time=0.150..0.829 rows=21 loops=1)
                    Join Filter: (o.id = t_1.organisation_id)
                    Rows Removed by Join Filter: 3166
                    Buffers: shared hit=91
                    ->  Limit  (cost=0.42..7145.60 rows=21 width=889) (actual time=0.019..0.156 rows=21 loops=1)
                          Buffers: shared hit=82
                          ->  Index Scan using ticket_updated_idx on ticket t_1  (cost=0.42..1031626.97 rows=3032 width=889) (actual time=0.019..0.154 rows=21 loops=1)
                                Filter: ((queue_id = '2b5b23ef-5d1d-41ad-a5b4-2c9cb525dd27'::uuid) AND ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids))))))
                                Rows Removed by Filter: 58
                                Buffers: shared hit=82
                    ->  Materialize  (cost=0.00..47.61 rows=10 width=188) (actual time=0.001..0.023 rows=152 loops=21)
                          Buffers: shared hit=9
                          ->  Seq Scan on organisation o  (cost=0.00..47.56 rows=10 width=188) (actual time=0.008..0.176 rows=573 loops=1)
                                Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid)))
                                Buffers: shared hit=9
              ->  Materialize  (cost=0.00..1.17 rows=11 width=261) (actual time=0.001..0.001 rows=1 loops=21)
                    Buffers: shared hit=1
                    ->  Seq Scan on ticket_queue q  (cost=0.00..1.11 rows=11 width=261) (actual time=0.004..0.004 rows=1 loops=1)
                          Buffers: shared hit=1
Planning:
  Buffers: shared hit=14
Planning Time: 0.871 ms
Execution Time: 1.661 ms
