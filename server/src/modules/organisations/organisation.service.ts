// Organisations: a tenant user reads its own, staff read all (paged by name); an ADMIN edits the contact
// details of its own, a DEPARTMENT_ADMIN every field of any (an AGENT none: decision 0010); every change is
// audited, and ADMINs and staff read the organisation's history.
import type { Ctx } from '../../context.js';
import { nullOnUniqueViolation } from '../../db/savepoint.js';
import {
  type FieldError,
  failed,
  forbidden,
  notFound,
  ok,
  type Result,
  unauthenticated,
} from '../../domain/errors.js';
import { FieldErrors, isUuid, LINE_MAX } from '../../domain/validate.js';
import { hasRole, isStaff } from '../../domain/viewer.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetPage,
  likePattern,
  type PageArgs,
} from '../../lists/keyset.js';
import {
  AUDIT_ORDER,
  type AuditEventRow,
  auditEventPage,
  diffFields,
  recordAudit,
} from '../audit/audit.service.js';
import type { FieldChange } from '../audit/audit-event.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { checkOrganisationNumbers } from './organisation-numbers.js';
import { checkThemeIds, setOrganisationThemes } from './organisation-themes.js';

const ORGANISATION_NAME_MAX = LINE_MAX;
/** The department's own number for the organisation (dossiernummer). */
const EXTERNAL_NUMBER_MAX = 50;

/** The organisation with this id, or NOT_FOUND when it does not exist or is another tenant's. */
export async function getOrganisation(ctx: Ctx, id: string): Promise<OrganisationEntity> {
  const { viewer } = ctx;
  if (viewer.kind !== 'user') throw unauthenticated();
  if (viewer.organisationId !== null && viewer.organisationId !== id) throw notFound('organisation');
  if (!isUuid(id)) throw notFound('organisation');
  const organisation = await ctx.loaders.organisation.load(id);
  if (!organisation) throw notFound('organisation');
  return organisation;
}

export async function ownOrganisation(ctx: Ctx): Promise<OrganisationEntity | null> {
  const { viewer } = ctx;
  if (viewer.kind !== 'user') throw unauthenticated();
  return viewer.organisationId ? getOrganisation(ctx, viewer.organisationId) : null;
}

/** By name; the id separates organisations of the same name. */
const ORGANISATION_ORDER: KeysetOrder = {
  key: [
    ['o.name', 'text'],
    ['o.id', 'uuid'],
  ],
  descending: false,
};

/** Staff: organisations by name, keyset-paged, optionally filtered by name or number. */
export async function listOrganisations(
  ctx: Ctx,
  args: PageArgs & { search?: string | null },
): Promise<Connection<OrganisationEntity>> {
  const page = keysetPage(args, ORGANISATION_ORDER);
  const em = await ctx.tx.manager();
  const query = em.createQueryBuilder(OrganisationEntity, 'o');
  const search = args.search?.trim();
  if (search) {
    query.andWhere('(o.name ILIKE :search OR o.externalNumber ILIKE :search)', {
      search: likePattern(search),
    });
  }
  const total = await query.clone().getCount();
  const keyParams: Record<string, unknown> = {};
  const after = keysetCondition(page, (value) => {
    const name = `key${Object.keys(keyParams).length}`;
    keyParams[name] = value;
    return `:${name}`;
  });
  if (after) query.andWhere(after, keyParams);
  const rows = await query
    .orderBy('o.name', 'ASC')
    .addOrderBy('o.id', 'ASC')
    .limit(page.size + 1)
    .getMany();
  return keysetConnection(rows, page, (o) => [o.name, o.id], total);
}

// ---------------------------------------------------------------------------------------------------
// Editing

/** Fields left out (undefined) stay as they are; null or empty clears an optional field. */
export interface UpdateOrganisationInput {
  id: string;
  name?: string | null;
  externalNumber?: string | null;
  phone?: string | null;
  email?: string | null;
  websiteUrl?: string | null;
  enterpriseNumber?: string | null;
  recognitionNumber?: string | null;
  /** Staff only: the whole set of themes. */
  themeIds?: string[] | null;
}

const EDITABLE_FIELDS = [
  'name',
  'externalNumber',
  'enterpriseNumber',
  'recognitionNumber',
  'phone',
  'email',
  'websiteUrl',
] as const;
/** What an ADMIN of the organisation may change; a DEPARTMENT_ADMIN changes every field. */
const ADMIN_FIELDS: ReadonlySet<string> = new Set(['phone', 'email', 'websiteUrl']);

/**
 * Edits an organisation's data. An ADMIN of the organisation edits phone, email and website (changing
 * the name or number is FORBIDDEN; repeating the current value is fine); a DEPARTMENT_ADMIN edits every
 * field of any organisation; an AGENT (who reads every organisation to answer its messages) edits none.
 * Every field is checked and every error reported; on any error nothing is saved. The change is audited.
 */
export async function updateOrganisation(
  ctx: Ctx,
  input: UpdateOrganisationInput,
): Promise<Result<OrganisationEntity>> {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'user') throw unauthenticated();
  const before = await getOrganisation(ctx, input.id);
  const departmentAdmin = isStaff(viewer) && hasRole(viewer, 'DEPARTMENT_ADMIN');
  const ownAdmin = viewer.organisationId === before.id && hasRole(viewer, 'ADMIN');
  if (!departmentAdmin && !ownAdmin) throw forbidden();

  const errors = new FieldErrors();
  const after: Partial<OrganisationEntity> = {};
  if (input.name !== undefined && input.name !== null)
    after.name = errors.required('name', input.name, ORGANISATION_NAME_MAX);
  if (input.externalNumber !== undefined)
    after.externalNumber = errors.optional('externalNumber', input.externalNumber, EXTERNAL_NUMBER_MAX);
  if (input.phone !== undefined) after.phone = errors.phone('phone', input.phone);
  if (input.email !== undefined) after.email = errors.email('email', input.email, { required: false });
  if (input.websiteUrl !== undefined) after.websiteUrl = errors.url('websiteUrl', input.websiteUrl);
  Object.assign(after, checkOrganisationNumbers(errors, input, { oneRequired: false }));
  const themeIds = input.themeIds ? await checkThemeIds(ctx, errors, input.themeIds) : null;
  if (themeIds && !departmentAdmin) throw forbidden();

  const changes: FieldChange[] = diffFields(before, after, EDITABLE_FIELDS);
  if (!departmentAdmin && changes.some((c) => !ADMIN_FIELDS.has(c.field))) throw forbidden();
  if (errors.has()) return failed(errors.list);

  const em = await ctx.tx.manager();
  if (changes.length > 0) {
    const values = Object.fromEntries(
      changes.map((c) => [c.field, after[c.field as keyof OrganisationEntity]]),
    );
    const updated = await nullOnUniqueViolation(em, () =>
      em.update(OrganisationEntity, { id: before.id }, values),
    );
    if (updated === null) return failed(takenNumberErrors(changes));
  }
  const themesChange = themeIds ? await setOrganisationThemes(ctx, em, before.id, themeIds) : null;
  if (themesChange) changes.push(themesChange);
  if (changes.length === 0) return ok(before);
  await recordAudit(em, {
    organisationId: before.id,
    actorUserId: viewer.userId,
    action: 'organisation.updated',
    entityType: 'organisation',
    entityId: before.id,
    changes,
  });
  ctx.loaders.organisation.clear(before.id);
  return ok(await em.findOneByOrFail(OrganisationEntity, { id: before.id }));
}

/** Which unique number another organisation has: one error per changed number (the database names none). */
export function takenNumberErrors(changes: ReadonlyArray<{ field: string }>): FieldError[] {
  const codes = {
    externalNumber: 'EXTERNAL_NUMBER_TAKEN',
    enterpriseNumber: 'ENTERPRISE_NUMBER_TAKEN',
    recognitionNumber: 'RECOGNITION_NUMBER_TAKEN',
  } as const;
  return changes
    .filter((c): c is { field: keyof typeof codes } => c.field in codes)
    .map((c) => ({ field: c.field, code: codes[c.field] }));
}

// ---------------------------------------------------------------------------------------------------
// History

/**
 * The organisation's audit events, newest first, keyset-paged: for ADMINs of the organisation and staff.
 * Other users of the organisation: FORBIDDEN; another organisation: NOT_FOUND.
 */
export async function organisationHistory(
  ctx: Ctx,
  args: PageArgs & { organisationId: string },
): Promise<Connection<AuditEventRow>> {
  const page = keysetPage(args, AUDIT_ORDER);
  const viewer = ctx.viewer;
  if (viewer.kind !== 'user') throw unauthenticated();
  const organisation = await getOrganisation(ctx, args.organisationId);
  if (!isStaff(viewer) && !hasRole(viewer, 'ADMIN')) throw forbidden();
  const em = await ctx.tx.manager();
  return auditEventPage(em, { where: 'organisation_id = $1', params: [organisation.id] }, page);
}
