// Who may use the privacy tools: the department's administrators (a user may also export their own data).
import type { Ctx } from '../../context.js';
import { forbidden } from '../../domain/errors.js';
import { hasRole, requireUser, type UserViewer } from '../../domain/viewer.js';

export const PERSON_KINDS = ['USER', 'CONTACT'] as const;
/** A person Loket holds data about: a login (USER) or an organisation's contact person (CONTACT). */
export type PersonKind = (typeof PERSON_KINDS)[number];

export function requireDepartmentAdmin(ctx: Ctx): UserViewer {
  const viewer = requireUser(ctx);
  if (viewer.organisationId !== null || !hasRole(viewer, 'DEPARTMENT_ADMIN')) throw forbidden();
  return viewer;
}
