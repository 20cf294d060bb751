// The department's structure: teams, their handlers, and the themes they own.
import type { Ctx } from '../../context.js';
import { departmentCache } from './department.cache.js';
import type { TeamEntity } from './team.entity.js';
import type { ThemeEntity } from './theme.entity.js';

/** Every theme, in display order (position, then id). */
export async function listThemes(ctx: Ctx): Promise<ThemeEntity[]> {
  return (await departmentCache(ctx.app.dataSource).get(ctx.tx)).themes;
}

/** Every team, by Dutch name (then id). */
export async function listTeams(ctx: Ctx): Promise<TeamEntity[]> {
  return (await departmentCache(ctx.app.dataSource).get(ctx.tx)).teams;
}
