// Who may do what in the knowledge base: reading what is published needs no login; drafts, editing and
// outages are for the department's administrators (tenant users and agents: FORBIDDEN).
import type { Ctx } from '../../context.js';
import { forbidden } from '../../domain/errors.js';
import { hasRole, isStaff, requireUser, type UserViewer } from '../../domain/viewer.js';
import type { Language } from '../../i18n/language.js';

export function requireEditor(ctx: Ctx): UserViewer {
  const viewer = requireUser(ctx);
  if (!isStaff(viewer) || !hasRole(viewer, 'DEPARTMENT_ADMIN')) throw forbidden();
  return viewer;
}

export function isEditor(ctx: Ctx): boolean {
  return isStaff(ctx.viewer) && hasRole(ctx.viewer, 'DEPARTMENT_ADMIN');
}

/** The text of a two-language pair in the operation's language. */
export const inLanguage = (lang: Language, nl: string, en: string): string => (lang === 'en' ? en : nl);
