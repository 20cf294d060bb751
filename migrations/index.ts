// Every migration, in order. Listed by hand so that nothing is loaded by a file-name pattern.
import { Foundation1763800000000 } from './1763800000000-Foundation.js';
import { Contacts1763800002000 } from './1763800002000-Contacts.js';
import { Messages1763800003000 } from './1763800003000-Messages.js';
import { MailDelivery1763900000000 } from './1763900000000-MailDelivery.js';
import { CacheInvalidation1764000000000 } from './1764000000000-CacheInvalidation.js';
import { StaffCacheInvalidation1764000001000 } from './1764000001000-StaffCacheInvalidation.js';
import { UndeliverableMail1764100000000 } from './1764100000000-UndeliverableMail.js';
import { SenderTeam1764100001000 } from './1764100001000-SenderTeam.js';
import { AccountSecurity1764650000000 } from './1764650000000-AccountSecurity.js';
import { Tickets1764700000000 } from './1764700000000-Tickets.js';
import { SessionExpiryInCache1764800000000 } from './1764800000000-SessionExpiryInCache.js';
import { ServiceLevels1764914000000 } from './1764914000000-ServiceLevels.js';
import { MailIntake1764915000000 } from './1764915000000-MailIntake.js';
import { Metrics1765000000000 } from './1765000000000-Metrics.js';
import { Webhooks1765000001000 } from './1765000001000-Webhooks.js';
import { Administration1766100000000 } from './1766100000000-Administration.js';
import { TicketSettings1766200000000 } from './1766200000000-TicketSettings.js';
import { KnowledgeBase1766400000000 } from './1766400000000-KnowledgeBase.js';
import { Chat1766500000000 } from './1766500000000-Chat.js';
import { SingleSignOn1766600000000 } from './1766600000000-SingleSignOn.js';
import { Privacy1766700000000 } from './1766700000000-Privacy.js';
import { ThreadTitleSearch1766900000000 } from './1766900000000-ThreadTitleSearch.js';
import { IntakeAlerts1767100000000 } from './1767100000000-IntakeAlerts.js';
import { ThemesAndTeams1767200000000 } from './1767200000000-ThemesAndTeams.js';
import { StaffQueues1767300000000 } from './1767300000000-StaffQueues.js';
import { OrganisationWebhooks1767500000000 } from './1767500000000-OrganisationWebhooks.js';
import { RetentionPage1767600000000 } from './1767600000000-RetentionPage.js';
import { TicketQueueCount1767800000000 } from './1767800000000-TicketQueueCount.js';

export const migrations = [
  Foundation1763800000000,
  Contacts1763800002000,
  Messages1763800003000,
  MailDelivery1763900000000,
  CacheInvalidation1764000000000,
  StaffCacheInvalidation1764000001000,
  UndeliverableMail1764100000000,
  SenderTeam1764100001000,
  AccountSecurity1764650000000,
  Tickets1764700000000,
  SessionExpiryInCache1764800000000,
  ServiceLevels1764914000000,
  MailIntake1764915000000,
  Metrics1765000000000,
  Webhooks1765000001000,
  Administration1766100000000,
  TicketSettings1766200000000,
  KnowledgeBase1766400000000,
  Chat1766500000000,
  SingleSignOn1766600000000,
  Privacy1766700000000,
  ThreadTitleSearch1766900000000,
  IntakeAlerts1767100000000,
  ThemesAndTeams1767200000000,
  StaffQueues1767300000000,
  OrganisationWebhooks1767500000000,
  RetentionPage1767600000000,
  TicketQueueCount1767800000000,
];
