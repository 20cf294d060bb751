// GraphQL door to accounts: thin; authorise, call the services, map results and errors.
import {
  Arg,
  Authorized,
  Ctx as Context,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Subscription,
  UseMiddleware,
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import type { Result } from '../../domain/errors.js';
import { Parent } from '../../graphql/parent.js';
import { Topic } from '../../graphql/topics.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie.js';
import { Language } from '../../i18n/language-enum.js';
import { switchViewer } from '../../operation/create-context.js';
import { Organisation } from '../organisations/organisation.types.js';
import * as accounts from './account.service.js';
import {
  ChangePasswordInput,
  InviteUserInput,
  LoginInput,
  LoginPayload,
  OkPayload,
  Session,
  TokenPasswordInput,
  UpdateProfileInput,
  User,
  UserPayload,
} from './account.types.js';
import { MailRateLimit } from './rate-limits.js';
import * as sessions from './session.service.js';
import type { SessionRevokedEvent } from './session.topics.js';
import type { UserEntity } from './user.entity.js';

export function clientOf(ctx: Ctx): sessions.ClientInfo {
  return { ip: ctx.http?.ip ?? 'unknown', userAgent: ctx.http?.userAgent ?? null };
}

export async function loginPayload(ctx: Ctx, result: Result<sessions.NewSession>): Promise<LoginPayload> {
  if (!result.ok)
    return { errors: toUserErrors(ctx.lang, result.errors), user: null, token: null, expiresAt: null };
  setSessionCookie(ctx, result.value.token, result.value.expiresAt);
  await switchViewer(ctx, sessions.viewerOf(result.value));
  return {
    errors: [],
    user: result.value.user as User,
    token: result.value.token,
    expiresAt: result.value.expiresAt,
  };
}

function userPayload(ctx: Ctx, result: Result<UserEntity>): UserPayload {
  return result.ok
    ? { errors: [], user: result.value as User }
    : { errors: toUserErrors(ctx.lang, result.errors), user: null };
}

function okPayload(ctx: Ctx, result: Result<unknown>): OkPayload {
  return result.ok ? { errors: [], ok: true } : { errors: toUserErrors(ctx.lang, result.errors), ok: false };
}

@Resolver(() => User)
export class AccountResolver {
  @Query(() => User, { nullable: true, description: 'The logged-in user, or null.' })
  async me(@Context() ctx: Ctx): Promise<User | null> {
    if (ctx.viewer.kind !== 'user') return null;
    return (await accounts.currentUser(ctx)) as User;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  async organisation(@Parent() user: User, @Context() ctx: Ctx): Promise<Organisation | null> {
    return user.organisationId ? ctx.loaders.organisation.load(user.organisationId) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      "Erased (decision 0029): the names are a stored placeholder; show the reader's 'deleted user' instead.",
  })
  erased(@Parent() user: User & { erasedAt?: Date | null }): boolean {
    return user.erasedAt != null;
  }

  @FieldResolver(() => Boolean, { description: 'Department staff (no organisation).' })
  isStaff(@Parent() user: User): boolean {
    return user.organisationId === null;
  }

  @Mutation(() => LoginPayload)
  async login(@Arg('input') input: LoginInput, @Context() ctx: Ctx): Promise<LoginPayload> {
    return loginPayload(ctx, await sessions.login(ctx.app, input, clientOf(ctx)));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Context() ctx: Ctx): Promise<boolean> {
    await sessions.logout(ctx);
    clearSessionCookie(ctx);
    return true;
  }

  @Authorized()
  @Query(() => [Session], { description: 'Your sessions that are still valid, newest first.' })
  async mySessions(@Context() ctx: Ctx): Promise<Session[]> {
    const list = await sessions.listOwnSessions(ctx);
    const current = ctx.viewer.kind === 'user' ? ctx.viewer.sessionId : null;
    return list.map((s) => ({ ...s, current: s.id === current }));
  }

  @Authorized()
  @Mutation(() => Boolean)
  async revokeSession(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<boolean> {
    await sessions.revokeOwnSession(ctx, id);
    return true;
  }

  @Authorized()
  @Subscription(() => ID, {
    description: 'Ids of your sessions as they are revoked (a client whose own session is revoked logs out).',
    subscribe: ({ context }) => {
      const { viewer, app } = context as Ctx;
      const userId = viewer.kind === 'user' ? viewer.userId : '';
      return app.pubsub.subscribe(Topic.SessionRevoked, (e) => e.userId === userId);
    },
  })
  mySessionRevoked(@Parent() event: SessionRevokedEvent): string {
    return event.sessionIds[0] ?? '';
  }

  @Authorized('ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => UserPayload, { description: 'ADMIN: invite a colleague by email.' })
  async inviteUser(@Arg('input') input: InviteUserInput, @Context() ctx: Ctx): Promise<UserPayload> {
    return userPayload(ctx, await accounts.inviteUser(ctx, input));
  }

  @Authorized('ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => User, {
    description: 'ADMIN: mail a fresh invitation link to a user who has not accepted.',
  })
  async resendInvitation(@Arg('userId', () => ID) userId: string, @Context() ctx: Ctx): Promise<User> {
    return (await accounts.resendInvitation(ctx, userId)) as User;
  }

  @Mutation(() => LoginPayload, { description: 'Choose a password with an invitation link; logs you in.' })
  async acceptInvitation(
    @Arg('input') input: TokenPasswordInput,
    @Context() ctx: Ctx,
  ): Promise<LoginPayload> {
    return loginPayload(ctx, await accounts.acceptInvitation(ctx.app, input, clientOf(ctx)));
  }

  @UseMiddleware(MailRateLimit)
  @Mutation(() => Boolean, {
    description:
      'Mails a reset link if an active account has this address (else a mail saying none has). Always true: nobody learns which accounts exist.',
  })
  async requestPasswordReset(@Arg('email') email: string, @Context() ctx: Ctx): Promise<boolean> {
    await accounts.requestPasswordReset(ctx.app, email, ctx.lang);
    return true;
  }

  @Mutation(() => OkPayload, {
    description:
      'Takes the new email address of your account with the link mailed to it by updateProfile (no login needed).',
  })
  async confirmEmailChange(@Arg('token') token: string, @Context() ctx: Ctx): Promise<OkPayload> {
    return okPayload(ctx, await accounts.confirmEmailChange(ctx.app, token));
  }

  @Mutation(() => OkPayload)
  async resetPassword(@Arg('input') input: TokenPasswordInput, @Context() ctx: Ctx): Promise<OkPayload> {
    return okPayload(ctx, await accounts.resetPassword(ctx.app, input));
  }

  @Authorized()
  @UseMiddleware(MailRateLimit)
  @Mutation(() => UserPayload, {
    description:
      'Change your name or phone, confirmed with your password. A new email address is taken once confirmed with the link mailed to it.',
  })
  async updateProfile(@Arg('input') input: UpdateProfileInput, @Context() ctx: Ctx): Promise<UserPayload> {
    return userPayload(ctx, await accounts.updateProfile(ctx, input));
  }

  @Authorized()
  @Mutation(() => OkPayload, { description: 'Ends your other sessions.' })
  async changePassword(@Arg('input') input: ChangePasswordInput, @Context() ctx: Ctx): Promise<OkPayload> {
    return okPayload(ctx, await accounts.changePassword(ctx, input));
  }

  @Authorized()
  @Mutation(() => UserPayload)
  async setLanguage(
    @Arg('language', () => Language) language: Language,
    @Context() ctx: Ctx,
  ): Promise<UserPayload> {
    return userPayload(ctx, await accounts.setLanguage(ctx, language));
  }
}
