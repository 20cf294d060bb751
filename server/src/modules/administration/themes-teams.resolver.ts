// GraphQL door to the administration of the department's themes and teams (issue 16, decision 0034):
// DEPARTMENT_ADMIN only, every change audited. Moving a theme: AdministrationResolver.moveTheme.
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
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import type { Result } from '../../domain/errors.js';
import { present } from '../../graphql/batch.js';
import { Parent } from '../../graphql/parent.js';
import { CursorScalar } from '../../graphql/scalars.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { User } from '../accounts/account.types.js';
import { Team, Theme } from '../department/department.types.js';
import {
  CreateTeamInput,
  CreateThemeInput,
  SetTeamMemberHelpInput,
  TeamConnection,
  TeamMember,
  TeamMemberInput,
  TeamPayload,
  ThemeConnection,
  ThemePayload,
  UpdateTeamInput,
  UpdateThemeInput,
} from './administration.types.js';
import * as teams from './team-admin.service.js';
import * as themes from './theme-admin.service.js';

function themePayload(ctx: Ctx, result: Result<Theme>): ThemePayload {
  return result.ok
    ? { errors: [], theme: result.value }
    : { errors: toUserErrors(ctx.lang, result.errors), theme: null };
}

function teamPayload(ctx: Ctx, result: Result<Team>): TeamPayload {
  return result.ok
    ? { errors: [], team: result.value }
    : { errors: toUserErrors(ctx.lang, result.errors), team: null };
}

@Resolver(() => Theme)
export class ThemeAdminResolver {
  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => ThemeConnection, { description: 'DEPARTMENT_ADMIN: the themes in display order, paged.' })
  adminThemes(
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
  ) {
    return themes.adminThemes(ctx, { first, after: after ?? null });
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => Theme, { description: 'DEPARTMENT_ADMIN: one theme.' })
  adminTheme(@Arg('themeId', () => ID) themeId: string, @Context() ctx: Ctx): Promise<Theme> {
    return themes.adminTheme(ctx, themeId);
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => ThemePayload, { description: 'DEPARTMENT_ADMIN: a new theme, owned by a team.' })
  async createTheme(@Arg('input') input: CreateThemeInput, @Context() ctx: Ctx): Promise<ThemePayload> {
    return themePayload(ctx, await themes.createTheme(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => ThemePayload, { description: "DEPARTMENT_ADMIN: a theme's names (nl and en)." })
  async updateTheme(@Arg('input') input: UpdateThemeInput, @Context() ctx: Ctx): Promise<ThemePayload> {
    return themePayload(ctx, await themes.updateTheme(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @FieldResolver(() => Int, {
    description:
      "DEPARTMENT_ADMIN: the theme's open threads (waiting for the department) that are with another team than the theme's: what moveOpenThreads would move.",
  })
  openThreadsElsewhere(@Parent() theme: Theme, @Context() ctx: Ctx): Promise<number> {
    return themes.openThreadsElsewhere(ctx, theme);
  }
}

@Resolver(() => Team)
export class TeamAdminResolver {
  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => TeamConnection, { description: 'DEPARTMENT_ADMIN: the teams by name, paged.' })
  adminTeams(
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
  ) {
    return teams.adminTeams(ctx, { first, after: after ?? null });
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => Team, { description: 'DEPARTMENT_ADMIN: one team.' })
  adminTeam(@Arg('teamId', () => ID) teamId: string, @Context() ctx: Ctx): Promise<Team> {
    return teams.adminTeam(ctx, teamId);
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TeamPayload, { description: 'DEPARTMENT_ADMIN: a new team, without members.' })
  async createTeam(@Arg('input') input: CreateTeamInput, @Context() ctx: Ctx): Promise<TeamPayload> {
    return teamPayload(ctx, await teams.createTeam(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TeamPayload, { description: "DEPARTMENT_ADMIN: a team's names and address." })
  async updateTeam(@Arg('input') input: UpdateTeamInput, @Context() ctx: Ctx): Promise<TeamPayload> {
    return teamPayload(ctx, await teams.updateTeam(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TeamPayload, {
    description: 'DEPARTMENT_ADMIN: a staff user becomes a handler of the team.',
  })
  async addTeamMember(@Arg('input') input: TeamMemberInput, @Context() ctx: Ctx): Promise<TeamPayload> {
    return teamPayload(ctx, await teams.addTeamMember(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TeamPayload, { description: 'DEPARTMENT_ADMIN: a handler leaves the team.' })
  async removeTeamMember(@Arg('input') input: TeamMemberInput, @Context() ctx: Ctx): Promise<TeamPayload> {
    return teamPayload(ctx, await teams.removeTeamMember(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => TeamPayload, {
    description: "DEPARTMENT_ADMIN: whether a team's handler is offered to organisations in 'Hulp nodig?'.",
  })
  async setTeamMemberHelp(
    @Arg('input') input: SetTeamMemberHelpInput,
    @Context() ctx: Ctx,
  ): Promise<TeamPayload> {
    return teamPayload(ctx, await teams.setMemberOfferedInHelp(ctx, input));
  }

  @Authorized('DEPARTMENT_ADMIN')
  @FieldResolver(() => [TeamMember], {
    description: "DEPARTMENT_ADMIN: the team's members (any status) with their 'Hulp nodig?' flag.",
  })
  async members(@Parent() team: Team, @Context() ctx: Ctx): Promise<TeamMember[]> {
    const rows = await teams.teamMembers(ctx, team.id);
    const users = await ctx.loaders.user.loadMany(rows.map((r) => r.userId));
    return rows.flatMap((row, i) => {
      const user = users[i];
      return user && !(user instanceof Error)
        ? [{ user: user as User, offeredInHelp: row.offeredInHelp }]
        : [];
    });
  }

  @Authorized('DEPARTMENT_ADMIN')
  @FieldResolver(() => [User], {
    description: 'DEPARTMENT_ADMIN: the staff users (not deactivated) who could join the team.',
  })
  async memberCandidates(@Parent() team: Team, @Context() ctx: Ctx): Promise<User[]> {
    const ids = await teams.memberCandidates(ctx, team.id);
    return present(await ctx.loaders.user.loadMany(ids)) as User[];
  }
}
