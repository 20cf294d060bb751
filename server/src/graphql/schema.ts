// The one GraphQL schema, built code-first from the resolvers; schema/schema.graphql is printed from it.

import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver.js';
import { OrganisationUsersResolver } from '../modules/accounts/organisation-users.resolver.js';
import { AdministrationResolver } from '../modules/administration/administration.resolver.js';
import { StaffAdminResolver } from '../modules/administration/staff-admin.resolver.js';
import { TeamAdminResolver, ThemeAdminResolver } from '../modules/administration/themes-teams.resolver.js';
import { ChatMessageResolver, ChatResolver } from '../modules/chat/chat.resolver.js';
import { ContactPersonResolver } from '../modules/contacts/contact-person.resolver.js';
import { TaskResolver } from '../modules/contacts/task.resolver.js';
import { TeamResolver, ThemeResolver, UserTeamsResolver } from '../modules/department/department.resolver.js';
import { HelpdeskResolver } from '../modules/helpdesk/helpdesk.resolver.js';
import { KnowledgeBaseResolver } from '../modules/knowledge-base/knowledge-base.resolver.js';
import { FailedMailResolver } from '../modules/mail/failed-mail.resolver.js';
import { InboundMailResolver } from '../modules/mail-intake/inbound-mail.resolver.js';
import { MessageResolver, ThreadResolver } from '../modules/messages/message.resolver.js';
import { AuditEventResolver, OrganisationResolver } from '../modules/organisations/organisation.resolver.js';
import { PrivacyResolver } from '../modules/privacy/privacy.resolver.js';
import { ServiceLevelReportResolver } from '../modules/sla/sla.resolver.js';
import { SingleSignOnResolver } from '../modules/sso/sso.resolver.js';
import { TicketSettingsResolver } from '../modules/ticket-settings/ticket-settings.resolver.js';
import {
  TicketEntryResolver,
  TicketOptionResolver,
  TicketParticipantResolver,
  TicketQueueResolver,
  TicketResolver,
} from '../modules/tickets/ticket.resolver.js';
import { WebhookResolver } from '../modules/webhooks/webhook.resolver.js';
import { authChecker } from './auth-checker.js';
import { guardInputs } from './input-rules.js';

export const resolvers = [
  AccountResolver,
  SingleSignOnResolver,
  OrganisationUsersResolver,
  OrganisationResolver,
  TeamResolver,
  ThemeResolver,
  ContactPersonResolver,
  TaskResolver,
  AuditEventResolver,
  MessageResolver,
  ThreadResolver,
  HelpdeskResolver,
  UserTeamsResolver,
  FailedMailResolver,
  InboundMailResolver,
  TicketResolver,
  TicketOptionResolver,
  TicketQueueResolver,
  TicketEntryResolver,
  TicketParticipantResolver,
  ServiceLevelReportResolver,
  WebhookResolver,
  PrivacyResolver,
  ChatResolver,
  ChatMessageResolver,
  AdministrationResolver,
  ThemeAdminResolver,
  TeamAdminResolver,
  StaffAdminResolver,
  KnowledgeBaseResolver,
  TicketSettingsResolver,
] as const;

// Subscriptions declare their own `subscribe` (from ctx.app.pubsub, filtered by tenant), never topics.
const noTopics = {
  publish(): never {
    throw new Error('publish through PgPubSub.publish(em, ...) inside the writing transaction');
  },
  subscribe(): never {
    throw new Error('declare @Subscription({ subscribe }) instead of topics');
  },
};

/** The schema, with the text rule in front of every field that takes arguments (input-rules.ts). */
export async function buildLoketSchema(): Promise<GraphQLSchema> {
  return guardInputs(await buildSchema({ resolvers, authChecker, validate: false, pubSub: noTopics }));
}
