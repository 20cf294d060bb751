// GraphQL door to the department's staff users (issue 16): DEPARTMENT_ADMIN only, every change audited.
import {
  Arg,
  Authorized,
  Ctx as Context,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  UseMiddleware,
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import type { Result } from '../../domain/errors.js';
import { CursorScalar } from '../../graphql/scalars.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { UserStatus } from '../accounts/account.types.js';
import { MailRateLimit } from '../accounts/rate-limits.js';
import { TicketQueue } from '../tickets/ticket.types.js';
import * as staff from './staff-admin.service.js';
import {
  ChangeStaffRoleInput,
  InviteStaffUserInput,
  SetStaffQueuesInput,
  StaffRole,
  StaffUser,
  StaffUserConnection,
  StaffUserPayload,
} from './staff-admin.types.js';

function payload(ctx: Ctx, result: Result<staff.StaffUserRow>): StaffUserPayload {
  return result.ok
    ? { errors: [], staffUser: result.value as StaffUser }
    : { errors: toUserErrors(ctx.lang, result.errors), staffUser: null };
}

@Resolver()
export class StaffAdminResolver {
  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => StaffUserConnection, {
    description:
      "DEPARTMENT_ADMIN: the department's staff users by name, searched (name, email) and filtered, paged.",
  })
  staffUsers(
    @Context() ctx: Ctx,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('role', () => StaffRole, { nullable: true }) role?: StaffRole,
    @Arg('status', () => UserStatus, { nullable: true }) status?: UserStatus,
    @Arg('ids', () => [ID], { nullable: true, description: 'Only these staff users.' }) ids?: string[],
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
  ) {
    return staff.listStaffUsers(ctx, {
      search: search ?? null,
      role: role ?? null,
      status: status ?? null,
      ids: ids ?? null,
      first,
      after: after ?? null,
    });
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => StaffUser, {
    description: "DEPARTMENT_ADMIN: one staff user; NOT_FOUND for an organisation's user.",
  })
  async staffUser(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<StaffUser> {
    return (await staff.getStaffUser(ctx, id)) as StaffUser;
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => [TicketQueue], {
    description: 'DEPARTMENT_ADMIN: every helpdesk queue, to choose those a user works.',
  })
  async staffQueueChoices(@Context() ctx: Ctx): Promise<TicketQueue[]> {
    return (await staff.helpdeskQueues(ctx)) as TicketQueue[];
  }

  @Authorized('DEPARTMENT_ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => StaffUserPayload, {
    description:
      'DEPARTMENT_ADMIN: invites a staff user (AGENT or DEPARTMENT_ADMIN) by mail to choose a password.',
  })
  async inviteStaffUser(
    @Arg('input') input: InviteStaffUserInput,
    @Context() ctx: Ctx,
  ): Promise<StaffUserPayload> {
    return payload(ctx, await staff.inviteStaffUser(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => StaffUser, {
    description: 'DEPARTMENT_ADMIN: a new invitation link for a staff user still invited.',
  })
  async resendStaffInvitation(
    @Arg('userId', () => ID) userId: string,
    @Context() ctx: Ctx,
  ): Promise<StaffUser> {
    return (await staff.resendStaffInvitation(ctx, userId)) as StaffUser;
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => StaffUserPayload, {
    description:
      'DEPARTMENT_ADMIN: the role of another staff user (not your own; the department keeps an active DEPARTMENT_ADMIN). Counts at once.',
  })
  async changeStaffRole(
    @Arg('input') input: ChangeStaffRoleInput,
    @Context() ctx: Ctx,
  ): Promise<StaffUserPayload> {
    return payload(ctx, await staff.changeStaffRole(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => StaffUserPayload, {
    description: 'DEPARTMENT_ADMIN: the helpdesk queues a staff user works.',
  })
  async setStaffQueues(
    @Arg('input') input: SetStaffQueuesInput,
    @Context() ctx: Ctx,
  ): Promise<StaffUserPayload> {
    return payload(ctx, await staff.setStaffQueues(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => StaffUserPayload, {
    description:
      'DEPARTMENT_ADMIN: deactivates a staff user: their sessions end at once, login (also single sign-on) is refused. Not yourself, not the last active DEPARTMENT_ADMIN.',
  })
  async deactivateStaffUser(
    @Arg('userId', () => ID) userId: string,
    @Context() ctx: Ctx,
  ): Promise<StaffUserPayload> {
    return payload(ctx, await staff.deactivateStaffUser(ctx, userId));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => StaffUserPayload, {
    description:
      'DEPARTMENT_ADMIN: reactivates a staff user (one who never chose a password is invited again).',
  })
  async reactivateStaffUser(
    @Arg('userId', () => ID) userId: string,
    @Context() ctx: Ctx,
  ): Promise<StaffUserPayload> {
    return payload(ctx, await staff.reactivateStaffUser(ctx, userId));
  }
}
