// GraphQL shapes of the department's administration (issue 16).
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { User } from '../accounts/account.types.js';
import { Team, Theme } from '../department/department.types.js';
import { ADMIN_HISTORY_KINDS } from './admin-history.service.js';

export const AdminHistoryKindEnum = Object.fromEntries(
  Object.keys(ADMIN_HISTORY_KINDS).map((k) => [k, k]),
) as { [K in keyof typeof ADMIN_HISTORY_KINDS]: K };
registerEnumType(AdminHistoryKindEnum, {
  name: 'AdminHistoryKind',
  description: 'What an administration audit event is about.',
});

@InputType({ description: 'A new organisation: the enterprise number (KBO) or recognition number, or both.' })
export class CreateOrganisationInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: '10 digits with valid check digits (mod 97).' })
  enterpriseNumber?: string | null;
  @Field(() => String, { nullable: true }) recognitionNumber?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) websiteUrl?: string | null;
  @Field(() => [ID], { description: 'At least one.' }) themeIds!: string[];
}

@InputType({ description: "An organisation's Beheerder (ADMIN), invited by mail to choose a password." })
export class InviteOrganisationAdminInput {
  @Field(() => ID) organisationId!: string;
  @Field() email!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true, description: 'nl (default) or en: the mail and the account.' })
  language?: string | null;
}

@ObjectType()
export class InviteOrganisationAdminPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => User, { nullable: true }) user!: User | null;
}

@ObjectType()
export class ThemePayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => Theme, { nullable: true }) theme!: Theme | null;
}

@ObjectType()
export class MovedThreadsPayload {
  @Field(() => Int, { description: "How many open threads moved to the theme's team." }) moved!: number;
}

export const ThemeConnection = ConnectionType(Theme, 'Theme');
export const TeamConnection = ConnectionType(Team, 'Team');

@InputType({ description: 'A new theme: a short code, its names (unique in each language) and its team.' })
export class CreateThemeInput {
  @Field({ description: '2 to 10 capitals or digits, starting with a letter (e.g. ERK); cannot change.' })
  code!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field(() => ID, { description: 'The team that receives its messages.' }) teamId!: string;
}

@InputType({ description: "A theme's names (unique in each language). Moving it to a team: moveTheme." })
export class UpdateThemeInput {
  @Field(() => ID) themeId!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
}

@InputType({ description: 'A new team: its names (unique in each language) and its address, if any.' })
export class CreateTeamInput {
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field(() => String, {
    nullable: true,
    description: "The team's own address; empty: mail goes to its handlers.",
  })
  email?: string | null;
}

@InputType({ description: "A team's names and address." })
export class UpdateTeamInput extends CreateTeamInput {
  @Field(() => ID) teamId!: string;
}

@InputType({ description: 'A staff user as a member (handler) of a team.' })
export class TeamMemberInput {
  @Field(() => ID) teamId!: string;
  @Field(() => ID, { description: 'A staff user of the department.' }) userId!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: "Offered in 'Hulp nodig?' (default true) when added.",
  })
  offeredInHelp?: boolean | null;
}

@InputType({ description: "Whether a team's member is offered to organisations in 'Hulp nodig?'." })
export class SetTeamMemberHelpInput {
  @Field(() => ID) teamId!: string;
  @Field(() => ID) userId!: string;
  @Field() offeredInHelp!: boolean;
}

@ObjectType()
export class TeamPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => Team, { nullable: true }) team!: Team | null;
}

@ObjectType({ description: "A team's member (handler), for the administration." })
export class TeamMember {
  @Field(() => User) user!: User;
  @Field({ description: "Offered to organisations in 'Hulp nodig?'." }) offeredInHelp!: boolean;
}
