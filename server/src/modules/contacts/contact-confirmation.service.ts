// Confirming a contact person's address: a single-use link, valid for 14 days, mailed to the address it
// confirms. Only the SHA-256 of the token is stored, and only the system scope reads it. Opening the link
// (public) confirms the contact; it never logs anyone in.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { inScope } from '../../db/scope.js';
import { type ConfirmationReason, contactConfirmationMail } from '../../mail/contact-mails.js';
import { queueMail } from '../../mail/outbox.js';
import { hashToken, looksLikeToken, newToken } from '../accounts/tokens.js';
import { recordAudit } from '../audit/audit.service.js';
import { ThemeEntity } from '../department/theme.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { emitWebhook } from '../webhooks/webhook-events.js';
import { ContactPersonEntity } from './contact-person.entity.js';
import { publishTasksIfChanged, taskSnapshot } from './task.service.js';

/** An ADMIN can resend a contact's confirmation mail at most once per this many minutes. */
export const RESEND_INTERVAL_MINUTES = 5;

/**
 * What opening a confirmation link did. CONFIRMED: confirmed now. ALREADY_CONFIRMED: the contact had
 * confirmed this address already (e.g. the link was opened twice). EXPIRED: too old. USED: opened before,
 * but the contact is unconfirmed again since. INVALID: unknown, or for an address the contact no longer has.
 */
export const CONFIRMATION_STATUSES = [
  'CONFIRMED',
  'ALREADY_CONFIRMED',
  'EXPIRED',
  'USED',
  'INVALID',
] as const;
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number];

export interface ConfirmationOutcome {
  status: ConfirmationStatus;
  /** Null when the link is unknown. */
  organisationName: string | null;
  /** The contact's themes, in the department's order (empty when the link is unknown). */
  themes: ThemeEntity[];
}

const confirmationUrl = (ctx: Ctx, token: string) =>
  `${ctx.app.config.publicUrl}/confirm-contact?token=${encodeURIComponent(token)}`;

/** Themes by id, in the department's order. */
export async function themesInOrder(ctx: Ctx, themeIds: readonly string[]): Promise<ThemeEntity[]> {
  const loaded = await ctx.loaders.theme.loadMany([...themeIds]);
  return loaded
    .filter((t): t is ThemeEntity => t instanceof ThemeEntity)
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/**
 * Creates a confirmation link for the contact's current address and queues the mail, in the caller's
 * transaction. Earlier links stay valid until they expire (a contact may open an older mail); a link to a
 * previous address confirms nothing. The caller records when it was sent (confirmation_sent_at).
 */
export async function sendConfirmation(
  ctx: Ctx,
  em: EntityManager,
  contact: ContactPersonEntity,
  themeIds: readonly string[],
  reason: ConfirmationReason,
): Promise<void> {
  const token = newToken();
  await em.query(
    `INSERT INTO contact_confirmation (id, organisation_id, contact_person_id, email, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6))`,
    [
      randomUUID(),
      contact.organisationId,
      contact.id,
      contact.email,
      hashToken(token),
      ctx.app.config.contactConfirmationTtlDays,
    ],
  );
  // One after the other: the operation's queries share one connection.
  const organisation = await ctx.loaders.organisation.load(contact.organisationId);
  const themes = await themesInOrder(ctx, themeIds);
  const adder =
    reason === 'added' && ctx.viewer.kind === 'user' ? await ctx.loaders.user.load(ctx.viewer.userId) : null;
  if (!organisation) throw new Error(`organisation ${contact.organisationId} not readable`);
  const lang = contact.language;
  await queueMail(em, ctx.app.config.publicUrl, {
    organisationId: contact.organisationId,
    to: contact.email,
    language: lang,
    template: 'contact-confirmation',
    content: contactConfirmationMail(lang, {
      firstName: contact.firstName,
      organisationName: organisation.name,
      themeNames: themes.map((t) => (lang === 'en' ? t.nameEn : t.nameNl)),
      addedBy: adder ? `${adder.firstName} ${adder.lastName}` : null,
      reason,
      url: confirmationUrl(ctx, token),
      validDays: ctx.app.config.contactConfirmationTtlDays,
      departmentName: ctx.app.config.departmentName,
    }),
  });
}

interface OpenedLink {
  link: { id: string; expired: boolean; used: boolean };
  contact: ContactPersonEntity;
  outcome: (status: ConfirmationStatus) => ConfirmationOutcome;
  /** The contact has this link's address and confirmed it. */
  confirmed: boolean;
  sameAddress: boolean;
}

/** The link of `token` with its contact, locked for update; null when unknown. */
async function openLink(em: EntityManager, token: string): Promise<OpenedLink | null> {
  const links: Array<{
    id: string;
    contact_person_id: string;
    email: string;
    expired: boolean;
    used: boolean;
  }> = await em.query(
    `SELECT id, contact_person_id, email, expires_at <= now() AS expired, used_at IS NOT NULL AS used
         FROM contact_confirmation WHERE token_hash = $1 FOR UPDATE`,
    [hashToken(token)],
  );
  const link = links[0];
  if (!link) return null;
  const contact = await em
    .createQueryBuilder(ContactPersonEntity, 'cp')
    .setLock('pessimistic_write')
    .where('cp.id = :id', { id: link.contact_person_id })
    .getOne();
  if (!contact) return null;
  const organisation = await em.findOneByOrFail(OrganisationEntity, { id: contact.organisationId });
  const themes = await em
    .createQueryBuilder(ThemeEntity, 't')
    .innerJoin('contact_person_theme', 'cpt', 'cpt.theme_id = t.id')
    .where('cpt.contact_person_id = :id', { id: contact.id })
    .orderBy('t.position', 'ASC')
    .addOrderBy('t.id', 'ASC')
    .getMany();
  const sameAddress = link.email.toLowerCase() === contact.email.toLowerCase();
  return {
    link,
    contact,
    outcome: (status) => ({ status, organisationName: organisation.name, themes }),
    confirmed: contact.status === 'CONFIRMED' && sameAddress,
    sameAddress,
  };
}

const INVALID: ConfirmationOutcome = { status: 'INVALID', organisationName: null, themes: [] };

/**
 * What opening the link would answer, without changing anything (public): null while it can still
 * confirm (the page then offers 'Bevestigen'); otherwise the answer at once, e.g. ALREADY_CONFIRMED for
 * a link used before, so the person is not asked to confirm what they confirmed already.
 */
export async function peekContactConfirmation(ctx: Ctx, token: string): Promise<ConfirmationOutcome | null> {
  if (!looksLikeToken(token)) return INVALID;
  return inScope(ctx.app.dataSource, { kind: 'system' }, async (em) => {
    const opened = await openLink(em, token);
    if (!opened) return INVALID;
    const { link, confirmed, sameAddress, outcome } = opened;
    if (link.used) return outcome(confirmed ? 'ALREADY_CONFIRMED' : 'USED');
    if (!sameAddress) return INVALID;
    if (confirmed) return outcome('ALREADY_CONFIRMED');
    if (link.expired) return outcome('EXPIRED');
    return null;
  });
}

/**
 * Opens a confirmation link (public). Runs in the system scope, like accepting an invitation, and
 * touches no session: whoever opens the link stays who they were.
 */
export async function confirmContactPerson(ctx: Ctx, token: string): Promise<ConfirmationOutcome> {
  if (!looksLikeToken(token)) return INVALID;
  return inScope(ctx.app.dataSource, { kind: 'system' }, async (em) => {
    const opened = await openLink(em, token);
    if (!opened) return INVALID;
    const { link, contact, confirmed, sameAddress, outcome } = opened;
    if (link.used) return outcome(confirmed ? 'ALREADY_CONFIRMED' : 'USED');
    if (!sameAddress) return INVALID;
    const markUsed = () =>
      em.query('UPDATE contact_confirmation SET used_at = now() WHERE id = $1', [link.id]);
    if (confirmed) {
      await markUsed();
      return outcome('ALREADY_CONFIRMED');
    }
    if (link.expired) return outcome('EXPIRED');

    const before = await taskSnapshot(em, contact.organisationId);
    await em.query(
      `UPDATE contact_person SET status = 'CONFIRMED', confirmed_at = now(), updated_at = now() WHERE id = $1`,
      [contact.id],
    );
    await markUsed();
    await recordAudit(em, {
      organisationId: contact.organisationId,
      actorUserId: null,
      action: 'contact.confirmed',
      entityType: 'contact_person',
      entityId: contact.id,
      changes: [{ field: 'status', old: 'UNCONFIRMED', new: 'CONFIRMED' }],
    });
    await publishTasksIfChanged(em, ctx.app.pubsub, contact.organisationId, before);
    await emitWebhook(ctx.app.pubsub, em, 'contact.confirmed', {
      contactPersonId: contact.id,
      organisationId: contact.organisationId,
    });
    return outcome('CONFIRMED');
  });
}
