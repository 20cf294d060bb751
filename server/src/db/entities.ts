// Every TypeORM entity, listed by hand.

import { SessionEntity } from '../modules/accounts/session.entity.js';
import { UserEntity } from '../modules/accounts/user.entity.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { ContactPersonEntity, ContactPersonThemeEntity } from '../modules/contacts/contact-person.entity.js';
import { TeamEntity, TeamMemberEntity } from '../modules/department/team.entity.js';
import { ThemeEntity } from '../modules/department/theme.entity.js';
import {
  AttachmentEntity,
  MessageEntity,
  ThreadContactEntity,
  ThreadEntity,
} from '../modules/messages/message.entity.js';
import { OrganisationEntity, OrganisationThemeEntity } from '../modules/organisations/organisation.entity.js';

export const entities = [
  TeamEntity,
  TeamMemberEntity,
  ThemeEntity,
  OrganisationEntity,
  OrganisationThemeEntity,
  UserEntity,
  SessionEntity,
  AuditEventEntity,
  ContactPersonEntity,
  ContactPersonThemeEntity,
  ThreadEntity,
  MessageEntity,
  ThreadContactEntity,
  AttachmentEntity,
];
