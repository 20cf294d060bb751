// How a ticket and its entries are read: the columns, the row types services and resolvers share.
import type { SlaState } from '../sla/sla-clock.js';
import type { TicketStatus } from './ticket-status.js';

export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export type TicketChannel = 'PORTAL' | 'WIDGET' | 'EMAIL' | 'PHONE' | 'CHAT';
type TicketEntryKind = 'REPLY' | 'NOTE' | 'EVENT';

export interface TicketRow {
  id: string;
  organisationId: string;
  number: string;
  requesterId: string | null;
  requesterEmail: string;
  participantUserIds: string[];
  channel: TicketChannel;
  subject: string;
  description: string;
  categoryId: string;
  supportTypeId: string;
  priority: TicketPriority;
  status: TicketStatus;
  queueId: string;
  assigneeId: string | null;
  plannedVersion: string | null;
  expectedResolutionOn: string | null;
  postponedUntil: string | null;
  solution: string | null;
  closeRequestedAt: Date | null;
  mergedIntoId: string | null;
  previousTicketId: string | null;
  createdAt: Date;
  updatedAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  /** Worst service-level state of the targets still running; null when none runs. */
  slaState: SlaState | null;
  /** The resolution clock stands still (Uitgesteld, Wacht op reactie, Opgelost). */
  clockPaused: boolean;
  /** Business minutes the resolution clock stood still in pauses that ended (the running one not yet). */
  clockPausedMinutes: number;
  /** Threads mail about the ticket (Reply-To and Message-ID); never shown. */
  mailToken: string;
}

/** Columns of `ticket t`, aliased to TicketRow's names (dates as YYYY-MM-DD text). */
export const TICKET_COLUMNS = `t.id, t.organisation_id AS "organisationId", t.number, t.requester_id AS "requesterId",
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
  t.mail_token AS "mailToken"`;

export interface TicketEntryRow {
  id: string;
  organisationId: string;
  ticketId: string;
  kind: TicketEntryKind;
  authorId: string | null;
  byStaff: boolean;
  body: string;
  event: TicketEvent | null;
  closeRequest: boolean;
  createdAt: Date;
  /** The sender of an entry that came by mail. */
  authorEmail: string | null;
}

/** What a timeline event records. */
export type TicketEvent =
  | { type: 'CREATED' }
  | { type: 'STATUS'; from: TicketStatus; to: TicketStatus }
  | { type: 'QUEUE'; from: string; to: string }
  | { type: 'ASSIGNED'; from: string | null; to: string | null }
  | { type: 'MERGED_INTO'; number: string }
  | { type: 'MERGED_FROM'; number: string }
  | { type: 'DETAILS'; fields: string[] }
  /** Staff gave the ticket another category (ids: a category may later be renamed or made inactive). */
  | { type: 'CATEGORY'; from: string; to: string }
  | { type: 'ATTACHMENT_REMOVED'; fileName: string; reason: string };

export const ENTRY_COLUMNS = `e.id, e.organisation_id AS "organisationId", e.ticket_id AS "ticketId", e.kind,
  e.author_id AS "authorId", e.by_staff AS "byStaff", e.body, e.event, e.close_request AS "closeRequest",
  e.created_at AS "createdAt", e.author_email AS "authorEmail"`;

export interface TicketQueueRow {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
  explanationNl: string;
  explanationEn: string;
  expectedReactionNl: string | null;
  expectedReactionEn: string | null;
  nextMeetingOn: string | null;
  isDefault: boolean;
}

/** Columns of `ticket_queue q` and the TicketQueueRow names they are read as. */
const QUEUE_FIELDS: ReadonlyArray<readonly [sql: string, name: keyof TicketQueueRow]> = [
  ['q.id', 'id'],
  ['q.code', 'code'],
  ['q.name_nl', 'nameNl'],
  ['q.name_en', 'nameEn'],
  ['q.explanation_nl', 'explanationNl'],
  ['q.explanation_en', 'explanationEn'],
  ['q.expected_reaction_nl', 'expectedReactionNl'],
  ['q.expected_reaction_en', 'expectedReactionEn'],
  ["to_char(q.next_meeting_on, 'YYYY-MM-DD')", 'nextMeetingOn'],
  ['q.is_default', 'isDefault'],
];

/** The queue's columns named `<prefix><name>` (a queue read along in another row: `queueOf`). */
export const queueColumns = (prefix = '') =>
  QUEUE_FIELDS.map(([sql, name]) => `${sql} AS "${prefix}${name}"`).join(', ');

export const QUEUE_COLUMNS = queueColumns();

/** The queue read along under `prefix` (queueColumns), or null when the row has none. */
export function queueOf(row: Record<string, unknown>, prefix: string): TicketQueueRow | null {
  if (row[`${prefix}id`] == null) return null;
  const queue: Record<string, unknown> = {};
  for (const [, name] of QUEUE_FIELDS) queue[name] = row[`${prefix}${name}`];
  return queue as unknown as TicketQueueRow;
}

/** A category, support type or label: a code with names in both languages. */
export interface NamedRow {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
  /** Categories and support types: offered on new tickets (labels: always true). */
  active: boolean;
  visibleToCustomer?: boolean;
}
