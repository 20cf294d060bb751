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

-- parameters: ["c4c0baa5-9f43-4586-892a-cc43ae617f54",1001]

Sort  (cost=12358.59..12358.65 rows=21 width=1365) (actual time=0.758..0.761 rows=21 loops=1)
  Sort Key: t_1.updated_at DESC, t_1.id DESC
  Sort Method: quicksort  Memory: 45kB
  Buffers: shared hit=87
  ->  Nested Loop Left Join  (cost=5136.76..12358.13 rows=21 width=1365) (actual time=0.507..0.708 rows=21 loops=1)
        Buffers: shared hit=87
        ->  Aggregate  (cost=5136.35..5136.36 rows=1 width=4) (actual time=0.451..0.451 rows=1 loops=1)
              Buffers: shared hit=20
              ->  Limit  (cost=0.42..5132.60 rows=300 width=4) (actual time=0.020..0.397 rows=1001 loops=1)
                    Buffers: shared hit=20
                    ->  Index Only Scan using ticket_queue_idx on ticket t  (cost=0.42..5132.60 rows=300 width=4) (actual time=0.020..0.328 rows=1001 loops=1)
                          Index Cond: (queue_id = 'c4c0baa5-9f43-4586-892a-cc43ae617f54'::uuid)
                          Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids)))))
                          Heap Fetches: 0
                          Buffers: shared hit=20
        ->  Nested Loop Left Join  (cost=0.42..7221.45 rows=21 width=1333) (actual time=0.054..0.250 rows=21 loops=1)
              Join Filter: (q.id = t_1.queue_id)
              Buffers: shared hit=67
              ->  Nested Loop Left Join  (cost=0.42..7217.12 rows=21 width=1072) (actual time=0.041..0.229 rows=21 loops=1)
                    Join Filter: (o.id = t_1.organisation_id)
                    Rows Removed by Join Filter: 456
                    Buffers: shared hit=66
                    ->  Limit  (cost=0.42..7211.28 rows=21 width=885) (actual time=0.027..0.090 rows=21 loops=1)
                          Buffers: shared hit=64
                          ->  Index Scan using ticket_updated_idx on ticket t_1  (cost=0.42..103012.71 rows=300 width=885) (actual time=0.026..0.088 rows=21 loops=1)
                                Filter: ((queue_id = 'c4c0baa5-9f43-4586-892a-cc43ae617f54'::uuid) AND ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids))))))
                                Rows Removed by Filter: 42
                                Buffers: shared hit=64
                    ->  Materialize  (cost=0.00..5.32 rows=1 width=187) (actual time=0.001..0.005 rows=23 loops=21)
                          Buffers: shared hit=2
                          ->  Seq Scan on organisation o  (cost=0.00..5.31 rows=1 width=187) (actual time=0.005..0.036 rows=89 loops=1)
                                Filter: ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid)))
                                Buffers: shared hit=2
              ->  Materialize  (cost=0.00..1.17 rows=11 width=261) (actual time=0.001..0.001 rows=1 loops=21)
                    Buffers: shared hit=1
                    ->  Seq Scan on ticket_queue q  (cost=0.00..1.11 rows=11 width=261) (actual time=0.002..0.002 rows=1 loops=1)
                          Buffers: shared hit=1
Planning:
  Buffers: shared hit=10
Planning Time: 0.798 ms
Execution Time: 0.909 ms
