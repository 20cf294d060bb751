// The administration's theme and team pages on the server: the forms' fields, and the paged lists' loaders
// (a cursor from an old or edited address starts again at the first page).
import { redirect } from '@remix-run/node';
import { fields } from '../forms/form.server';
import { ApiError } from '../graphql/api.server';
import { PAGE_SIZE, readTrail } from '../organisation/paging';

/** A new theme. */
export const THEME_FIELDS = {
  code: fields.text(),
  nameNl: fields.text(),
  nameEn: fields.text(),
  teamId: fields.text(),
};

/** A theme's names. */
export const THEME_NAME_FIELDS = { nameNl: fields.text(), nameEn: fields.text() };

/** A team (create and edit): names, and its address ('' becomes null). */
export const TEAM_FIELDS = { nameNl: fields.text(), nameEn: fields.text(), email: fields.optional() };

/** Reads one page of a list whose address carries the cursors (`?pages=`); see organisation/paging.ts. */
export async function readPage<T>(
  request: Request,
  read: (first: number, after: string | null) => Promise<T>,
) {
  const url = new URL(request.url);
  const trail = readTrail(url.searchParams);
  try {
    return await read(PAGE_SIZE, trail.at(-1) ?? null);
  } catch (error) {
    if (trail.length > 0 && error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
      url.searchParams.delete('pages');
      throw redirect(`${url.pathname}${url.search}`);
    }
    throw error;
  }
}
