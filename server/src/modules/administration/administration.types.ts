// GraphQL shapes of the department's administration (issue 16).
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.js';
import { User } from '../accounts/account.types.js';
import { Theme } from '../department/department.types.js';
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
