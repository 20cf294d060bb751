// Shared by the administration's loaders and actions (/beheer, issue 16): only a DEPARTMENT_ADMIN gets in.
// The API checks the role again on every admin operation; this only keeps others off the pages.
import type { AppLoadContext } from '@remix-run/node';
import { isDepartmentAdmin, requireStaff, type StaffScope } from '../staff/staff.server';

/** The scope of a DEPARTMENT_ADMIN; other staff and organisations' users get "no access" (403). */
export async function requireDepartmentAdmin(request: Request, context: AppLoadContext): Promise<StaffScope> {
  const scope = await requireStaff(request, context);
  if (!isDepartmentAdmin(scope.viewer))
    throw new Response('Forbidden', { status: 403, statusText: 'Forbidden' });
  return scope;
}
