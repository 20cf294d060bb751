// Generates the cross-tenant probes from schema/schema.graphql: every argument (or input field, at any
// depth) that names an object by key becomes one probe, with every other argument filled plausibly. A key
// the generator cannot place is reported, so that a new field cannot escape the matrix unnoticed.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { DEMO_PASSWORD, DEMO_THEMES } from '../../server/src/seed/demo.js';

export const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));

/** The kinds of tenant object a key can name. */
export type KeyKind =
  | 'organisation'
  | 'contact'
  | 'message'
  | 'reference'
  | 'attachment'
  | 'threadContact'
  | 'thread'
  | 'user'
  | 'session'
  | 'mail'
  | 'inboundMail'
  | 'ticket'
  | 'ticketNumber'
  | 'chat'
  | 'webhookEndpoint'
  | 'webhookDelivery';

/**
 * Where each key points. `Owner.name` (an input type, or Query/Mutation/Subscription.field) wins over a bare
 * argument name. Extend this table when the schema grows a key: an unknown one fails the suite.
 */
const KEY_KINDS: Record<string, KeyKind> = {
  organisationId: 'organisation',
  referenceNumber: 'reference',
  attachmentIds: 'attachment',
  userId: 'user',
  handlerId: 'user',
  assignedHandlerId: 'user',
  'Query.organisation.id': 'organisation',
  'UpdateOrganisationInput.id': 'organisation',
  'Query.contactPerson.id': 'contact',
  'Mutation.removeContactPerson.id': 'contact',
  'Mutation.resendContactConfirmation.id': 'contact',
  'Mutation.inviteContactPerson.id': 'contact',
  'UpdateContactPersonInput.id': 'contact',
  'Query.message.id': 'message',
  'Query.organisationUser.id': 'user',
  'Mutation.revokeSession.id': 'session',
  'Mutation.retryFailedMail.id': 'mail',
  'Mutation.removeTicketAttachment.attachmentId': 'attachment',
  'ReplayInboundMailInput.id': 'inboundMail',
  'DiscardInboundMailInput.id': 'inboundMail',
  'ThreadContactUpdateInput.id': 'threadContact',
  'ThreadContactChangesInput.remove': 'threadContact',
  ticketId: 'ticket',
  previousTicketId: 'ticket',
  intoTicketId: 'ticket',
  // A ticket's assignee is staff: a tenant user is never one (as for a thread's handler).
  assigneeId: 'user',
  requesterId: 'user',
  'Query.ticket.id': 'ticket',
  'Subscription.ticketUpdated.id': 'ticket',
  'Query.ticket.number': 'ticketNumber',
  // The search of the ticket lists takes a ticket number (an exact match): a second way to name a ticket.
  'TicketFilterInput.search': 'ticketNumber',
  'StaffTicketFilterInput.search': 'ticketNumber',
  // Privacy tools (decision 0029): the person's kind comes first in the enum (USER), so the key is a user.
  'PersonInput.id': 'user',
  // The office-hours chat (decision 0027): a chat is its organisation's customer's.
  chatId: 'chat',
  'Query.chat.id': 'chat',
  'Subscription.chatUpdated.id': 'chat',
  // Organisation administration (decision 0023): DEPARTMENT_ADMIN only.
  'Mutation.deactivateOrganisation.id': 'organisation',
  'Mutation.reactivateOrganisation.id': 'organisation',
  'SetLegalHoldInput.id': 'user',
  // Legal holds on threads and tickets (decision 0038): THREAD comes first in the enum, so the key is a thread.
  'ChangeLegalHoldInput.id': 'thread',
  // Webhooks (decision 0037): an organisation's ADMIN has endpoints of its own, with their deliveries.
  endpointId: 'webhookEndpoint',
  deliveryId: 'webhookDelivery',
};

/**
 * Keys that name no tenant's object, each with the reason it is not probed across tenants. Their values
 * are real (a demo theme or team), so that a probe reaches the key it is about.
 */
export const NOT_TENANT_KEYS: Record<string, string> = {
  themeId: 'themes are department data, the same for every organisation',
  themeIds: 'themes are department data, the same for every organisation',
  teamId: 'teams are department data, the same for every organisation',
  categoryId: 'ticket categories are department data, the same for every organisation',
  supportTypeId: 'ticket support types are department data, the same for every organisation',
  labelId: 'ticket labels are department data, the same for every organisation',
  labelIds: 'ticket labels are department data, the same for every organisation',
  queueId: 'ticket queues are department data, the same for every organisation',
  queueIds: 'ticket queues are department data, the same for every organisation',
  'Query.staffUser.id':
    "staff users are the department's (no organisation), read by DEPARTMENT_ADMIN only; an organisation's user is NOT_FOUND there (staff-users.test.ts)",
  'Query.staffUsers.ids':
    "staff users are the department's (no organisation), read by DEPARTMENT_ADMIN only; an organisation's user is never listed",
  'SetRetentionPeriodInput.id':
    'a theme or ticket queue (department data) whose retention period a DEPARTMENT_ADMIN sets',
  closingDayId: "closing days belong to the department's business calendar (DEPARTMENT_ADMIN only)",
  outageId: 'outages are public department data (003 §2), written by DEPARTMENT_ADMIN only',
  itemId: 'knowledge-base articles and news are department data, written by DEPARTMENT_ADMIN only',
  shownArticleIds: 'knowledge-base articles are department data, published ones readable by anyone',
  solvedArticleId: 'knowledge-base articles are department data, published ones readable by anyone',
  token:
    'a secret mailed to its holder (invitation, reset, confirmation): whoever holds it may use it; tokens are random and unguessable, not enumerable keys',
};

/**
 * Fields where staff may reach any organisation's objects by design (DESIGN: department-wide read,
 * handling threads, organisation administration). An AGENT is probed on every other field.
 */
export const STAFF_ACCESS: Record<string, string> = {
  contactPerson: 'staff read every organisation’s contact persons',
  contactPersons: 'staff name the organisation whose contacts they read',
  draftThreadContacts: 'staff start threads with any organisation',
  message: 'staff read every thread',
  messages: 'staff name the organisation whose messages they read',
  messageCounts: 'staff name the organisation',
  organisation: 'staff read every organisation',
  organisationHistory: 'staff read every organisation’s history',
  staffInbox: 'the staff inbox spans organisations',
  tasks: 'staff name the organisation',
  thread: 'staff read every thread',
  markThreadRead: 'staff read every thread',
  replyToThread: 'staff answer every thread',
  assignThread: 'staff assign threads of any organisation',
  sendMessageToOrganisation: 'staff write to any organisation',
  updateOrganisation: 'staff administer organisations (which fields an AGENT may touch: the separate test)',
  messageAdded: 'staff follow every team’s threads',
  retryFailedMail: 'staff put any organisation’s failed mail back in the queue (the failed-mails page)',
  replayInboundMail: 'staff handle the mail the intake held, whatever organisation it belongs to',
  discardInboundMail: 'staff handle the mail the intake held, whatever organisation it belongs to',
  ticket: 'staff see every ticket',
  tickets: 'staff see every ticket (the customer lists too)',
  staffTickets: 'the staff ticket list spans organisations (and names the organisation it filters on)',
  ticketUpdated: 'staff follow every ticket',
  registerTicket: 'staff register a ticket for any organisation',
  replyToTicket: 'staff answer every ticket',
  addTicketNote: 'staff write notes on every ticket',
  setTicketStatus: 'staff handle every ticket',
  assignTicket: 'staff handle every ticket',
  moveTicketQueue: 'staff handle every ticket',
  updateTicketDetails: 'staff handle every ticket',
  setTicketLabels: 'staff handle every ticket',
  setTicketNotifications: 'staff see every ticket, so may switch their own mails of it',
  addTicketParticipant: 'staff add participants to every ticket',
  mergeTicket: 'staff merge duplicates of any organisation',
  chat: 'agents take and answer the waiting chats of every organisation (decision 0027)',
  takeChat: 'agents take the waiting chats of every organisation',
  sendChatMessage: 'agents answer the chats they took, of any organisation',
  endChat: 'agents end the chats they took, registering them as tickets',
  chatUpdated: 'agents follow the chats they answer',
  removeTicketAttachment:
    'staff remove a file sent unprotected from any organisation’s ticket (privacy incident)',
};

/**
 * Real values for keys of department data (NOT_TENANT_KEYS) that exist only at run time (reference rows with
 * generated ids): the suite sets them before it probes, so that a probe's other keys pass their checks.
 */
const departmentKeys: Record<string, string> = {};
export function useDepartmentKeys(values: Record<string, string>): void {
  Object.assign(departmentKeys, values);
}

export type Operation = 'query' | 'mutation' | 'subscription';

export interface Probe {
  operation: Operation;
  field: string;
  /** Argument path to the key, e.g. input.contacts.remove. */
  slot: string;
  kind: KeyKind;
  /** The key is a list of ids: pass `[id]`. */
  list: boolean;
  document: string;
  /** The variables, with `target` at the slot and `own` (the caller's own objects) at other key slots. */
  variables(target: unknown, own: (kind: KeyKind) => string): Record<string, unknown>;
}

const OPERATIONS: Array<[Operation, string]> = [
  ['query', 'Query'],
  ['mutation', 'Mutation'],
  ['subscription', 'Subscription'],
];

type Classified = { kind: KeyKind } | { notTenant: string } | null;

/**
 * Whether an argument names an object: typed ID (or a UUID scalar), or named like a key. The name rule
 * keeps a key in the matrix when its type changes, e.g. to a custom scalar.
 */
function isKeyCandidate(owner: string, name: string, type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return (
    named.name === 'ID' ||
    /uuid/i.test(named.name) ||
    /(^id$|Ids?$|referenceNumber|^number$|token)/.test(name) ||
    `${owner}.${name}` in KEY_KINDS
  );
}

function classify(owner: string, name: string): Classified {
  const kind = KEY_KINDS[`${owner}.${name}`] ?? KEY_KINDS[name];
  if (kind) return { kind };
  const reason = NOT_TENANT_KEYS[`${owner}.${name}`] ?? NOT_TENANT_KEYS[name];
  return reason ? { notTenant: reason } : null;
}

interface Slot {
  path: string[];
  classified: Classified;
  list: boolean;
}

/** Every key slot under `type` (an input type), depth first. */
function slotsIn(owner: string, name: string, type: GraphQLInputType, seen: Set<string>): Slot[] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) return [];
    const inner = new Set(seen).add(named.name);
    return Object.values(named.getFields()).flatMap((f) =>
      slotsIn(named.name, f.name, f.type, inner).map((s) => ({ ...s, path: [name, ...s.path] })),
    );
  }
  if (!isKeyCandidate(owner, name, type)) return [];
  const nullable = isNonNullType(type) ? type.ofType : type;
  return [{ path: [name], classified: classify(owner, name), list: isListType(nullable) }];
}

const firstTheme = DEMO_THEMES.find((t) => t.code === 'SUB') ?? DEMO_THEMES[0];

/** A plausible value for a scalar that is not the probed key. */
function plausible(
  owner: string,
  name: string,
  named: GraphQLNamedType,
  own: (k: KeyKind) => string,
): unknown {
  const c = isKeyCandidate(owner, name, named as GraphQLInputType) ? classify(owner, name) : null;
  if (c && 'kind' in c) return own(c.kind);
  if (c && 'notTenant' in c)
    return (
      departmentKeys[name] ?? (name === 'teamId' ? firstTheme?.teamId : (firstTheme?.id ?? randomUUID()))
    );
  if (isEnumType(named)) {
    const values = named.getValues().map((v) => v.name);
    return values.includes('MEMBER') ? 'MEMBER' : values.includes('nl') ? 'nl' : values[0];
  }
  if (named.name === 'Int') return 5;
  if (named.name === 'Boolean') return false;
  if (named.name === 'DateTimeISO') return new Date().toISOString();
  if (/email/i.test(name)) return `probe-${randomUUID().slice(0, 8)}@zonnebloem.example`;
  // The caller's real password, so that a check of it lets the input through to the other checks.
  if (name === 'currentPassword') return DEMO_PASSWORD;
  if (/password/i.test(name)) return 'Probe-wachtwoord-2026';
  if (/clientKey/.test(name)) return randomUUID();
  if (/^sent(From|To)$/.test(name)) return '2026-01-15';
  return 'Probe';
}

/** Builds a value of `type`; along `path` (non-empty) it descends to the slot and puts `target` there. */
function build(
  owner: string,
  name: string,
  type: GraphQLInputType,
  path: string[],
  target: unknown,
  own: (k: KeyKind) => string,
): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (path.length === 0 && target !== undefined) return target; // a list key: the target is a list
    return [build(owner, name, inner.ofType as GraphQLInputType, path, target, own)];
  }
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      if (f.name === path[0]) value[f.name] = build(named.name, f.name, f.type, path.slice(1), target, own);
      else if (isNonNullType(f.type)) value[f.name] = build(named.name, f.name, f.type, [], undefined, own);
    }
    return value;
  }
  if (target !== undefined && path.length === 0) return target;
  return plausible(owner, name, named, own);
}

/** Selects every scalar of the answer and of its objects: whatever leaks, shows (within the cost limit). */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const parts: string[] = [];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const fieldNamed = getNamedType(f.type);
    if (isScalarType(fieldNamed) || isEnumType(fieldNamed)) parts.push(f.name);
    else if (depth < 1) {
      const inner = selection(f.type, depth + 1);
      if (inner) parts.push(`${f.name} ${inner}`);
    }
  }
  return parts.length > 0 ? `{ ${parts.join(' ')} }` : '';
}

function probeFor(
  operation: Operation,
  typeName: string,
  field: GraphQLField<unknown, unknown>,
  slot: Slot & { classified: { kind: KeyKind } },
): Probe {
  const owner = `${typeName}.${field.name}`;
  const [argName] = slot.path;
  const used = field.args.filter((a) => a.name === argName || isNonNullType(a.type));
  const declarations = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const document = `${operation} Probe${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field.type)} }`;
  return {
    operation,
    field: field.name,
    slot: slot.path.join('.'),
    kind: slot.classified.kind,
    list: slot.list,
    document,
    variables(target, own) {
      const values: Record<string, unknown> = {};
      for (const a of used as GraphQLArgument[]) {
        values[a.name] =
          a.name === argName
            ? build(owner, a.name, a.type, slot.path.slice(1), target, own)
            : build(owner, a.name, a.type, [], undefined, own);
      }
      return values;
    },
  };
}

export interface ProbePlan {
  probes: Probe[];
  /** Fields with a key the generator could not place: `Type.field(arg.path)`. */
  unprobed: string[];
  /** Fields with keys that name no tenant object only (see NOT_TENANT_KEYS). */
  notTenant: string[];
}

export function planProbes(): ProbePlan {
  const plan: ProbePlan = { probes: [], unprobed: [], notTenant: [] };
  for (const [operation, typeName] of OPERATIONS) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const owner = `${typeName}.${field.name}`;
      const slots = field.args.flatMap((a) => slotsIn(owner, a.name, a.type, new Set()));
      let tenantSlots = 0;
      for (const slot of slots) {
        if (slot.classified === null) plan.unprobed.push(`${owner}(${slot.path.join('.')})`);
        else if ('kind' in slot.classified) {
          tenantSlots++;
          plan.probes.push(
            probeFor(operation, typeName, field, slot as Slot & { classified: { kind: KeyKind } }),
          );
        }
      }
      if (slots.length > 0 && tenantSlots === 0 && !plan.unprobed.some((u) => u.startsWith(`${owner}(`)))
        plan.notTenant.push(owner);
    }
  }
  return plan;
}

/** Every scalar sent as text: String, ID and the custom ones (dates, cursors…), not numbers or booleans. */
export function textScalars(): string[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => isScalarType(t) && !['Int', 'Float', 'Boolean'].includes(t.name))
    .map((t) => t.name);
}

/** A slot to fuzz: an argument or input field of a scalar type, at any depth. */
export interface FuzzTarget {
  operation: Operation;
  field: string;
  slot: string;
  list: boolean;
  document: string;
  variables(target: unknown, own: (kind: KeyKind) => string): Record<string, unknown>;
}

function scalarSlotsIn(scalars: string[], name: string, type: GraphQLInputType, seen: Set<string>): Slot[] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) return [];
    const inner = new Set(seen).add(named.name);
    return Object.values(named.getFields()).flatMap((f) =>
      scalarSlotsIn(scalars, f.name, f.type, inner).map((s) => ({ ...s, path: [name, ...s.path] })),
    );
  }
  if (!scalars.includes(named.name)) return [];
  const nullable = isNonNullType(type) ? type.ofType : type;
  return [{ path: [name], classified: null, list: isListType(nullable) }];
}

/**
 * Every slot of the given scalars (default: text) in every Query and Mutation field (subscriptions have
 * their own socket tests).
 */
export function fuzzTargets(scalars: string[] = textScalars()): FuzzTarget[] {
  const targets: FuzzTarget[] = [];
  for (const [operation, typeName] of OPERATIONS) {
    if (operation === 'subscription') continue;
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      for (const slot of field.args.flatMap((a) => scalarSlotsIn(scalars, a.name, a.type, new Set()))) {
        const probe = probeFor(operation, typeName, field, { ...slot, classified: { kind: 'organisation' } });
        targets.push({
          operation,
          field: field.name,
          slot: probe.slot,
          list: slot.list,
          document: probe.document,
          variables: probe.variables,
        });
      }
    }
  }
  return targets;
}
