-- in a transaction opened with: START TRANSACTION; SELECT set_config('app.scope', 'staff', true), set_config('app.organisation_id', '', true), set_config('app.user_id', '00000000-0000-4000-8000-000000000501', true), set_config('app.roles', '', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)

SELECT t.id, t.organisation_id AS "organisationId", t.number, t.requester_id AS "requesterId",
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
  t.mail_token AS "mailToken" FROM ticket t WHERE (t.search_public @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1)) OR t.search_notes @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1))) ORDER BY t.updated_at DESC, t.id DESC LIMIT 21

-- parameters: ["legionella"]

Limit  (cost=0.42..45254.36 rows=21 width=865) (actual time=0.483..9.660 rows=21 loops=1)
  Buffers: shared hit=5384
  ->  Index Scan using ticket_updated_idx on ticket t  (cost=0.42..1034376.14 rows=480 width=865) (actual time=0.482..9.654 rows=21 loops=1)
        Filter: (((search_public @@ '''legionella'' | ''legionella'''::tsquery) OR (search_notes @@ '''legionella'' | ''legionella'''::tsquery)) AND ((COALESCE(current_setting('app.scope'::text, true), ''::text) = ANY ('{staff,system}'::text[])) OR ((COALESCE(current_setting('app.scope'::text, true), ''::text) = 'tenant'::text) AND (organisation_id = (NULLIF(current_setting('app.organisation_id'::text, true), ''::text))::uuid) AND (('ADMIN'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR ('MEMBER_PLUS'::text = ANY (string_to_array(COALESCE(current_setting('app.roles'::text, true), ''::text), ','::text))) OR (requester_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid) OR ((NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid = ANY (participant_user_ids))))))
        Rows Removed by Filter: 1139
        Buffers: shared hit=5384
Planning:
  Buffers: shared hit=4
Planning Time: 6.319 ms
Execution Time: 9.694 ms
