// GraphQL shapes of accounts: users, sessions, and the payloads of account mutations.
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { Language as LanguageCode } from '../../i18n/language-enum.js';
import {
  ROLES,
  type Role as RoleValue,
  TENANT_ROLES,
  type TenantRole as TenantRoleValue,
  USER_STATUSES,
  type UserStatus as UserStatusValue,
} from './user.entity.js';

export const Role = graphqlEnum(ROLES, {
  name: 'Role',
  description:
    'Tenant roles ADMIN (Beheerder), MEMBER (Medewerker), MEMBER_PLUS (Medewerker+); staff roles AGENT, DEPARTMENT_ADMIN.',
});

export type Role = RoleValue;

export const TenantRole = graphqlEnum(TENANT_ROLES, {
  name: 'TenantRole',
  description: 'The one role of a user of an organisation: ADMIN (Beheerder), MEMBER_PLUS, MEMBER.',
});
export type TenantRole = TenantRoleValue;

export const UserStatus = graphqlEnum(USER_STATUSES, { name: 'UserStatus' });
export type UserStatus = UserStatusValue;

@ObjectType({ description: 'A login: a user of an organisation, or department staff (no organisation).' })
export class User {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => LanguageCode) language!: LanguageCode;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => UserStatus) status!: UserStatus;
  @Field(() => ID, { nullable: true }) organisationId!: string | null;
}

@ObjectType({ description: 'One of your login sessions.' })
export class Session {
  @Field(() => ID) id!: string;
  @Field() createdAt!: Date;
  @Field() lastSeenAt!: Date;
  @Field() expiresAt!: Date;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field({ description: 'True for the session this request uses.' }) current!: boolean;
}

@InputType()
export class LoginInput {
  @Field() email!: string;
  @Field() password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => User, { nullable: true }) user!: User | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The session token, also set as an httpOnly cookie; send it as `Authorization: Bearer <token>`.',
  })
  token!: string | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
}

@InputType()
export class TokenPasswordInput {
  @Field() token!: string;
  @Field() password!: string;
}

@InputType()
export class InviteUserInput {
  @Field() email!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => LanguageCode, { nullable: true }) language?: LanguageCode | null;
}

@ObjectType()
export class UserPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => User, { nullable: true }) user!: User | null;
}

@ObjectType()
export class OkPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field() ok!: boolean;
}

@InputType()
export class UpdateProfileInput {
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field({ description: 'Your current password confirms the change.' }) currentPassword!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() currentPassword!: string;
  @Field() newPassword!: string;
}

export const UserConnection = ConnectionType(User, 'User');

@InputType()
export class ChangeUserRoleInput {
  @Field(() => ID) userId!: string;
  @Field(() => TenantRole) role!: TenantRole;
  @Field({ description: 'Your own password confirms the change.' }) currentPassword!: string;
}

@InputType()
export class DeactivateUserInput {
  @Field(() => ID) userId!: string;
  @Field({ description: 'Your own password confirms the change.' }) currentPassword!: string;
}
