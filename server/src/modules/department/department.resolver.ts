// GraphQL door to the department's teams and themes (readable by every logged-in user).
import { Authorized, Ctx as Context, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../context.js';
import { present } from '../../graphql/batch.js';
import { Parent } from '../../graphql/parent.js';
import { User } from '../accounts/account.types.js';
import * as department from './department.service.js';
import { Team, Theme } from './department.types.js';

@Resolver(() => Team)
export class TeamResolver {
  @Authorized()
  @Query(() => [Team], { description: "The department's teams, for the 'Hulp nodig?' list and routing." })
  teams(@Context() ctx: Ctx): Promise<Team[]> {
    return department.listTeams(ctx);
  }

  @FieldResolver(() => String, { description: "Name in the viewer's language." })
  name(@Parent() team: Team, @Context() ctx: Ctx): string {
    return ctx.lang === 'en' ? team.nameEn : team.nameNl;
  }

  @FieldResolver(() => [User], { description: 'The dossier handlers (dossierbehandelaars) of the team.' })
  async handlers(@Parent() team: Team, @Context() ctx: Ctx): Promise<User[]> {
    const ids = await ctx.loaders.teamHandlerIds.load(team.id);
    return present(await ctx.loaders.user.loadMany(ids)) as User[];
  }

  @FieldResolver(() => [User], {
    description:
      "The team's active handlers offered to organisations in 'Hulp nodig?' (they may be addressed directly).",
  })
  async helpHandlers(@Parent() team: Team, @Context() ctx: Ctx): Promise<User[]> {
    const ids = await ctx.loaders.teamHelpHandlerIds.load(team.id);
    return present(await ctx.loaders.user.loadMany(ids)) as User[];
  }
}

@Resolver(() => Theme)
export class ThemeResolver {
  @Authorized()
  @Query(() => [Theme], { description: 'Every theme of the department, in display order.' })
  themes(@Context() ctx: Ctx): Promise<Theme[]> {
    return department.listThemes(ctx);
  }

  @FieldResolver(() => String, { description: "Name in the viewer's language." })
  name(@Parent() theme: Theme, @Context() ctx: Ctx): string {
    return ctx.lang === 'en' ? theme.nameEn : theme.nameNl;
  }

  @FieldResolver(() => Team)
  async team(@Parent() theme: Theme, @Context() ctx: Ctx): Promise<Team> {
    const team = await ctx.loaders.team.load(theme.teamId);
    if (!team) throw new Error(`theme ${theme.id} has no team`);
    return team;
  }
}

@Resolver(() => User)
export class UserTeamsResolver {
  @FieldResolver(() => [Team], {
    description: 'The department teams a staff member handles for (empty for others).',
  })
  async teams(@Parent() user: User, @Context() ctx: Ctx): Promise<Team[]> {
    if (user.organisationId !== null) return [];
    const ids = await ctx.loaders.userTeamIds.load(user.id);
    return present(await ctx.loaders.team.loadMany(ids));
  }
}
