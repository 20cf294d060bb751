// Every event topic of Loket and the payload it carries, in one typed map: `PgPubSub.publish` and
// `subscribe` are checked against it, so a payload that does not match its topic does not compile.
// Payloads carry ids only; subscribers re-read rows under their own scope.

import type { SessionRevokedEvent, UserChangedEvent } from '../modules/accounts/session.topics.js';
import type { ChatChangedEvent } from '../modules/chat/chat.topics.js';
import type { TasksChangedEvent } from '../modules/contacts/contacts.topics.js';
import type { MessageAddedEvent, MessagesReadEvent } from '../modules/messages/message.topics.js';
import type { TicketQueueChangedEvent, TicketUpdatedEvent } from '../modules/tickets/ticket.topics.js';

export interface TopicPayloads {
  /** A message was sent in a thread. */
  'message.added': MessageAddedEvent;
  /** A user's read state changed (they opened messages). */
  'message.read': MessagesReadEvent;
  /** The derived task list (themes without a confirmed contact) of an organisation may have changed. */
  'contacts.tasks-changed': TasksChangedEvent;
  /** Sessions were ended: caches drop them, their sockets close. */
  'session.revoked': SessionRevokedEvent;
  /** A user's roles, status or organisation changed (published by a trigger, migration CacheInvalidation). */
  'user.changed': UserChangedEvent;
  /** A theme, team or staff member changed (published by triggers, migration CacheInvalidation). */
  'department.changed': { table: string };
  /** Something changed on one ticket: an entry, its status, queue, assignee or details. */
  'ticket.updated': TicketUpdatedEvent;
  /** The content or counts of staff queues changed. */
  'ticket.queue-changed': TicketQueueChangedEvent;
  /** A webhook endpoint was added, changed, disabled or removed: caches of wanted event types drop. */
  'webhooks.changed': { endpointId: string };
  /** A chat started, was taken, got a message or ended. */
  'chat.changed': ChatChangedEvent;
  /** The waiting chats or the agents' availability changed (staff's chat page, the offer to customers). */
  'chat.queue-changed': Record<string, never>;
  /** Mails went into or out of the intake's quarantine (staff's navigation count, decision 0033). */
  'mail-intake.quarantine-changed': Record<string, never>;
  /** An outage was opened, updated or resolved: the banners of every page follow. */
  'knowledge-base.outages-changed': { outageId: string };
  /** A business calendar or its closing days changed (published by triggers, migration TicketSettings). */
  'sla.calendar-changed': { table: string };
}

export type Topic = keyof TopicPayloads;

export const Topic = {
  MessageAdded: 'message.added',
  MessagesRead: 'message.read',
  TasksChanged: 'contacts.tasks-changed',
  SessionRevoked: 'session.revoked',
  UserChanged: 'user.changed',
  DepartmentChanged: 'department.changed',
  TicketUpdated: 'ticket.updated',
  TicketQueueChanged: 'ticket.queue-changed',
  WebhooksChanged: 'webhooks.changed',
  ChatChanged: 'chat.changed',
  ChatQueueChanged: 'chat.queue-changed',
  QuarantineChanged: 'mail-intake.quarantine-changed',
  OutagesChanged: 'knowledge-base.outages-changed',
  CalendarChanged: 'sla.calendar-changed',
} as const satisfies Record<string, Topic>;
