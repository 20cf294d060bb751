// The department's themes (DEPARTMENT_ADMIN, issue 16): the paged list, creating one (code, nl and en
// names unique, owning team) and renaming it, and moving it to another team. Only new messages follow a
// moved theme: the threads that exist keep their team until the explicit 'move open threads' action moves
// those still waiting for the department. Every change is audited as a change of the theme.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { nullOnUniqueViolation } from '../../db/savepoint.js';
import { failed, notFound, ok, type Result } from '../../domain/errors.js';
import { FieldErrors, isUuid } from '../../domain/validate.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetOrderAndLimit,
  keysetPage,
  type PageArgs,
} from '../../lists/keyset.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FieldChange } from '../audit/audit-event.entity.js';
import { departmentCache } from '../department/department.cache.js';
import { ThemeEntity } from '../department/theme.entity.js';
import { requireDepartmentAdmin } from './organisation-admin.service.js';

/** Longest name of a theme or team. */
export const DEPARTMENT_NAME_MAX = 100;
/** A theme's code: a capital, then 1 to 9 capitals or digits (e.g. ERK, SUB, INF2). */
const THEME_CODE = /^[A-Z][A-Z0-9]{1,9}$/;

const THEME_ORDER: KeysetOrder = {
  key: [
    ['t.position', 'number'],
    ['t.id', 'uuid'],
  ],
  descending: false,
};

/** The themes in display order (position, then id), a page at a time. */
export async function adminThemes(ctx: Ctx, args: PageArgs): Promise<Connection<ThemeEntity>> {
  requireDepartmentAdmin(ctx);
  const page = keysetPage(args, THEME_ORDER);
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const after = keysetCondition(page, param);
  const em = await ctx.tx.manager();
  const rows = await queryRows<ThemeEntity>(
    em,
    `SELECT t.id, t.code, t.name_nl AS "nameNl", t.name_en AS "nameEn", t.team_id AS "teamId", t.position,
            t.created_at AS "createdAt"
       FROM theme t ${after ? `WHERE ${after}` : ''} ${keysetOrderAndLimit(page)}`,
    params,
  );
  const [count] = await queryRows<{ n: number }>(em, 'SELECT count(*)::int AS n FROM theme');
  return keysetConnection(rows, page, (r) => [r.position, r.id], count?.n ?? 0);
}

/** One theme for the administration; an unknown or malformed id is NOT_FOUND. */
export async function adminTheme(ctx: Ctx, themeId: string): Promise<ThemeEntity> {
  requireDepartmentAdmin(ctx);
  return findTheme(ctx, themeId);
}

/** Which of `names` another theme (or team, with `table`) has already, case-insensitively. */
export async function takenNames(
  em: EntityManager,
  table: 'theme' | 'team',
  names: { nameNl: string; nameEn: string },
  exceptId: string | null,
): Promise<Array<'nameNl' | 'nameEn'>> {
  const [row] = await queryRows<{ nl: boolean; en: boolean }>(
    em,
    `SELECT coalesce(bool_or(lower(name_nl) = lower($1)), false) AS nl,
            coalesce(bool_or(lower(name_en) = lower($2)), false) AS en
       FROM ${table} WHERE id IS DISTINCT FROM $3::uuid`,
    [names.nameNl, names.nameEn, exceptId],
  );
  return [...(row?.nl ? (['nameNl'] as const) : []), ...(row?.en ? (['nameEn'] as const) : [])];
}

function checkNames(errors: FieldErrors, input: { nameNl: string; nameEn: string }) {
  return {
    nameNl: errors.required('nameNl', input.nameNl, DEPARTMENT_NAME_MAX),
    nameEn: errors.required('nameEn', input.nameEn, DEPARTMENT_NAME_MAX),
  };
}

export interface CreateThemeInput {
  code: string;
  nameNl: string;
  nameEn: string;
  teamId: string;
}

/** A new theme, last in display order, owned by `teamId`; every error reported, nothing saved on one. */
export async function createTheme(ctx: Ctx, input: CreateThemeInput): Promise<Result<ThemeEntity>> {
  const viewer = requireDepartmentAdmin(ctx);
  const errors = new FieldErrors();
  const code = (input.code ?? '').trim().toUpperCase();
  if (!code) errors.add('code', 'REQUIRED');
  else if (!THEME_CODE.test(code)) errors.add('code', 'THEME_CODE_INVALID');
  const names = checkNames(errors, input);
  const team = isUuid(input.teamId) ? await ctx.loaders.team.load(input.teamId) : null;
  if (!team) errors.add('teamId', 'TEAM_NOT_FOUND');
  const em = await ctx.tx.manager();
  if (!errors.has('nameNl') && !errors.has('nameEn'))
    for (const field of await takenNames(em, 'theme', names, null)) errors.add(field, 'THEME_NAME_TAKEN');
  if (!errors.has('code')) {
    const [taken] = await queryRows(em, 'SELECT 1 FROM theme WHERE code = $1', [code]);
    if (taken) errors.add('code', 'THEME_CODE_TAKEN');
  }
  if (errors.has() || !team) return failed(errors.list);

  const id = randomUUID();
  const inserted = await nullOnUniqueViolation(em, () =>
    em.query(
      `INSERT INTO theme (id, code, name_nl, name_en, team_id, position)
       SELECT $1, $2, $3, $4, $5, coalesce(max(position) + 1, 0) FROM theme`,
      [id, code, names.nameNl, names.nameEn, team.id],
    ),
  );
  // Taken meanwhile by a concurrent change.
  if (inserted === null) return failed([{ field: 'nameNl', code: 'THEME_NAME_TAKEN' }]);
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: 'theme.created',
    entityType: 'theme',
    entityId: id,
    changes: [
      { field: 'code', old: null, new: code },
      { field: 'nameNl', old: null, new: names.nameNl },
      { field: 'nameEn', old: null, new: names.nameEn },
      { field: 'team', old: null, new: team.nameNl },
    ],
  });
  // This instance lists the theme at once; the others drop their copy on the trigger's NOTIFY.
  departmentCache(ctx.app.dataSource).invalidate();
  return ok(await em.findOneByOrFail(ThemeEntity, { id }));
}

export interface UpdateThemeInput {
  themeId: string;
  nameNl: string;
  nameEn: string;
}

/** Renames a theme (nl and en); its code and team stay. Audited with the names before and after. */
export async function updateTheme(ctx: Ctx, input: UpdateThemeInput): Promise<Result<ThemeEntity>> {
  const viewer = requireDepartmentAdmin(ctx);
  const theme = await findTheme(ctx, input.themeId);
  const errors = new FieldErrors();
  const names = checkNames(errors, input);
  const em = await ctx.tx.manager();
  if (!errors.has())
    for (const field of await takenNames(em, 'theme', names, theme.id)) errors.add(field, 'THEME_NAME_TAKEN');
  if (errors.has()) return failed(errors.list);
  const changes: FieldChange[] = (['nameNl', 'nameEn'] as const)
    .filter((field) => theme[field] !== names[field])
    .map((field) => ({ field, old: theme[field], new: names[field] }));
  if (changes.length === 0) return ok(theme);
  const updated = await nullOnUniqueViolation(em, () =>
    em.query('UPDATE theme SET name_nl = $2, name_en = $3 WHERE id = $1', [
      theme.id,
      names.nameNl,
      names.nameEn,
    ]),
  );
  if (updated === null) return failed([{ field: 'nameNl', code: 'THEME_NAME_TAKEN' }]);
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: 'theme.renamed',
    entityType: 'theme',
    entityId: theme.id,
    changes,
  });
  departmentCache(ctx.app.dataSource).invalidate();
  ctx.loaders.theme.clear(theme.id);
  return ok({ ...theme, ...names });
}

/** How many of the theme's open threads (waiting for the department) are with another team than its own. */
export async function openThreadsElsewhere(ctx: Ctx, theme: { id: string; teamId: string }): Promise<number> {
  requireDepartmentAdmin(ctx);
  const [row] = await queryRows<{ n: number }>(
    await ctx.tx.manager(),
    `SELECT count(*)::int AS n FROM message_thread
      WHERE theme_id = $1 AND team_id <> $2 AND last_direction = 'OUTBOUND'`,
    [theme.id, theme.teamId],
  );
  return row?.n ?? 0;
}

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
