// Contact persons (contactpersonen) of an organisation, per theme. Every user of the organisation and
// staff read them; an ADMIN adds, edits and removes them; every change is mailed to the contact and
// audited. `validateContactInputs` and `createContactPerson` also serve the messages module, which adds
// contacts 'as a standard contact of the theme' in the transaction of the message being sent.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { failed, notFound, ok, type Result, unauthenticated } from '../../domain/errors.js';
import { FieldErrors, isEmail, isUuid, normaliseEmail, PERSON_NAME_MAX } from '../../domain/validate.js';
import { isLanguage, type Language } from '../../i18n/language.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetOrderAndLimit,
  keysetPage,
  type PageArgs,
} from '../../lists/keyset.js';
import {
  type ContactFieldChange,
  contactChangedMail,
  contactEmailChangedNoticeMail,
  contactRemovedMail,
} from '../../mail/contact-mails.js';
import { queueMail } from '../../mail/outbox.js';
import { inviteUser } from '../accounts/account.service.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FieldChange } from '../audit/audit-event.entity.js';
import type { ThemeEntity } from '../department/theme.entity.js';
import { readableOrganisationId, requireContactAdmin, requireOrganisationUser } from './contact-access.js';
import { RESEND_INTERVAL_MINUTES, sendConfirmation, themesInOrder } from './contact-confirmation.service.js';
import {
  type ContactCreatedVia,
  ContactPersonEntity,
  type ContactPersonStatus,
  type UndeliverableSource,
} from './contact-person.entity.js';
import { publishTasksIfChanged, taskSnapshot } from './task.service.js';

/** A contact person as a form or a message sends it (untrusted, unnormalised). */
export interface ContactPersonInput {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  /** 'nl' (default) or 'en': the language of the mails the contact receives. */
  language?: string | null;
  themeIds: string[];
}

/** A contact input that passed `validateContactInputs`: trimmed, normalised, themes deduplicated. */
export interface ValidContactInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  language: Language;
  themeIds: string[];
}

export interface ValidateContactOptions {
  /**
   * Prefix of the error fields for a batch: with 'contacts', the third input's email error is reported on
   * `contacts.2.email`. Without it, fields are plain (`email`): for a single input.
   */
  fieldPrefix?: string;
  /** Per input, the id of the contact it edits (its own address does not count as taken), else null. */
  contactIds?: ReadonlyArray<string | null>;
}

/**
 * Checks contact inputs for `organisationId` in the caller's transaction and reports every problem at
 * once: first name, last name and email required; email and phone formats; language; at least one theme,
 * each a theme of the organisation; email unique within the organisation (case-insensitive) and within
 * the batch. The checked addresses stay locked until the transaction ends, so a `createContactPerson`
 * that follows cannot collide with a concurrent one. Saves nothing.
 */
export async function validateContactInputs(
  ctx: Ctx,
  organisationId: string,
  inputs: readonly ContactPersonInput[],
  options: ValidateContactOptions = {},
): Promise<Result<ValidContactInput[]>> {
  const fieldOf = (index: number, name: string) =>
    options.fieldPrefix === undefined ? name : `${options.fieldPrefix}.${index}.${name}`;
  const wellFormed = inputs.map((input) => {
    const trimmed = (input.email ?? '').trim();
    return isEmail(trimmed) ? normaliseEmail(trimmed).toLowerCase() : null;
  });
  const taken = await takenEmails(
    ctx,
    organisationId,
    wellFormed.filter((e): e is string => e !== null),
  );
  const organisationThemes = new Set(await ctx.loaders.organisationThemeIds.load(organisationId));

  const errors = new FieldErrors();
  const seen = new Set<string>();
  const values = inputs.map((input, i): ValidContactInput => {
    const firstName = errors.required(fieldOf(i, 'firstName'), input.firstName, PERSON_NAME_MAX);
    const lastName = errors.required(fieldOf(i, 'lastName'), input.lastName, PERSON_NAME_MAX);
    const email = errors.email(fieldOf(i, 'email'), input.email);
    if (email) {
      const key = email.toLowerCase();
      const owner = taken.get(key);
      if (seen.has(key)) errors.add(fieldOf(i, 'email'), 'CONTACT_EMAIL_DUPLICATE');
      else if (owner && owner !== options.contactIds?.[i])
        errors.add(fieldOf(i, 'email'), 'CONTACT_EMAIL_TAKEN');
      seen.add(key);
    }
    const phone = errors.phone(fieldOf(i, 'phone'), input.phone);
    let language: Language = 'nl';
    if (input.language !== null && input.language !== undefined) {
      if (isLanguage(input.language)) language = input.language;
      else errors.add(fieldOf(i, 'language'), 'INVALID_LANGUAGE');
    }
    const themeIds = [...new Set(input.themeIds ?? [])];
    if (themeIds.length === 0) errors.add(fieldOf(i, 'themeIds'), 'THEMES_REQUIRED');
    else if (themeIds.some((id) => !organisationThemes.has(id)))
      errors.add(fieldOf(i, 'themeIds'), 'THEME_NOT_OF_ORGANISATION');
    return { firstName, lastName, email: email ?? '', phone, language, themeIds };
  });
  return errors.has() ? failed(errors.list) : ok(values);
}

/** Locks the addresses (sorted, so that two batches cannot deadlock) and returns those already in use. */
async function takenEmails(ctx: Ctx, organisationId: string, emails: string[]): Promise<Map<string, string>> {
  const keys = [...new Set(emails)].sort();
  if (keys.length === 0) return new Map();
  const em = await ctx.tx.manager();
  await em.query(
    `SELECT pg_advisory_xact_lock(hashtextextended('contact-email:' || $1 || ':' || k, 0))
       FROM unnest($2::text[]) AS k ORDER BY k`,
    [organisationId, keys],
  );
  const rows: Array<{ id: string; email: string }> = await em.query(
    'SELECT id, lower(email) AS email FROM contact_person WHERE organisation_id = $1 AND lower(email) = ANY($2)',
    [organisationId, keys],
  );
  return new Map(rows.map((r) => [r.email, r.id]));
}

// ---------------------------------------------------------------------------------------------------
// Reading

export interface ContactPersonFilter {
  themeId?: string | null;
  status?: ContactPersonStatus | null;
}

const COLUMNS = `cp.id, cp.organisation_id, cp.first_name, cp.last_name, cp.email, cp.phone, cp.language,
  cp.status, cp.confirmed_at, cp.confirmation_sent_at, cp.created_via, cp.created_at, cp.updated_at,
  cp.email_undeliverable_at, cp.email_undeliverable_reason, cp.email_undeliverable_source`;

interface ContactRow {
  id: string;
  organisation_id: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string | null;
  language: Language;
  status: ContactPersonStatus;
  confirmed_at: Date | null;
  confirmation_sent_at: Date | null;
  created_via: ContactCreatedVia;
  created_at: Date;
  updated_at: Date;
  email_undeliverable_at: Date | null;
  email_undeliverable_reason: string | null;
  email_undeliverable_source: UndeliverableSource | null;
}

function fromRow(r: ContactRow): ContactPersonEntity {
  return Object.assign(new ContactPersonEntity(), {
    id: r.id,
    organisationId: r.organisation_id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    phone: r.phone,
    language: r.language,
    status: r.status,
    confirmedAt: r.confirmed_at,
    confirmationSentAt: r.confirmation_sent_at,
    createdVia: r.created_via,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    emailUndeliverableAt: r.email_undeliverable_at,
    emailUndeliverableReason: r.email_undeliverable_reason,
    emailUndeliverableSource: r.email_undeliverable_source,
  });
}

/** One contact person: of the viewer's own organisation (staff: any); NOT_FOUND otherwise. */
export async function getContactPerson(ctx: Ctx, id: string): Promise<ContactPersonEntity> {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'user') throw unauthenticated();
  if (!isUuid(id)) throw notFound('contact person');
  const em = await ctx.tx.manager();
  const rows: ContactRow[] = await em.query(`SELECT ${COLUMNS} FROM contact_person cp WHERE cp.id = $1`, [
    id,
  ]);
  const row = rows[0];
  // Row-level security already hides other organisations' contacts; the check keeps the rule explicit.
  if (!row || (viewer.organisationId !== null && row.organisation_id !== viewer.organisationId)) {
    throw notFound('contact person');
  }
  return fromRow(row);
}

/**
 * The contacts of an organisation (a tenant user's own; staff name one), optionally of one theme or
 * status, by last name, first name and id (case-insensitive), keyset-paged.
 */
/** By last name, then first name, ignoring case; the id separates namesakes. */
const CONTACT_ORDER: KeysetOrder = {
  key: [
    ['lower(cp.last_name)', 'text'],
    ['lower(cp.first_name)', 'text'],
    ['cp.id', 'uuid'],
  ],
  descending: false,
};

export async function listContactPersons(
  ctx: Ctx,
  args: PageArgs & { organisationId?: string | null; filter?: ContactPersonFilter | null },
): Promise<Connection<ContactPersonEntity>> {
  const page = keysetPage(args, CONTACT_ORDER);
  const organisationId = await readableOrganisationId(ctx, args.organisationId);
  const em = await ctx.tx.manager();
  const where = ['cp.organisation_id = $1'];
  const params: unknown[] = [organisationId];
  const themeId = args.filter?.themeId;
  if (themeId) {
    if (!isUuid(themeId)) return keysetConnection([], page, () => [], 0);
    params.push(themeId);
    where.push(
      `EXISTS (SELECT 1 FROM contact_person_theme cpt WHERE cpt.contact_person_id = cp.id AND cpt.theme_id = $${params.length})`,
    );
  }
  if (args.filter?.status) {
    params.push(args.filter.status);
    where.push(`cp.status = $${params.length}`);
  }
  const countRows: Array<{ n: number }> = await em.query(
    `SELECT count(*)::int AS n FROM contact_person cp WHERE ${where.join(' AND ')}`,
    params,
  );
  const pageWhere = [...where];
  const pageParams = [...params];
  const after = keysetCondition(page, (value) => {
    pageParams.push(value);
    return `$${pageParams.length}`;
  });
  if (after) pageWhere.push(after);
  const rows: Array<ContactRow & { sort_last: string; sort_first: string }> = await em.query(
    `SELECT ${COLUMNS}, lower(cp.last_name) AS sort_last, lower(cp.first_name) AS sort_first
       FROM contact_person cp WHERE ${pageWhere.join(' AND ')}
      ${keysetOrderAndLimit(page)}`,
    pageParams,
  );
  const connection = keysetConnection(
    rows,
    page,
    (r) => [r.sort_last, r.sort_first, r.id],
    countRows[0]?.n ?? 0,
  );
  return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: fromRow(e.node) })) };
}

/**
 * The CONFIRMED contacts of `organisationId` for `themeId`, by name: those who receive message
 * notifications. Runs under ctx's scope (a tenant sees only its own organisation's); the caller decides
 * who may trigger notifications.
 */
export async function confirmedContactsForTheme(
  ctx: Ctx,
  organisationId: string,
  themeId: string,
): Promise<ContactPersonEntity[]> {
  const em = await ctx.tx.manager();
  const rows: ContactRow[] = await em.query(
    `SELECT ${COLUMNS} FROM contact_person cp
       JOIN contact_person_theme cpt ON cpt.contact_person_id = cp.id
      WHERE cp.organisation_id = $1 AND cpt.theme_id = $2 AND cp.status = 'CONFIRMED'
      ORDER BY lower(cp.last_name), lower(cp.first_name), cp.id`,
    [organisationId, themeId],
  );
  return rows.map(fromRow);
}

/** A contact of the admin's own organisation, locked for the change; NOT_FOUND otherwise. */
async function ownContactForUpdate(
  em: EntityManager,
  organisationId: string,
  id: string,
): Promise<ContactPersonEntity> {
  if (!isUuid(id)) throw notFound('contact person');
  const rows: ContactRow[] = await em.query(
    `SELECT ${COLUMNS} FROM contact_person cp WHERE cp.id = $1 AND cp.organisation_id = $2 FOR UPDATE`,
    [id, organisationId],
  );
  const row = rows[0];
  if (!row) throw notFound('contact person');
  return fromRow(row);
}

async function themeIdsOf(em: EntityManager, contactId: string): Promise<string[]> {
  const rows: Array<{ theme_id: string }> = await em.query(
    `SELECT cpt.theme_id FROM contact_person_theme cpt JOIN theme t ON t.id = cpt.theme_id
      WHERE cpt.contact_person_id = $1 ORDER BY t.position, t.id`,
    [contactId],
  );
  return rows.map((r) => r.theme_id);
}

// ---------------------------------------------------------------------------------------------------
// Changes, mails and audit

type Snapshot = Omit<ValidContactInput, 'themeIds'> & { themeIds: readonly string[] };

const themeNames = (themes: ThemeEntity[], lang: Language) =>
  themes.map((t) => (lang === 'en' ? t.nameEn : t.nameNl));

/** The changed fields between two states (null before: a new contact), themes as names in `lang`. */
async function contactChanges(
  ctx: Ctx,
  before: Snapshot | null,
  after: Snapshot | null,
  lang: Language,
): Promise<ContactFieldChange[]> {
  const changes: ContactFieldChange[] = [];
  for (const field of ['firstName', 'lastName', 'email', 'phone', 'language'] as const) {
    const old = before ? before[field] : null;
    const now = after ? after[field] : null;
    if ((old ?? null) !== (now ?? null)) changes.push({ field, old: old ?? null, new: now ?? null });
  }
  const oldThemes = before ? await themesInOrder(ctx, before.themeIds) : [];
  const newThemes = after ? await themesInOrder(ctx, after.themeIds) : [];
  const oldNames = themeNames(oldThemes, lang).join(', ');
  const newNames = themeNames(newThemes, lang).join(', ');
  if (oldNames !== newNames) changes.push({ field: 'themes', old: oldNames || null, new: newNames || null });
  return changes;
}

const snapshotOf = (contact: ContactPersonEntity, themeIds: readonly string[]): Snapshot => ({
  firstName: contact.firstName,
  lastName: contact.lastName,
  email: contact.email,
  phone: contact.phone,
  language: contact.language,
  themeIds,
});

async function organisationName(ctx: Ctx, organisationId: string): Promise<string> {
  const organisation = await ctx.loaders.organisation.load(organisationId);
  if (!organisation) throw notFound('organisation');
  return organisation.name;
}

function forgetContact(ctx: Ctx, id: string): void {
  ctx.loaders.contactThemeIds.clear(id);
}

async function reload(em: EntityManager, id: string): Promise<ContactPersonEntity> {
  const rows: ContactRow[] = await em.query(`SELECT ${COLUMNS} FROM contact_person cp WHERE cp.id = $1`, [
    id,
  ]);
  const row = rows[0];
  if (!row) throw notFound('contact person');
  return fromRow(row);
}

/**
 * Creates a contact validated by `validateContactInputs`, in the caller's transaction: UNCONFIRMED, with
 * its themes, a confirmation mail, an audit event, and TasksChanged when the task list changes. Any user
 * of the organisation may call it (the contacts page checks ADMIN itself; a message's sender adds
 * standard contacts); staff may not.
 */
export async function createContactPerson(
  ctx: Ctx,
  organisationId: string,
  input: ValidContactInput,
  options: { via: ContactCreatedVia },
): Promise<ContactPersonEntity> {
  const viewer = requireOrganisationUser(ctx, organisationId);
  const em = await ctx.tx.manager();
  const before = await taskSnapshot(em, organisationId);
  const id = randomUUID();
  await em.query(
    `INSERT INTO contact_person
       (id, organisation_id, first_name, last_name, email, phone, language, created_via, confirmation_sent_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
    [
      id,
      organisationId,
      input.firstName,
      input.lastName,
      input.email,
      input.phone,
      input.language,
      options.via,
    ],
  );
  await em.query(
    `INSERT INTO contact_person_theme (organisation_id, contact_person_id, theme_id)
     SELECT $1, $2, unnest($3::uuid[])`,
    [organisationId, id, input.themeIds],
  );
  const contact = await reload(em, id);
  await sendConfirmation(ctx, em, contact, input.themeIds, 'added');
  const changes: FieldChange[] = await contactChanges(ctx, null, input, 'nl');
  await recordAudit(em, {
    organisationId,
    actorUserId: viewer.userId,
    action: options.via === 'message' ? 'contact.added-from-message' : 'contact.added',
    entityType: 'contact_person',
    entityId: id,
    changes,
  });
  await publishTasksIfChanged(em, ctx.app.pubsub, organisationId, before);
  return contact;
}

/** ADMIN: adds a contact person to their organisation (from the contacts page). */
export async function addContactPerson(
  ctx: Ctx,
  input: ContactPersonInput,
): Promise<Result<ContactPersonEntity>> {
  const admin = requireContactAdmin(ctx);
  const checked = await validateContactInputs(ctx, admin.organisationId, [input]);
  if (!checked.ok) return checked;
  const [valid] = checked.value;
  if (!valid) throw new Error('validated input missing');
  return ok(await createContactPerson(ctx, admin.organisationId, valid, { via: 'contacts-page' }));
}

/**
 * ADMIN: replaces a contact's details (a null language keeps the current one). The contact is mailed the
 * changed fields. A new address makes the contact UNCONFIRMED: the new address gets a confirmation link,
 * the old one a notice listing the changes. Nothing changed: nothing mailed or audited.
 */
export async function updateContactPerson(
  ctx: Ctx,
  input: ContactPersonInput & { id: string },
): Promise<Result<ContactPersonEntity>> {
  const admin = requireContactAdmin(ctx);
  const organisationId = admin.organisationId;
  const em = await ctx.tx.manager();
  const contact = await ownContactForUpdate(em, organisationId, input.id);
  const checked = await validateContactInputs(
    ctx,
    organisationId,
    [{ ...input, language: input.language ?? contact.language }],
    { contactIds: [contact.id] },
  );
  if (!checked.ok) return checked;
  const [next] = checked.value;
  if (!next) throw new Error('validated input missing');

  const beforeThemes = await themeIdsOf(em, contact.id);
  const previous = snapshotOf(contact, beforeThemes);
  const audited: FieldChange[] = await contactChanges(ctx, previous, next, 'nl');
  if (audited.length === 0) return ok(contact);
  const emailChanged = contact.email.toLowerCase() !== next.email.toLowerCase();
  const before = await taskSnapshot(em, organisationId);

  await em.query(
    `UPDATE contact_person SET first_name = $2, last_name = $3, email = $4, phone = $5, language = $6,
            status = CASE WHEN $7 THEN 'UNCONFIRMED' ELSE status END,
            confirmed_at = CASE WHEN $7 THEN NULL ELSE confirmed_at END,
            confirmation_sent_at = CASE WHEN $7 THEN now() ELSE confirmation_sent_at END,
            -- A new address is not known to be undeliverable.
            email_undeliverable_at = CASE WHEN $7 THEN NULL ELSE email_undeliverable_at END,
            email_undeliverable_reason = CASE WHEN $7 THEN NULL ELSE email_undeliverable_reason END,
            email_undeliverable_source = CASE WHEN $7 THEN NULL ELSE email_undeliverable_source END,
            updated_at = now()
      WHERE id = $1`,
    [contact.id, next.firstName, next.lastName, next.email, next.phone, next.language, emailChanged],
  );
  await em.query(
    'DELETE FROM contact_person_theme WHERE contact_person_id = $1 AND NOT (theme_id = ANY($2::uuid[]))',
    [contact.id, next.themeIds],
  );
  await em.query(
    `INSERT INTO contact_person_theme (organisation_id, contact_person_id, theme_id)
     SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`,
    [organisationId, contact.id, next.themeIds],
  );
  forgetContact(ctx, contact.id);
  const updated = await reload(em, contact.id);

  if (emailChanged && contact.status === 'CONFIRMED')
    audited.push({ field: 'status', old: 'CONFIRMED', new: 'UNCONFIRMED' });
  await recordAudit(em, {
    organisationId,
    actorUserId: admin.userId,
    action: 'contact.updated',
    entityType: 'contact_person',
    entityId: contact.id,
    changes: audited,
  });

  const lang = next.language;
  const mailed = await contactChanges(ctx, previous, next, lang);
  const name = await organisationName(ctx, organisationId);
  const { publicUrl } = ctx.app.config;
  if (emailChanged) {
    await queueMail(em, publicUrl, {
      organisationId,
      to: contact.email,
      language: lang,
      template: 'contact-email-changed',
      content: contactEmailChangedNoticeMail(lang, {
        firstName: next.firstName,
        organisationName: name,
        newEmail: next.email,
        changes: mailed,
      }),
    });
    await sendConfirmation(ctx, em, updated, next.themeIds, 'email-changed');
  } else {
    await queueMail(em, publicUrl, {
      organisationId,
      to: next.email,
      language: lang,
      template: 'contact-changed',
      content: contactChangedMail(lang, {
        firstName: next.firstName,
        organisationName: name,
        changes: mailed,
      }),
    });
  }
  await publishTasksIfChanged(em, ctx.app.pubsub, organisationId, before);
  return ok(updated);
}

/** ADMIN: removes a contact person; the person is mailed that they are no longer a contact. */
export async function removeContactPerson(ctx: Ctx, id: string): Promise<string> {
  const admin = requireContactAdmin(ctx);
  const organisationId = admin.organisationId;
  const em = await ctx.tx.manager();
  const contact = await ownContactForUpdate(em, organisationId, id);
  const themeIds = await themeIdsOf(em, contact.id);
  const before = await taskSnapshot(em, organisationId);
  await em.query('DELETE FROM contact_person WHERE id = $1', [contact.id]);
  forgetContact(ctx, contact.id);
  await recordAudit(em, {
    organisationId,
    actorUserId: admin.userId,
    action: 'contact.removed',
    entityType: 'contact_person',
    entityId: contact.id,
    changes: await contactChanges(ctx, snapshotOf(contact, themeIds), null, 'nl'),
  });
  const lang = contact.language;
  await queueMail(em, ctx.app.config.publicUrl, {
    organisationId,
    to: contact.email,
    language: lang,
    template: 'contact-removed',
    content: contactRemovedMail(lang, {
      firstName: contact.firstName,
      organisationName: await organisationName(ctx, organisationId),
      themeNames: themeNames(await themesInOrder(ctx, themeIds), lang),
    }),
  });
  await publishTasksIfChanged(em, ctx.app.pubsub, organisationId, before);
  return contact.id;
}

/**
 * ADMIN: mails an UNCONFIRMED contact a new confirmation link, at most once per
 * RESEND_INTERVAL_MINUTES per contact (counting the first mail).
 */
export async function resendContactConfirmation(ctx: Ctx, id: string): Promise<Result<ContactPersonEntity>> {
  const admin = requireContactAdmin(ctx);
  const em = await ctx.tx.manager();
  const contact = await ownContactForUpdate(em, admin.organisationId, id);
  if (contact.status === 'CONFIRMED') return failed([{ field: null, code: 'CONTACT_ALREADY_CONFIRMED' }]);
  const rows: Array<{ wait_minutes: number | null }> = await em.query(
    `SELECT ceil(extract(epoch FROM confirmation_sent_at + make_interval(mins => $2) - now()) / 60)::int
            AS wait_minutes
       FROM contact_person WHERE id = $1`,
    [contact.id, RESEND_INTERVAL_MINUTES],
  );
  const wait = rows[0]?.wait_minutes ?? null;
  if (wait !== null && wait > 0)
    return failed([{ field: null, code: 'CONFIRMATION_RESEND_TOO_SOON', params: { minutes: wait } }]);
  await em.query('UPDATE contact_person SET confirmation_sent_at = now() WHERE id = $1', [contact.id]);
  await sendConfirmation(ctx, em, contact, await themeIdsOf(em, contact.id), 'resent');
  await recordAudit(em, {
    organisationId: admin.organisationId,
    actorUserId: admin.userId,
    action: 'contact.confirmation-resent',
    entityType: 'contact_person',
    entityId: contact.id,
  });
  return ok(await reload(em, contact.id));
}

/**
 * ADMIN: invites the contact to the e-loket in one step, as a user with `roles` (the usual invitation:
 * the person chooses a password with the mailed link). An address that already has an account answers
 * EMAIL_TAKEN on `email`.
 */
export async function inviteContactPerson(
  ctx: Ctx,
  id: string,
  roles: string[],
): Promise<Result<UserEntity>> {
  const admin = requireContactAdmin(ctx);
  const em = await ctx.tx.manager();
  const contact = await ownContactForUpdate(em, admin.organisationId, id);
  const invited = await inviteUser(ctx, {
    email: contact.email,
    firstName: contact.firstName,
    lastName: contact.lastName,
    roles,
    language: contact.language,
  });
  if (invited.ok) ctx.loaders.contactHasAccess.clearAll();
  return invited;
}
