// GraphQL door to an organisation's users for its Beheerder (ADMIN): the list, role, (de)activation.
import {
  Arg,
  Authorized,
  Ctx as Context,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  UseMiddleware,
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import type { Result } from '../../domain/errors.js';
import { Parent } from '../../graphql/parent.js';
import { CursorScalar } from '../../graphql/scalars.js';
import { toUserErrors } from '../../graphql/user-error.js';
import {
  ChangeUserRoleInput,
  DeactivateUserInput,
  TenantRole,
  User,
  UserConnection,
  UserPayload,
  UserStatus,
} from './account.types.js';
import * as users from './organisation-users.service.js';
import { MailRateLimit } from './rate-limits.js';
import type { UserEntity } from './user.entity.js';

function payload(ctx: Ctx, result: Result<UserEntity>): UserPayload {
  return result.ok
    ? { errors: [], user: result.value as User }
    : { errors: toUserErrors(ctx.lang, result.errors), user: null };
}

@Resolver(() => User)
export class OrganisationUsersResolver {
  @FieldResolver(() => TenantRole, {
    nullable: true,
    description: 'The one role of a user of an organisation (null for department staff).',
  })
  tenantRole(@Parent() user: User): TenantRole | null {
    return user.organisationId ? users.tenantRoleOf(user.roles) : null;
  }

  @Authorized('ADMIN')
  @Query(() => UserConnection, { description: "ADMIN: your organisation's users by name, paged." })
  organisationUsers(
    @Context() ctx: Ctx,
    @Arg('status', () => UserStatus, { nullable: true }) status?: UserStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
  ) {
    return users.listUsers(ctx, { status: status ?? null, first, after: after ?? null });
  }

  @Authorized('ADMIN')
  @Query(() => User, { description: "ADMIN: one user of your organisation; NOT_FOUND for another's." })
  organisationUser(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<User> {
    return users.getUser(ctx, id) as Promise<User>;
  }

  @Authorized('ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => UserPayload, {
    description:
      "ADMIN: give a colleague one role of three, confirmed with your password (not your own role; the organisation keeps an active ADMIN). Another organisation's user is NOT_FOUND.",
  })
  async changeUserRole(@Arg('input') input: ChangeUserRoleInput, @Context() ctx: Ctx): Promise<UserPayload> {
    return payload(ctx, await users.changeUserRole(ctx, input));
  }

  @Authorized('ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => UserPayload, {
    description:
      'ADMIN: deactivate a colleague, confirmed with your password: their sessions end at once. Not yourself, not the last active ADMIN.',
  })
  async deactivateUser(@Arg('input') input: DeactivateUserInput, @Context() ctx: Ctx): Promise<UserPayload> {
    return payload(ctx, await users.deactivateUser(ctx, input));
  }

  @Authorized('ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => UserPayload, {
    description:
      'ADMIN: reactivate a deactivated colleague (one who never chose a password is invited again).',
  })
  async reactivateUser(@Arg('userId', () => ID) userId: string, @Context() ctx: Ctx): Promise<UserPayload> {
    return payload(ctx, await users.reactivateUser(ctx, userId));
  }
}
