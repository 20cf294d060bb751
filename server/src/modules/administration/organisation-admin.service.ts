// The department's administration of organisations (DEPARTMENT_ADMIN, issue 16): creating one with its
// numbers, contact data and themes, deactivating it (its users are locked out at once, its data kept)
// and reactivating it, and inviting its first Beheerder. Editing goes through updateOrganisation.
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../context.js';
import { nullOnUniqueViolation } from '../../db/savepoint.js';
import { failed, forbidden, ok, type Result } from '../../domain/errors.js';
import { FieldErrors, LINE_MAX } from '../../domain/validate.js';
import { hasRole, isStaff, requireUser, type UserViewer } from '../../domain/viewer.js';
import { inviteToOrganisation } from '../accounts/account.service.js';
import { revokeOrganisationSessions } from '../accounts/session.service.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FieldChange } from '../audit/audit-event.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { getOrganisation, takenNumberErrors } from '../organisations/organisation.service.js';
import { checkOrganisationNumbers } from '../organisations/organisation-numbers.js';
import { checkThemeIds, setOrganisationThemes } from '../organisations/organisation-themes.js';

/** The viewer, when a DEPARTMENT_ADMIN (the resolvers declare it too; services do not rely on that). */
export function requireDepartmentAdmin(ctx: Ctx): UserViewer {
  const viewer = requireUser(ctx);
  if (!isStaff(viewer) || !hasRole(viewer, 'DEPARTMENT_ADMIN')) throw forbidden();
  return viewer;
}

export interface CreateOrganisationInput {
  name: string;
  enterpriseNumber?: string | null;
  recognitionNumber?: string | null;
  phone?: string | null;
  email?: string | null;
  websiteUrl?: string | null;
  themeIds: string[];
}

/** A new, active organisation; every field is checked and every error reported, nothing saved on one. */
export async function createOrganisation(
  ctx: Ctx,
  input: CreateOrganisationInput,
): Promise<Result<OrganisationEntity>> {
  const viewer = requireDepartmentAdmin(ctx);
  const errors = new FieldErrors();
  const name = errors.required('name', input.name, LINE_MAX);
  const numbers = checkOrganisationNumbers(
    errors,
    { enterpriseNumber: input.enterpriseNumber ?? null, recognitionNumber: input.recognitionNumber ?? null },
    { oneRequired: true },
  );
  const phone = errors.phone('phone', input.phone);
  const email = errors.email('email', input.email, { required: false });
  const websiteUrl = errors.url('websiteUrl', input.websiteUrl);
  const themeIds = await checkThemeIds(ctx, errors, input.themeIds);
  if (errors.has()) return failed(errors.list);

  const em = await ctx.tx.manager();
  const id = randomUUID();
  const values = {
    name,
    enterpriseNumber: numbers.enterpriseNumber ?? null,
    recognitionNumber: numbers.recognitionNumber ?? null,
    phone,
    email,
    websiteUrl,
  };
  const inserted = await nullOnUniqueViolation(em, () => em.insert(OrganisationEntity, { id, ...values }));
  if (inserted === null)
    return failed(
      takenNumberErrors(
        Object.keys(values)
          .filter((k) => values[k as keyof typeof values])
          .map((field) => ({ field })),
      ),
    );
  const themes = await setOrganisationThemes(ctx, em, id, themeIds);
  const changes: FieldChange[] = Object.entries(values)
    .filter(([, value]) => value !== null)
    .map(([field, value]) => ({ field, old: null, new: value }));
  if (themes) changes.push(themes);
  await recordAudit(em, {
    organisationId: id,
    actorUserId: viewer.userId,
    action: 'organisation.created',
    entityType: 'organisation',
    entityId: id,
    changes,
  });
  return ok(await em.findOneByOrFail(OrganisationEntity, { id }));
}

/**
 * Deactivates (`active` false) or reactivates an organisation. Deactivating ends every session of its
 * users at once (here and, through the session.revoked event, on every instance); login and the sessions'
 * lookup refuse them while it lasts (migration Administration). Users and data are kept.
 */
export async function setOrganisationActive(
  ctx: Ctx,
  organisationId: string,
  active: boolean,
): Promise<OrganisationEntity> {
  const viewer = requireDepartmentAdmin(ctx);
  const before = await getOrganisation(ctx, organisationId);
  if ((before.deactivatedAt === null) === active) return before;
  const em = await ctx.tx.manager();
  await em.query('UPDATE organisation SET deactivated_at = $2, updated_at = now() WHERE id = $1', [
    before.id,
    active ? null : new Date(),
  ]);
  if (!active) await revokeOrganisationSessions(em, ctx.app, before.id);
  await recordAudit(em, {
    organisationId: before.id,
    actorUserId: viewer.userId,
    action: active ? 'organisation.reactivated' : 'organisation.deactivated',
    entityType: 'organisation',
    entityId: before.id,
    changes: [{ field: 'active', old: String(!active), new: String(active) }],
  });
  ctx.loaders.organisation.clear(before.id);
  return em.findOneByOrFail(OrganisationEntity, { id: before.id });
}

export interface InviteOrganisationAdminInput {
  organisationId: string;
  email: string;
  firstName: string;
  lastName: string;
  language?: string | null;
}

/** Invites a Beheerder (ADMIN) of an active organisation with the organisation's own invitation mail. */
export async function inviteOrganisationAdmin(
  ctx: Ctx,
  input: InviteOrganisationAdminInput,
): Promise<Result<UserEntity>> {
  const viewer = requireDepartmentAdmin(ctx);
  const organisation = await getOrganisation(ctx, input.organisationId);
  if (organisation.deactivatedAt) return failed([{ field: null, code: 'ORGANISATION_DEACTIVATED' }]);
  const invited = await inviteToOrganisation(
    ctx,
    { organisationId: organisation.id, userId: viewer.userId },
    { ...input, roles: ['ADMIN'] },
  );
  if (!invited.ok) return invited;
  const em = await ctx.tx.manager();
  await recordAudit(em, {
    organisationId: organisation.id,
    actorUserId: viewer.userId,
    action: 'organisation.admin-invited',
    entityType: 'organisation',
    entityId: organisation.id,
    changes: [
      { field: 'email', old: null, new: invited.value.email },
      { field: 'roles', old: null, new: 'ADMIN' },
    ],
  });
  return invited;
}
