// Sending: a new message or a reply from an organisation (OUTBOUND, routed to a department team or
// handler), and the department's messages and replies (INBOUND, mailed to the thread's contacts). Every
// check comes first and reports everything at once; then the thread, the message, its attachments, the
// thread's contacts, the notification mails and the event are written in the operation's transaction.

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { type FieldError, forbidden } from '../../domain/errors.js';
import { FieldErrors, isUuid, LINE_MAX } from '../../domain/validate.js';
import { hasRole, isStaff, requireUser, type UserViewer } from '../../domain/viewer.js';
import { Topic } from '../../graphql/topics.js';
import type { Language } from '../../i18n/language.js';
import { messageForDepartmentMail, newMessageForContactMail } from '../../mail/message-mails.js';
import { queueMail } from '../../mail/outbox.js';
import type { UserEntity } from '../accounts/user.entity.js';
import type { TeamEntity } from '../department/team.entity.js';
import { emitWebhook } from '../webhooks/webhook-events.js';
import { checkAttachments } from './attachment.service.js';
import { BODY_MAX, type Direction, MessageEntity, type ThreadEntity } from './message.entity.js';
import { getThread, markReadForAuthor } from './message.service.js';
import { findSensitiveData, type SensitiveFinding } from './privacy-guard.js';
import { contactsOfThreads, type ThreadContactView } from './thread-contacts.rows.js';
import {
  applyContactPlan,
  type ContactPlan,
  draftThreadContacts,
  planContactChanges,
  type ThreadContactChanges,
} from './thread-contacts.service.js';

const TITLE_MAX = LINE_MAX;

export interface PrivacyWarning extends SensitiveFinding {
  field: 'title' | 'body';
}

/** Who received a message, as the sender is told ("verstuurd naar ..."). */
interface Recipient {
  kind: 'TEAM' | 'HANDLER' | 'ORGANISATION';
  name: string;
  teamId: string | null;
  handlerId: string | null;
  organisationId: string | null;
}

interface SendOutcome {
  message: MessageEntity;
  recipient: Recipient;
}

/** Sent, or not sent with field errors and/or privacy warnings to acknowledge (and nothing saved). */
export type SendResult =
  | { ok: true; value: SendOutcome }
  | { ok: false; errors: FieldError[]; privacyWarnings: PrivacyWarning[] };

interface Common {
  clientKey: string;
  body: string;
  attachmentIds?: string[] | null;
  acknowledgePrivacyWarning?: boolean | null;
}

export interface SendMessageInput extends Common {
  themeId: string;
  title: string;
  /** Chosen in 'Hulp nodig?': a team, or a handler (dossierbehandelaar). Default: the theme's team. */
  teamId?: string | null;
  handlerId?: string | null;
  contacts?: ThreadContactChanges | null;
}

export interface ReplyInput extends Common {
  referenceNumber: string;
  contacts?: ThreadContactChanges | null;
}

export interface StaffSendInput extends Common {
  organisationId: string;
  themeId: string;
  title: string;
}

const fullName = (u: Pick<UserEntity, 'firstName' | 'lastName'>) => `${u.firstName} ${u.lastName}`;
const teamName = (team: TeamEntity, lang: Language) => (lang === 'en' ? team.nameEn : team.nameNl);

// ---------------------------------------------------------------------------------------------------
// Checks shared by every kind of send

function checkText(errors: FieldErrors, input: Common & { title?: string }) {
  errors.clientKey('clientKey', input.clientKey);
  const title = input.title === undefined ? null : errors.required('title', input.title, TITLE_MAX);
  const body = errors.required('body', input.body, BODY_MAX);
  return { title, body };
}

function privacyWarnings(input: {
  title?: string | null;
  body: string;
  acknowledgePrivacyWarning?: boolean | null;
}) {
  if (input.acknowledgePrivacyWarning) return [];
  const inTitle = input.title
    ? findSensitiveData(input.title).map((f) => ({ ...f, field: 'title' as const }))
    : [];
  return [...inTitle, ...findSensitiveData(input.body).map((f) => ({ ...f, field: 'body' as const }))];
}

/** A retried send (same author and client key) returns the first result instead of sending twice. */
async function alreadySent(ctx: Ctx, viewer: UserViewer, clientKey: string): Promise<MessageEntity | null> {
  const em = await ctx.tx.manager();
  await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('send:' || $1 || ':' || $2, 0))`, [
    viewer.userId,
    clientKey,
  ]);
  return em
    .createQueryBuilder(MessageEntity, 'm')
    .where('m.authorId = :author AND m.clientKey = :key', { author: viewer.userId, key: clientKey })
    .getOne();
}

async function recipientOf(ctx: Ctx, message: MessageEntity): Promise<Recipient> {
  if (message.direction === 'INBOUND') {
    const organisation = await ctx.loaders.organisation.load(message.organisationId);
    return {
      kind: 'ORGANISATION',
      name: organisation?.name ?? '',
      teamId: null,
      handlerId: null,
      organisationId: message.organisationId,
    };
  }
  const [team, handler] = await Promise.all([
    message.addressedTeamId ? ctx.loaders.team.load(message.addressedTeamId) : null,
    message.addressedHandlerId ? ctx.loaders.user.load(message.addressedHandlerId) : null,
  ]);
  if (handler) {
    return {
      kind: 'HANDLER',
      name: team ? `${fullName(handler)} (${teamName(team, ctx.lang)})` : fullName(handler),
      teamId: team?.id ?? null,
      handlerId: handler.id,
      organisationId: null,
    };
  }
  return {
    kind: 'TEAM',
    name: team ? teamName(team, ctx.lang) : '',
    teamId: team?.id ?? null,
    handlerId: null,
    organisationId: null,
  };
}

async function sent(ctx: Ctx, message: MessageEntity): Promise<SendResult> {
  return { ok: true, value: { message, recipient: await recipientOf(ctx, message) } };
}

function notSent(errors: FieldError[], warnings: PrivacyWarning[] = []): SendResult {
  return { ok: false, errors, privacyWarnings: warnings };
}

// ---------------------------------------------------------------------------------------------------
// Routing

interface Route {
  teamId: string;
  handlerId: string | null;
}

async function handlerTeams(em: EntityManager, handlerId: string): Promise<string[]> {
  const rows: Array<{ team_id: string }> = await em.query(
    `SELECT m.team_id FROM team_member m JOIN app_user u ON u.id = m.user_id
      WHERE m.user_id = $1 AND u.status = 'ACTIVE' AND u.organisation_id IS NULL AND m.offered_in_help`,
    [handlerId],
  );
  return rows.map((r) => r.team_id);
}

/** The theme's team, or the team or handler picked in 'Hulp nodig?'. */
async function route(
  ctx: Ctx,
  errors: FieldErrors,
  themeTeamId: string,
  input: SendMessageInput,
): Promise<Route | null> {
  const em = await ctx.tx.manager();
  if (input.handlerId) {
    const teams = isUuid(input.handlerId) ? await handlerTeams(em, input.handlerId) : [];
    if (teams.length === 0) {
      errors.add('handlerId', 'HANDLER_NOT_FOUND');
      return null;
    }
    const teamId =
      input.teamId && teams.includes(input.teamId)
        ? input.teamId
        : teams.includes(themeTeamId)
          ? themeTeamId
          : teams[0];
    return { teamId: teamId as string, handlerId: input.handlerId };
  }
  if (input.teamId) {
    if (!isUuid(input.teamId) || !(await ctx.loaders.team.load(input.teamId))) {
      errors.add('teamId', 'TEAM_NOT_FOUND');
      return null;
    }
    return { teamId: input.teamId, handlerId: null };
  }
  return { teamId: themeTeamId, handlerId: null };
}

// ---------------------------------------------------------------------------------------------------
// Writing

/** Reference numbers read `DZ-2026-000123`: this prefix, the year (Brussels time), then the counter. */
const REFERENCE_PREFIX = 'DZ';
/** The counter is zero-padded to this many digits; past them it grows (never cut). */
const REFERENCE_DIGITS = 6;

async function newReferenceNumber(em: EntityManager): Promise<string> {
  const rows: Array<{ ref: string }> = await em.query(
    `SELECT $1 || '-' || to_char(now() AT TIME ZONE 'Europe/Brussels', 'YYYY') || '-'
            || lpad(n::text, greatest($2, length(n::text)), '0') AS ref
       FROM nextval('message_reference_seq') AS n`,
    [REFERENCE_PREFIX, REFERENCE_DIGITS],
  );
  return (rows[0] as { ref: string }).ref;
}

async function insertThread(
  em: EntityManager,
  t: {
    organisationId: string;
    themeId: string;
    title: string;
    teamId: string;
    handlerId: string | null;
    direction: Direction;
  },
): Promise<ThreadEntity> {
  const id = randomUUID();
  const referenceNumber = await newReferenceNumber(em);
  await em.query(
    `INSERT INTO message_thread (id, organisation_id, reference_number, theme_id, title, team_id, assigned_handler_id, last_direction)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, t.organisationId, referenceNumber, t.themeId, t.title, t.teamId, t.handlerId, t.direction],
  );
  return {
    id,
    organisationId: t.organisationId,
    referenceNumber,
    themeId: t.themeId,
    title: t.title,
    teamId: t.teamId,
    assignedHandlerId: t.handlerId,
    createdAt: new Date(),
    lastMessageAt: new Date(),
    lastDirection: t.direction,
    messageCount: 0,
  };
}

interface NewMessage {
  thread: ThreadEntity;
  direction: Direction;
  title: string;
  body: string;
  authorId: string;
  senderLabel: string;
  senderTeamId: string | null;
  addressedTeamId: string | null;
  addressedHandlerId: string | null;
  clientKey: string;
  attachmentIds: string[];
}

async function insertMessage(ctx: Ctx, m: NewMessage): Promise<MessageEntity> {
  const em = await ctx.tx.manager();
  const id = randomUUID();
  const rows = await queryRows<{ sent_at: Date }>(
    em,
    `INSERT INTO message (id, organisation_id, thread_id, reference_number, theme_id, direction, title, body, author_id,
                          sender_label, sender_team_id, addressed_team_id, addressed_handler_id, attachment_count, client_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING sent_at`,
    [
      id,
      m.thread.organisationId,
      m.thread.id,
      m.thread.referenceNumber,
      m.thread.themeId,
      m.direction,
      m.title,
      m.body,
      m.authorId,
      m.senderLabel,
      m.senderTeamId,
      m.addressedTeamId,
      m.addressedHandlerId,
      m.attachmentIds.length,
      m.clientKey,
    ],
  );
  const sentAt = (rows[0] as { sent_at: Date }).sent_at;
  if (m.attachmentIds.length > 0) {
    await em.query('UPDATE attachment SET message_id = $1, organisation_id = $2 WHERE id = ANY($3::uuid[])', [
      id,
      m.thread.organisationId,
      m.attachmentIds,
    ]);
  }
  await em.query(
    `UPDATE message_thread SET last_message_at = $2, last_direction = $3, message_count = message_count + 1 WHERE id = $1`,
    [m.thread.id, sentAt, m.direction],
  );
  const message = Object.assign(new MessageEntity(), {
    id,
    organisationId: m.thread.organisationId,
    threadId: m.thread.id,
    referenceNumber: m.thread.referenceNumber,
    themeId: m.thread.themeId,
    direction: m.direction,
    title: m.title,
    body: m.body,
    authorId: m.authorId,
    senderLabel: m.senderLabel,
    senderTeamId: m.senderTeamId,
    addressedTeamId: m.addressedTeamId,
    addressedHandlerId: m.addressedHandlerId,
    sentAt,
    attachmentCount: m.attachmentIds.length,
  });
  await markReadForAuthor(em, message);
  await ctx.app.pubsub.publish(em, Topic.MessageAdded, {
    messageId: id,
    organisationId: message.organisationId,
    threadId: m.thread.id,
    referenceNumber: message.referenceNumber,
    themeId: message.themeId,
    teamId: m.thread.teamId,
    direction: m.direction,
    authorId: m.authorId,
  });
  await emitWebhook(ctx.app.pubsub, em, 'message.created', {
    messageId: id,
    threadId: m.thread.id,
    referenceNumber: message.referenceNumber,
    organisationId: message.organisationId,
    themeId: message.themeId,
    direction: m.direction,
  });
  return message;
}

// ---------------------------------------------------------------------------------------------------
// Notifications

const messageLink = (ctx: Ctx, ref: string) =>
  `${ctx.app.config.publicUrl}/messages/${encodeURIComponent(ref)}`;
const staffLink = (ctx: Ctx, ref: string) =>
  `${ctx.app.config.publicUrl}/staff/threads/${encodeURIComponent(ref)}`;

/** A department message: mail the thread's contacts (standard ones only when confirmed). */
async function notifyContacts(
  ctx: Ctx,
  message: MessageEntity,
  contacts: ThreadContactView[],
): Promise<void> {
  const em = await ctx.tx.manager();
  const [organisation, theme] = await Promise.all([
    ctx.loaders.organisation.load(message.organisationId),
    ctx.loaders.theme.load(message.themeId),
  ]);
  const languages = await contactLanguages(em, contacts);
  for (const contact of contacts.filter((c) => c.confirmed)) {
    const lang = (contact.contactPersonId && languages.get(contact.contactPersonId)) || 'nl';
    await queueMail(em, ctx.app.config.publicUrl, {
      organisationId: message.organisationId,
      to: contact.email,
      language: lang,
      template: 'message-for-contact',
      content: newMessageForContactMail(lang, {
        firstName: contact.firstName,
        organisationName: organisation?.name ?? '',
        themeName: (lang === 'en' ? theme?.nameEn : theme?.nameNl) ?? '',
        title: message.title,
        referenceNumber: message.referenceNumber,
        url: messageLink(ctx, message.referenceNumber),
      }),
    });
  }
}

async function contactLanguages(
  em: EntityManager,
  contacts: ThreadContactView[],
): Promise<Map<string, Language>> {
  const ids = contacts.map((c) => c.contactPersonId).filter((id): id is string => id !== null);
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: string; language: Language }> = await em.query(
    'SELECT id, language FROM contact_person WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.language]));
}

/** An organisation's message: mail the addressed handler, else the team's address, else its handlers. */
async function notifyDepartment(ctx: Ctx, message: MessageEntity, route: Route): Promise<void> {
  const em = await ctx.tx.manager();
  const [organisation, theme, team] = await Promise.all([
    ctx.loaders.organisation.load(message.organisationId),
    ctx.loaders.theme.load(message.themeId),
    ctx.loaders.team.load(route.teamId),
  ]);
  const handlerIds = route.handlerId
    ? [route.handlerId]
    : team?.email
      ? []
      : await ctx.loaders.teamHandlerIds.load(route.teamId);
  const recipients: Array<{ email: string; name: string; lang: Language }> = [];
  for (const handler of await ctx.loaders.user.loadMany(handlerIds)) {
    if (handler && !(handler instanceof Error))
      recipients.push({ email: handler.email, name: handler.firstName, lang: handler.language });
  }
  if (!route.handlerId && team?.email) recipients.push({ email: team.email, name: team.nameNl, lang: 'nl' });
  for (const r of recipients) {
    await queueMail(em, ctx.app.config.publicUrl, {
      organisationId: message.organisationId,
      to: r.email,
      language: r.lang,
      template: 'message-for-department',
      content: messageForDepartmentMail(r.lang, {
        recipientName: r.name,
        organisationName: organisation?.name ?? '',
        themeName: (r.lang === 'en' ? theme?.nameEn : theme?.nameNl) ?? '',
        title: message.title,
        referenceNumber: message.referenceNumber,
        url: staffLink(ctx, message.referenceNumber),
      }),
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// The four ways to send

function requireTenantUser(ctx: Ctx): UserViewer & { organisationId: string } {
  const viewer = requireUser(ctx);
  if (!viewer.organisationId) throw forbidden();
  return viewer as UserViewer & { organisationId: string };
}

/**
 * Who sent it: the author's name, and for department staff the team they wrote for; the sender line
 * ('An Peeters (Team Erkenning)') is worded per viewer from these (message.resolver.ts).
 */
async function senderOf(
  ctx: Ctx,
  viewer: UserViewer,
  teamId: string | null,
): Promise<{ senderLabel: string; senderTeamId: string | null }> {
  const author = await ctx.loaders.user.load(viewer.userId);
  const senderLabel = author ? fullName(author) : '';
  return { senderLabel, senderTeamId: isStaff(viewer) ? teamId : null };
}

/** An organisation's user starts a thread ('Stuur nieuw bericht' or 'Hulp nodig?'). */
export async function sendMessage(ctx: Ctx, input: SendMessageInput): Promise<SendResult> {
  const viewer = requireTenantUser(ctx);
  const organisationId = viewer.organisationId;
  const errors = new FieldErrors();
  const { title, body } = checkText(errors, input);
  const existing = input.clientKey ? await alreadySent(ctx, viewer, input.clientKey) : null;
  if (existing) return sent(ctx, existing);

  const themeIds = await ctx.loaders.organisationThemeIds.load(organisationId);
  const theme = themeIds.includes(input.themeId) ? await ctx.loaders.theme.load(input.themeId) : null;
  if (!theme) errors.add('themeId', input.themeId ? 'THEME_NOT_OF_ORGANISATION' : 'REQUIRED');
  const attachmentIds = await checkAttachments(ctx, errors, input.attachmentIds);
  const routing = theme ? await route(ctx, errors, theme.teamId, input) : null;
  let plan: ContactPlan | null = null;
  if (theme) {
    const start = await draftThreadContacts(ctx, organisationId, theme.id);
    const planned = await planContactChanges(ctx, organisationId, theme.id, start, input.contacts);
    if (planned.ok) plan = planned.value;
    else errors.list.push(...planned.errors);
  }
  if (errors.has() || !theme || !routing || !plan || !title) return notSent(errors.list);
  const warnings = privacyWarnings({ ...input, title });
  if (warnings.length > 0) return notSent([], warnings);

  const em = await ctx.tx.manager();
  const thread = await insertThread(em, {
    organisationId,
    themeId: theme.id,
    title,
    teamId: routing.teamId,
    handlerId: routing.handlerId,
    direction: 'OUTBOUND',
  });
  await applyContactPlan(ctx, organisationId, thread.id, plan, { newThread: true });
  const message = await insertMessage(ctx, {
    thread,
    direction: 'OUTBOUND',
    title,
    body,
    authorId: viewer.userId,
    ...(await senderOf(ctx, viewer, null)),
    addressedTeamId: routing.teamId,
    addressedHandlerId: routing.handlerId,
    clientKey: input.clientKey,
    attachmentIds,
  });
  await notifyDepartment(ctx, message, routing);
  return sent(ctx, message);
}

/** May this staff member answer in this thread? DEPARTMENT_ADMIN anywhere; an AGENT in their teams' threads. */
async function staffMayAnswer(ctx: Ctx, viewer: UserViewer, teamId: string): Promise<boolean> {
  if (hasRole(viewer, 'DEPARTMENT_ADMIN')) return true;
  const em = await ctx.tx.manager();
  return (await handlerTeams(em, viewer.userId)).includes(teamId);
}

/**
 * A reply in a thread ('Beantwoorden'): from the organisation (OUTBOUND, to the assigned handler or the
 * thread's team, with the thread's contact changes) or from the department (INBOUND, mailed to the
 * thread's contacts).
 */
export async function replyToThread(ctx: Ctx, input: ReplyInput): Promise<SendResult> {
  const viewer = requireUser(ctx);
  const thread = await getThread(ctx, input.referenceNumber);
  const errors = new FieldErrors();
  const { body } = checkText(errors, input);
  const existing = input.clientKey ? await alreadySent(ctx, viewer, input.clientKey) : null;
  if (existing) return sent(ctx, existing);
  const staff = isStaff(viewer);
  if (staff && !(await staffMayAnswer(ctx, viewer, thread.teamId))) throw forbidden();
  const attachmentIds = await checkAttachments(ctx, errors, input.attachmentIds);

  const em = await ctx.tx.manager();
  const [current] = await contactsOfThreads(em, [thread.id]);
  let plan: ContactPlan | null = null;
  if (!staff) {
    const planned = await planContactChanges(
      ctx,
      thread.organisationId,
      thread.themeId,
      current ?? [],
      input.contacts,
    );
    if (planned.ok) plan = planned.value;
    else errors.list.push(...planned.errors);
  } else if (
    input.contacts &&
    (input.contacts.add?.length || input.contacts.update?.length || input.contacts.remove?.length)
  ) {
    errors.add('contacts', 'CONTACTS_BY_ORGANISATION_ONLY');
  }
  if (errors.has()) return notSent(errors.list);
  const warnings = privacyWarnings(input);
  if (warnings.length > 0) return notSent([], warnings);

  if (plan) await applyContactPlan(ctx, thread.organisationId, thread.id, plan, { newThread: false });
  const direction: Direction = staff ? 'INBOUND' : 'OUTBOUND';
  const routing: Route = { teamId: thread.teamId, handlerId: thread.assignedHandlerId };
  const message = await insertMessage(ctx, {
    thread,
    direction,
    title: thread.title,
    body,
    authorId: viewer.userId,
    ...(await senderOf(ctx, viewer, thread.teamId)),
    addressedTeamId: staff ? null : routing.teamId,
    addressedHandlerId: staff ? null : routing.handlerId,
    clientKey: input.clientKey,
    attachmentIds,
  });
  if (staff) {
    const [contacts] = await contactsOfThreads(em, [thread.id]);
    await notifyContacts(ctx, message, contacts ?? []);
  } else {
    await notifyDepartment(ctx, message, routing);
  }
  return sent(ctx, message);
}

/** The department starts a thread with an organisation: mailed to the theme's confirmed contacts. */
export async function sendToOrganisation(ctx: Ctx, input: StaffSendInput): Promise<SendResult> {
  const viewer = requireUser(ctx);
  if (!isStaff(viewer)) throw forbidden();
  const errors = new FieldErrors();
  const { title, body } = checkText(errors, input);
  const existing = input.clientKey ? await alreadySent(ctx, viewer, input.clientKey) : null;
  if (existing) return sent(ctx, existing);
  const organisation = isUuid(input.organisationId)
    ? await ctx.loaders.organisation.load(input.organisationId)
    : null;
  if (!organisation) errors.add('organisationId', 'ORGANISATION_NOT_FOUND');
  const themeIds = organisation ? await ctx.loaders.organisationThemeIds.load(organisation.id) : [];
  const theme = themeIds.includes(input.themeId) ? await ctx.loaders.theme.load(input.themeId) : null;
  if (organisation && !theme) errors.add('themeId', input.themeId ? 'THEME_NOT_OF_ORGANISATION' : 'REQUIRED');
  if (theme && !(await staffMayAnswer(ctx, viewer, theme.teamId))) throw forbidden();
  const attachmentIds = await checkAttachments(ctx, errors, input.attachmentIds);
  if (errors.has() || !organisation || !theme || !title) return notSent(errors.list);
  const warnings = privacyWarnings({ ...input, title });
  if (warnings.length > 0) return notSent([], warnings);

  const em = await ctx.tx.manager();
  const thread = await insertThread(em, {
    organisationId: organisation.id,
    themeId: theme.id,
    title,
    teamId: theme.teamId,
    handlerId: viewer.userId,
    direction: 'INBOUND',
  });
  const contacts = await draftThreadContacts(ctx, organisation.id, theme.id);
  await applyContactPlan(
    ctx,
    organisation.id,
    thread.id,
    { keep: contacts, removed: [], standardUpdates: [], oneOffUpdates: [], addStandard: [], addOneOff: [] },
    { newThread: true },
  );
  const message = await insertMessage(ctx, {
    thread,
    direction: 'INBOUND',
    title,
    body,
    authorId: viewer.userId,
    ...(await senderOf(ctx, viewer, theme.teamId)),
    addressedTeamId: null,
    addressedHandlerId: null,
    clientKey: input.clientKey,
    attachmentIds,
  });
  await notifyContacts(ctx, message, contacts);
  return sent(ctx, message);
}
