// Moving a theme to another team (DEPARTMENT_ADMIN, issue 16). Only new messages follow the theme: the
// threads that exist keep their team until the explicit 'move open threads' action moves those still
// waiting for the department. Both are audited as changes of the theme.
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { failed, notFound, ok, type Result } from '../../domain/errors.js';
import { isUuid } from '../../domain/validate.js';
import { recordAudit } from '../audit/audit.service.js';
import { departmentCache } from '../department/department.cache.js';
import type { ThemeEntity } from '../department/theme.entity.js';
import { requireDepartmentAdmin } from './organisation-admin.service.js';

async function findTheme(ctx: Ctx, themeId: string): Promise<ThemeEntity> {
  const theme = isUuid(themeId) ? await ctx.loaders.theme.load(themeId) : null;
  if (!theme) throw notFound('theme');
  return theme;
}

/** The theme's new messages go to `teamId` from now on; existing threads keep their team. */
export async function moveTheme(ctx: Ctx, themeId: string, teamId: string): Promise<Result<ThemeEntity>> {
  const viewer = requireDepartmentAdmin(ctx);
  const theme = await findTheme(ctx, themeId);
  const team = isUuid(teamId) ? await ctx.loaders.team.load(teamId) : null;
  if (!team) return failed([{ field: 'teamId', code: 'TEAM_NOT_FOUND' }]);
  if (team.id === theme.teamId) return ok(theme);
  const previous = await ctx.loaders.team.load(theme.teamId);
  const em = await ctx.tx.manager();
  await em.query('UPDATE theme SET team_id = $2 WHERE id = $1', [theme.id, team.id]);
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: 'theme.moved',
    entityType: 'theme',
    entityId: theme.id,
    // By name, as the history page shows it (team ids mean nothing to a reader).
    changes: [{ field: 'team', old: previous?.nameNl ?? theme.teamId, new: team.nameNl }],
  });
  // This instance routes by the new team at once; the others drop theirs on the trigger's NOTIFY.
  departmentCache(ctx.app.dataSource).invalidate();
  ctx.loaders.theme.clear(theme.id);
  return ok({ ...theme, teamId: team.id });
}

/**
 * Moves the theme's open threads — those waiting for the department (its last message came from the
 * organisation) — to the theme's current team, unassigning their handler (of the old team). Returns how
 * many moved.
 */
export async function moveOpenThreads(ctx: Ctx, themeId: string): Promise<number> {
  const viewer = requireDepartmentAdmin(ctx);
  const theme = await findTheme(ctx, themeId);
  const em = await ctx.tx.manager();
  const moved = await queryRows<{ id: string }>(
    em,
    `UPDATE message_thread SET team_id = $2, assigned_handler_id = NULL
      WHERE theme_id = $1 AND team_id <> $2 AND last_direction = 'OUTBOUND' RETURNING id`,
    [theme.id, theme.teamId],
  );
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: 'theme.open-threads-moved',
    entityType: 'theme',
    entityId: theme.id,
    changes: [{ field: 'threads', old: null, new: String(moved.length) }],
  });
  return moved.length;
}
