// What the page header shows of a logged-in viewer (name, organisation, which navigation).
import type { Viewer } from '../session.server';
import type { HeaderUser } from './site-header';

export function headerUser(viewer: Viewer): HeaderUser {
  return {
    name: `${viewer.firstName} ${viewer.lastName}`.trim(),
    organisation: viewer.isStaff ? null : (viewer.organisation?.name ?? null),
    isStaff: viewer.isStaff,
    isDepartmentAdmin: viewer.roles.includes('DEPARTMENT_ADMIN'),
  };
}
