// Which department themes an organisation works with: checked against the department's themes, written
// as a whole set (staff choose them when creating or editing an organisation).
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import type { FieldErrors } from '../../domain/validate.js';
import type { FieldChange } from '../audit/audit-event.entity.js';
import { listThemes } from '../department/department.service.js';

/** The chosen theme ids, once each, in the department's order; THEMES_REQUIRED when none or an unknown one. */
export async function checkThemeIds(
  ctx: Ctx,
  errors: FieldErrors,
  ids: readonly string[],
): Promise<string[]> {
  const themes = await listThemes(ctx);
  const chosen = new Set(ids);
  const known = themes.filter((t) => chosen.has(t.id)).map((t) => t.id);
  if (known.length === 0 || known.length !== chosen.size) errors.add('themeIds', 'THEMES_REQUIRED');
  return known;
}

/** Replaces the organisation's themes with `themeIds`; the audit change names them by code. */
export async function setOrganisationThemes(
  ctx: Ctx,
  em: EntityManager,
  organisationId: string,
  themeIds: string[],
): Promise<FieldChange | null> {
  const rows: Array<{ theme_id: string }> = await em.query(
    'SELECT theme_id FROM organisation_theme WHERE organisation_id = $1',
    [organisationId],
  );
  const before = new Set(rows.map((r) => r.theme_id));
  if (before.size === themeIds.length && themeIds.every((id) => before.has(id))) return null;
  await em.query('DELETE FROM organisation_theme WHERE organisation_id = $1 AND NOT (theme_id = ANY($2))', [
    organisationId,
    themeIds,
  ]);
  await em.query(
    `INSERT INTO organisation_theme (organisation_id, theme_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING`,
    [organisationId, themeIds],
  );
  ctx.loaders.organisationThemeIds.clear(organisationId);
  const themes = await listThemes(ctx);
  const codes = (ids: Iterable<string>) => {
    const set = new Set(ids);
    return (
      themes
        .filter((t) => set.has(t.id))
        .map((t) => t.code)
        .join(', ') || null
    );
  };
  return { field: 'themes', old: codes(before), new: codes(themeIds) };
}
