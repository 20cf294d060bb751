// Who is asking: anonymous, or a logged-in user with a session. Decides the database scope.
import type { DbScope } from '../db/scope.js';
import type { Language } from '../i18n/language.js';
import type { Role } from '../modules/accounts/user.entity.js';
import { forbidden, unauthenticated } from './errors.js';

export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      sessionId: string;
      /** Null for department staff. */
      organisationId: string | null;
      roles: readonly Role[];
      language: Language;
    };

export type UserViewer = Extract<Viewer, { kind: 'user' }>;

export const anonymous: Viewer = { kind: 'anonymous' };

/** The logged-in user of an operation; UNAUTHENTICATED for an anonymous one. */
export function requireUser(ctx: { viewer: Viewer }): UserViewer {
  if (ctx.viewer.kind !== 'user') throw unauthenticated();
  return ctx.viewer;
}

export function isStaff(viewer: Viewer): boolean {
  return viewer.kind === 'user' && viewer.organisationId === null;
}

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return viewer.kind === 'user' && viewer.roles.some((r) => roles.includes(r));
}

export function scopeOf(viewer: Viewer): DbScope {
  if (viewer.kind === 'anonymous') return { kind: 'anonymous' };
  if (viewer.organisationId === null) return { kind: 'staff', userId: viewer.userId };
  return {
    kind: 'tenant',
    organisationId: viewer.organisationId,
    userId: viewer.userId,
    roles: viewer.roles,
  };
}

/** The department's settings are its administrators' alone: FORBIDDEN for everyone else who is logged in. */
export function requireDepartmentAdmin(ctx: { viewer: Viewer }): UserViewer {
  const viewer = requireUser(ctx);
  if (viewer.organisationId !== null || !hasRole(viewer, 'DEPARTMENT_ADMIN')) throw forbidden();
  return viewer;
}
