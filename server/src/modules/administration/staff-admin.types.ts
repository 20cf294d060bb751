// GraphQL shapes of the department's staff users (issue 16, decision 0035).
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Language as LanguageCode } from '../../i18n/language-enum.js';
import { UserStatus } from '../accounts/account.types.js';
import { Team } from '../department/department.types.js';
import { TicketQueue } from '../tickets/ticket.types.js';
import { STAFF_ROLES, type StaffRole as StaffRoleValue } from './staff-admin.service.js';

export const StaffRole = graphqlEnum(STAFF_ROLES, {
  name: 'StaffRole',
  description:
    'The one role of a staff user: AGENT (dossierbehandelaar) or DEPARTMENT_ADMIN (also an agent).',
});
export type StaffRole = StaffRoleValue;

@ObjectType({ description: 'A user of the department (no organisation), as its administration sees them.' })
export class StaffUser {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => LanguageCode) language!: LanguageCode;
  @Field(() => StaffRole) role!: StaffRole;
  @Field(() => UserStatus) status!: UserStatus;
  @Field() createdAt!: Date;
  @Field(() => [Team], { description: 'The teams the user handles messages for (managed under teams).' })
  teams!: Team[];
  @Field(() => [TicketQueue], { description: 'The helpdesk queues the user works.' })
  queues!: TicketQueue[];
}

export const StaffUserConnection = ConnectionType(StaffUser, 'StaffUser');

@ObjectType()
export class StaffUserPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => StaffUser, { nullable: true }) staffUser!: StaffUser | null;
}

@InputType({ description: 'A new staff user, invited by mail to choose a password.' })
export class InviteStaffUserInput {
  @Field() email!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => StaffRole) role!: StaffRole;
  @Field(() => LanguageCode, { nullable: true, description: 'nl (default) or en: the mail and the account.' })
  language?: LanguageCode | null;
}

@InputType()
export class ChangeStaffRoleInput {
  @Field(() => ID) userId!: string;
  @Field(() => StaffRole) role!: StaffRole;
}

@InputType()
export class SetStaffQueuesInput {
  @Field(() => ID) userId!: string;
  @Field(() => [ID], {
    description: 'Every queue the user works (may be empty); replaces the previous choice.',
  })
  queueIds!: string[];
}
