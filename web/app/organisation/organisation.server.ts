// Who may see Mijn organisatie and what it reads once per request: the viewer's organisation (shared by
// the layout and the tab of one request), and the checks for the ADMIN-only pages.
import type { AppLoadContext } from '@remix-run/node';
import type { MyOrganisationQuery as MyOrganisationData } from '../graphql/generated/graphql';
import { MyOrganisationQuery } from '../graphql/organisation.server';
import { type RequestScope, requireViewer, type Viewer } from '../session.server';

export type Organisation = NonNullable<MyOrganisationData['myOrganisation']>;

type ViewerScope = RequestScope & { viewer: Viewer; token: string };

export function isAdmin(viewer: Viewer): boolean {
  return !viewer.isStaff && viewer.roles.includes('ADMIN');
}

/** The viewer's organisation, read once per request; null for department staff. */
export function myOrganisation(scope: ViewerScope, context: AppLoadContext): Promise<Organisation | null> {
  if (scope.viewer.isStaff) return Promise.resolve(null);
  let organisation = context.memo.get('myOrganisation') as Promise<Organisation | null> | undefined;
  if (!organisation) {
    organisation = scope.api(MyOrganisationQuery).then((data) => data.myOrganisation ?? null);
    context.memo.set('myOrganisation', organisation);
  }
  return organisation;
}

/** A logged-in user of an organisation and that organisation; staff get a 404 (they have none). */
export async function requireOrganisation(request: Request, context: AppLoadContext) {
  const scope = await requireViewer(request, context);
  const organisation = await myOrganisation(scope, context);
  if (!organisation) throw new Response('No organisation', { status: 404, statusText: 'Not Found' });
  return { scope, organisation, admin: isAdmin(scope.viewer) };
}

/** As requireOrganisation, for pages only an ADMIN may open (others: 403, as the API would answer). */
export async function requireOrganisationAdmin(request: Request, context: AppLoadContext) {
  const found = await requireOrganisation(request, context);
  if (!found.admin) throw new Response('Administrators only', { status: 403, statusText: 'Forbidden' });
  return found;
}
