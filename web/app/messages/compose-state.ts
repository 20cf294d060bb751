// The working state of a message being written (new or reply): its Contactdetails (the thread's contacts
// with the changes made to them: added, edited, removed for this message) and its uploaded attachments.
// Nothing is saved until 'Verzenden'; the state travels with the form as one hidden field, so the same
// reducer serves the browser (with JavaScript) and the action (without: every button is a submit button
// whose `intent` the action applies and answers with the new state).
import {
  FILES_FIELD,
  isAttachmentsField,
  REMOVE_INTENT,
  removedFile,
  removeIntent,
  type UploadedFile,
} from '../attachments/uploaded-file';
import type { PrivacyWarningView } from '../components/privacy-dialog';
import type { FormError, FormResult } from '../forms/form-result';

/** Longest message title the API accepts (TITLE_MAX in server/src/modules/messages/send.service.ts). */
export const TITLE_MAX = 200;

interface ContactValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'phone'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface ContactDraft extends ContactValues {
  /** Stable within the form: the contact's id, or `new-<n>` for one added here. */
  key: string;
  /** The thread contact's id (contact person id for standard contacts); null for one added here. */
  id: string | null;
  standard: boolean;
  confirmed: boolean;
  /** Removed from this message (kept in the list, so it can be put back). */
  removed: boolean;
  /** The saved details of an existing contact; null for one added here. */
  original: ContactValues | null;
}

export interface ComposeState {
  contacts: ContactDraft[];
  /** Keys of the contacts shown as input fields (opened with the pencil, new, or in error). */
  editing: string[];
  attachments: UploadedFile[];
  /** The number the next added contact's key gets. */
  seq: number;
  /** The id of the element to focus after this change (the first field of a row just opened, ...). */
  focus?: string | null;
}

/** A contact as the API gives it (thread contacts, draft contacts). */
export interface ContactSource {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  standard: boolean;
  confirmed: boolean;
}

export function initialState(contacts: readonly ContactSource[]): ComposeState {
  return {
    contacts: contacts.map((c) => {
      const values = { firstName: c.firstName, lastName: c.lastName, email: c.email, phone: c.phone ?? '' };
      return {
        key: c.id,
        id: c.id,
        standard: c.standard,
        confirmed: c.confirmed,
        removed: false,
        original: values,
        ...values,
      };
    }),
    editing: [],
    attachments: [],
    seq: 1,
  };
}

/** A new theme's starting contacts, keeping the contacts the user added (and the attachments). */
export function withDraftContacts(state: ComposeState, contacts: readonly ContactSource[]): ComposeState {
  const fresh = initialState(contacts);
  const added = state.contacts.filter((c) => c.id === null);
  return {
    ...fresh,
    contacts: [...fresh.contacts, ...added],
    editing: state.editing.filter((key) => added.some((c) => c.key === key)),
    attachments: state.attachments,
    seq: state.seq,
  };
}

/** The id of a contact input in form `form` (also its `name`, without the form prefix). */
export const contactFieldName = (key: string, field: ContactField | 'standard') => `contact-${key}-${field}`;
export const contactRowName = (key: string) => `contact-${key}`;

const isBlank = (c: ContactValues) =>
  !c.firstName.trim() && !c.lastName.trim() && !c.email.trim() && !c.phone.trim();

export function isEdited(c: ContactDraft): boolean {
  if (!c.original) return false;
  return CONTACT_FIELDS.some((field) => c[field].trim() !== c.original?.[field]);
}

export type ComposeIntent =
  | { type: 'contact-add' }
  | { type: 'contact-edit'; key: string }
  | { type: 'contact-done'; key: string }
  | { type: 'contact-cancel'; key: string }
  | { type: 'contact-remove'; key: string }
  | { type: 'contact-restore'; key: string }
  | { type: typeof REMOVE_INTENT; id: string };

const KEYED = [
  'contact-edit',
  'contact-done',
  'contact-cancel',
  'contact-remove',
  'contact-restore',
] as const;

/** The `intent` value of a panel button ("contact-edit:<key>"), read back. */
export function parseIntent(value: string): ComposeIntent | null {
  if (value === 'contact-add') return { type: 'contact-add' };
  const file = removedFile(value);
  if (file !== null) return { type: REMOVE_INTENT, id: file };
  const colon = value.indexOf(':');
  if (colon < 0) return null;
  const type = value.slice(0, colon);
  const arg = value.slice(colon + 1);
  if (!arg) return null;
  const keyed = KEYED.find((t) => t === type);
  return keyed ? { type: keyed, key: arg } : null;
}

export function intentValue(intent: ComposeIntent): string {
  if (intent.type === 'contact-add') return intent.type;
  if (intent.type === REMOVE_INTENT) return removeIntent(intent.id);
  return `${intent.type}:${intent.key}`;
}

const without = (list: string[], key: string) => list.filter((k) => k !== key);

/**
 * Applies a button of the panel. `formId` prefixes the ids of the element to focus next
 * (the first field of an opened row, or the button that opened it).
 */
export function reduce(state: ComposeState, intent: ComposeIntent, formId: string): ComposeState {
  const find = (key: string) => state.contacts.find((c) => c.key === key);
  switch (intent.type) {
    case 'contact-add': {
      const key = `new-${state.seq}`;
      const row: ContactDraft = {
        key,
        id: null,
        firstName: '',
        lastName: '',
        email: '',
        phone: '',
        standard: false,
        confirmed: true,
        removed: false,
        original: null,
      };
      return {
        ...state,
        contacts: [...state.contacts, row],
        editing: [...state.editing, key],
        seq: state.seq + 1,
        focus: `${formId}-${contactFieldName(key, 'firstName')}`,
      };
    }
    case 'contact-edit': {
      const row = find(intent.key);
      if (!row || row.removed) return state;
      return {
        ...state,
        editing: [...without(state.editing, row.key), row.key],
        focus: `${formId}-${contactFieldName(row.key, 'firstName')}`,
      };
    }
    case 'contact-done': {
      const row = find(intent.key);
      if (!row) return state;
      // A new row left empty was not meant: drop it.
      const contacts =
        row.id === null && isBlank(row) ? state.contacts.filter((c) => c.key !== row.key) : state.contacts;
      return {
        ...state,
        contacts,
        editing: without(state.editing, row.key),
        focus: contacts.includes(row) ? `${formId}-${contactRowName(row.key)}` : `${formId}-contacts`,
      };
    }
    case 'contact-cancel': {
      const row = find(intent.key);
      if (!row) return state;
      const contacts =
        row.id === null
          ? state.contacts.filter((c) => c.key !== row.key)
          : state.contacts.map((c) => (c.key === row.key && c.original ? { ...c, ...c.original } : c));
      return {
        ...state,
        contacts,
        editing: without(state.editing, row.key),
        focus: row.id === null ? `${formId}-contacts` : `${formId}-${contactRowName(row.key)}`,
      };
    }
    case 'contact-remove': {
      const row = find(intent.key);
      if (!row) return state;
      const contacts =
        row.id === null
          ? state.contacts.filter((c) => c.key !== row.key)
          : state.contacts.map((c) =>
              c.key === row.key && c.original ? { ...c, ...c.original, removed: true } : c,
            );
      return {
        ...state,
        contacts,
        editing: without(state.editing, row.key),
        focus: row.id === null ? `${formId}-contacts` : `${formId}-${contactRowName(row.key)}`,
      };
    }
    case 'contact-restore':
      return {
        ...state,
        contacts: state.contacts.map((c) => (c.key === intent.key ? { ...c, removed: false } : c)),
        focus: `${formId}-${contactRowName(intent.key)}`,
      };
    case REMOVE_INTENT:
      return {
        ...state,
        attachments: state.attachments.filter((a) => a.id !== intent.id),
        focus: `${formId}-${FILES_FIELD}`,
      };
  }
}

/** Changes one field of a contact being edited (typing, with JavaScript). */
export function setContactField(
  state: ComposeState,
  key: string,
  field: ContactField | 'standard',
  value: string | boolean,
): ComposeState {
  return {
    ...state,
    focus: null,
    contacts: state.contacts.map((c) => {
      if (c.key !== key) return c;
      if (field === 'standard') return c.id === null ? { ...c, standard: value === true } : c;
      return { ...c, [field]: String(value) };
    }),
  };
}

/** Takes over the fields of the rows being edited, as posted (`get` reads one form field). */
export function readContactFields(state: ComposeState, get: (name: string) => string | null): ComposeState {
  return {
    ...state,
    contacts: state.contacts.map((c) => {
      if (!state.editing.includes(c.key)) return c;
      const next = { ...c };
      for (const field of CONTACT_FIELDS) {
        const value = get(contactFieldName(c.key, field));
        if (value !== null) next[field] = value;
      }
      if (c.id === null) next.standard = get(contactFieldName(c.key, 'standard')) !== null;
      return next;
    }),
  };
}

interface ThreadContactChanges {
  add?: Array<{
    firstName: string;
    lastName: string;
    email: string;
    phone: string | null;
    standard: boolean;
  }>;
  update?: Array<{ id: string; firstName: string; lastName: string; email: string; phone: string | null }>;
  remove?: string[];
}

export interface PlannedChanges {
  changes: ThreadContactChanges | null;
  /** Which row each entry of add / update / remove came from, to place the API's errors. */
  addKeys: string[];
  updateKeys: string[];
  removeKeys: string[];
}

const trimmed = (c: ContactValues) => ({
  firstName: c.firstName.trim(),
  lastName: c.lastName.trim(),
  email: c.email.trim(),
  phone: c.phone.trim() || null,
});

/** The Contactdetails changes to send with the message. */
export function plannedChanges(state: ComposeState): PlannedChanges {
  const planned: PlannedChanges = { changes: null, addKeys: [], updateKeys: [], removeKeys: [] };
  const add: NonNullable<ThreadContactChanges['add']> = [];
  const update: NonNullable<ThreadContactChanges['update']> = [];
  const remove: string[] = [];
  for (const c of state.contacts) {
    if (c.id === null) {
      if (isBlank(c)) continue;
      add.push({ ...trimmed(c), standard: c.standard });
      planned.addKeys.push(c.key);
    } else if (c.removed) {
      remove.push(c.id);
      planned.removeKeys.push(c.key);
    } else if (isEdited(c)) {
      update.push({ id: c.id, ...trimmed(c) });
      planned.updateKeys.push(c.key);
    }
  }
  if (add.length + update.length + remove.length > 0) {
    planned.changes = {
      ...(add.length > 0 ? { add } : {}),
      ...(update.length > 0 ? { update } : {}),
      ...(remove.length > 0 ? { remove } : {}),
    };
  }
  return planned;
}

/** The form field an API error is about: `contacts.add.1.email` → `contact-new-2-email`, and so on. */
function formFieldOf(apiField: string | null | undefined, planned: PlannedChanges): string | null {
  if (!apiField) return null;
  const field = apiField.startsWith('input.') ? apiField.slice(6) : apiField;
  if (isAttachmentsField(field)) return FILES_FIELD;
  if (field === 'clientKey' || field === 'teamId' || field === 'handlerId' || field === 'referenceNumber')
    return null;
  const match = /^contacts\.(add|update|remove)\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (match) {
    const [, kind, index, part] = match;
    const keys =
      kind === 'add' ? planned.addKeys : kind === 'update' ? planned.updateKeys : planned.removeKeys;
    const key = keys[Number(index)];
    if (!key) return 'contacts';
    const contactField = CONTACT_FIELDS.find((f) => f === part);
    return contactField ? contactFieldName(key, contactField) : contactRowName(key);
  }
  return field;
}

/** The API's errors placed on the form's fields; the rows they concern are opened for editing. */
export function placeErrors(
  errors: ReadonlyArray<FormError>,
  planned: PlannedChanges,
  state: ComposeState,
): { errors: FormError[]; state: ComposeState } {
  const placed = errors.map((e) => ({ ...e, field: formFieldOf(e.field, planned) }));
  const editing = new Set(state.editing);
  for (const e of placed) {
    const match = e.field ? /^contact-(.+)-(firstName|lastName|email|phone)$/.exec(e.field) : null;
    const row = match ? state.contacts.find((c) => c.key === match[1]) : undefined;
    if (row && !row.removed) editing.add(row.key);
  }
  return { errors: placed, state: { ...state, editing: [...editing], focus: null } };
}

/** What the compose action answers when it did not send: errors, warnings and the state to go on with. */
export interface ComposeResult extends FormResult {
  state: ComposeState;
  /** Personal data found in the title or text: sending asks for an acknowledgement first. */
  privacyWarnings: PrivacyWarningView[];
  /** A new message whose theme was chosen without JavaScript ('Thema kiezen'). */
  themeId?: string;
}
