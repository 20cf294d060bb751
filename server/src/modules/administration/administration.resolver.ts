// GraphQL door to the department's administration (issue 16): DEPARTMENT_ADMIN only, every change audited.
import { Arg, Authorized, Ctx as Context, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../context.js';
import { CursorScalar } from '../../graphql/scalars.js';
import { toUserErrors } from '../../graphql/user-error.js';
import type { User } from '../accounts/account.types.js';
import {
  AuditEventConnection,
  Organisation,
  OrganisationPayload,
} from '../organisations/organisation.types.js';
import { type AdminHistoryKind, adminHistory } from './admin-history.service.js';
import {
  AdminHistoryKindEnum,
  CreateOrganisationInput,
  InviteOrganisationAdminInput,
  InviteOrganisationAdminPayload,
  MovedThreadsPayload,
  ThemePayload,
} from './administration.types.js';
import * as organisationAdmin from './organisation-admin.service.js';
import { moveOpenThreads, moveTheme } from './theme-admin.service.js';

@Resolver()
export class AdministrationResolver {
  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => OrganisationPayload, { description: 'DEPARTMENT_ADMIN: a new organisation.' })
  async createOrganisation(
    @Arg('input') input: CreateOrganisationInput,
    @Context() ctx: Ctx,
  ): Promise<OrganisationPayload> {
    const result = await organisationAdmin.createOrganisation(ctx, input);
    return result.ok
      ? { errors: [], organisation: result.value }
      : { errors: toUserErrors(ctx.lang, result.errors), organisation: null };
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => Organisation, {
    description:
      'DEPARTMENT_ADMIN: its users can no longer log in and their sessions end at once; data is kept.',
  })
  deactivateOrganisation(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Organisation> {
    return organisationAdmin.setOrganisationActive(ctx, id, false);
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => Organisation, { description: 'DEPARTMENT_ADMIN: its users can log in again.' })
  reactivateOrganisation(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Organisation> {
    return organisationAdmin.setOrganisationActive(ctx, id, true);
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => InviteOrganisationAdminPayload, {
    description: 'DEPARTMENT_ADMIN: invites a Beheerder (ADMIN) of an organisation, e.g. its first.',
  })
  async inviteOrganisationAdmin(
    @Arg('input') input: InviteOrganisationAdminInput,
    @Context() ctx: Ctx,
  ): Promise<InviteOrganisationAdminPayload> {
    const result = await organisationAdmin.inviteOrganisationAdmin(ctx, input);
    return result.ok
      ? { errors: [], user: result.value as User }
      : { errors: toUserErrors(ctx.lang, result.errors), user: null };
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => AuditEventConnection, {
    description: 'DEPARTMENT_ADMIN: the audit events of what is administered, newest first.',
  })
  adminHistory(
    @Context() ctx: Ctx,
    @Arg('kind', () => AdminHistoryKindEnum, { nullable: true }) kind?: AdminHistoryKind,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
  ) {
    return adminHistory(ctx, { kind: kind ?? null, first, after: after ?? null });
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => ThemePayload, {
    description:
      "DEPARTMENT_ADMIN: the theme's new messages go to another team; existing threads keep theirs (see moveOpenThreads).",
  })
  async moveTheme(
    @Arg('themeId', () => ID) themeId: string,
    @Arg('teamId', () => ID) teamId: string,
    @Context() ctx: Ctx,
  ): Promise<ThemePayload> {
    const result = await moveTheme(ctx, themeId, teamId);
    return result.ok
      ? { errors: [], theme: result.value }
      : { errors: toUserErrors(ctx.lang, result.errors), theme: null };
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => MovedThreadsPayload, {
    description:
      "DEPARTMENT_ADMIN: moves the theme's open threads (waiting for the department) to the theme's current team.",
  })
  async moveOpenThreads(
    @Arg('themeId', () => ID) themeId: string,
    @Context() ctx: Ctx,
  ): Promise<MovedThreadsPayload> {
    return { moved: await moveOpenThreads(ctx, themeId) };
  }
}
