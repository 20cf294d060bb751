// Shared by the staff pages' loaders and actions: only department staff get in, the teams the viewer
// handles for, the inbox's filters read from the address, and the API's refusals turned into form errors.
import type { AppLoadContext } from '@remix-run/node';
import type { FormError } from '../forms/form-result';
import type { StaffInboxFilterInput } from '../graphql/generated/graphql';
import { idParam, textParam } from '../query-params';
import { type RequestScope, requireViewer, type Viewer } from '../session.server';

export type StaffScope = RequestScope & { viewer: Viewer; token: string };

/** The scope of a staff member; an organisation's user gets "no access" (403). */
export async function requireStaff(request: Request, context: AppLoadContext): Promise<StaffScope> {
  const scope = await requireViewer(request, context);
  if (!scope.viewer.isStaff) throw new Response('Forbidden', { status: 403, statusText: 'Forbidden' });
  return scope;
}

export const isDepartmentAdmin = (viewer: Viewer) => viewer.roles.includes('DEPARTMENT_ADMIN');

export interface InboxParams {
  /** '' (the API's default: my teams, or all teams for a DEPARTMENT_ADMIN), 'all', or a team id. */
  team: string;
  theme: string;
  organisation: string;
  /** '' (anyone), 'me', 'none' or a handler id. */
  handler: string;
  unanswered: boolean;
  reference: string;
  text: string;
  after: string;
}

export function readInboxParams(url: URL): InboxParams {
  const get = (name: string) => url.searchParams.get(name);
  const handler = get('handler');
  return {
    team: get('team') === 'all' ? 'all' : idParam(get('team')),
    theme: idParam(get('theme')),
    organisation: idParam(get('organisation')),
    handler: handler === 'me' || handler === 'none' ? handler : idParam(handler),
    unanswered: get('unanswered') === '1',
    reference: textParam(get('reference'), 40),
    text: textParam(get('text')),
    after: textParam(get('after'), 400),
  };
}

/** Whether any filter narrows the inbox beyond its default. */
export function isFiltered(params: InboxParams): boolean {
  return Boolean(
    params.team ||
      params.theme ||
      params.organisation ||
      params.handler ||
      params.unanswered ||
      params.reference ||
      params.text,
  );
}

export function inboxFilter(params: InboxParams, viewerId: string): StaffInboxFilterInput {
  return {
    teamId: params.team && params.team !== 'all' ? params.team : null,
    allTeams: params.team === 'all' || null,
    themeId: params.theme || null,
    organisationId: params.organisation || null,
    unanswered: params.unanswered || null,
    assignedHandlerId:
      params.handler === 'me'
        ? viewerId
        : params.handler && params.handler !== 'none'
          ? params.handler
          : null,
    unassigned: params.handler === 'none' || null,
    referenceNumber: params.reference || null,
    text: params.text || null,
  };
}

/** The ids of the teams the viewer is a handler of. */
export function teamsOf(viewerId: string, teams: Array<{ id: string; handlers: Array<{ id: string }> }>) {
  return teams.filter((team) => team.handlers.some((handler) => handler.id === viewerId)).map((t) => t.id);
}

/**
 * Runs an API call whose FORBIDDEN answer (scope.api throws it as a 403 Response) the page explains
 * beside the form instead of showing the error page.
 */
export async function unlessForbidden<T>(
  call: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof Response && error.status === 403) return { ok: false };
    throw error;
  }
}

export function formError(message: string, code = 'FORBIDDEN'): FormError {
  return { field: null, code, message };
}
