// Who may read and change an organisation's contact persons: every user of the organisation and staff
// read; an ADMIN of the organisation edits; staff only read. Another tenant's organisation is NOT_FOUND.
import type { Ctx } from '../../context.js';
import { badInput, forbidden, notFound } from '../../domain/errors.js';
import { hasRole, requireUser, type UserViewer } from '../../domain/viewer.js';
import { getOrganisation } from '../organisations/organisation.service.js';

export type TenantViewer = UserViewer & { organisationId: string };

/**
 * The organisation whose contacts the viewer reads: a tenant user's own (naming another one is
 * NOT_FOUND), or for staff the one they name (required).
 */
export async function readableOrganisationId(ctx: Ctx, organisationId?: string | null): Promise<string> {
  const viewer = requireUser(ctx);
  if (viewer.organisationId !== null) {
    if (organisationId && organisationId !== viewer.organisationId) throw notFound('organisation');
    return viewer.organisationId;
  }
  if (!organisationId) throw badInput('organisationId is required for department staff');
  return (await getOrganisation(ctx, organisationId)).id;
}

/** Any user of `organisationId` (e.g. a sender adding a contact from a message). Staff may not. */
export function requireOrganisationUser(ctx: Ctx, organisationId: string): TenantViewer {
  const viewer = requireUser(ctx);
  if (viewer.organisationId === null) throw forbidden();
  if (viewer.organisationId !== organisationId) throw notFound('organisation');
  return viewer as TenantViewer;
}

/** An ADMIN of their own organisation: the one who manages its contact persons. */
export function requireContactAdmin(ctx: Ctx): TenantViewer {
  const viewer = requireUser(ctx);
  if (viewer.organisationId === null || !hasRole(viewer, 'ADMIN')) throw forbidden();
  return viewer as TenantViewer;
}
