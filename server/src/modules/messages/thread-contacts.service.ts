// The contacts of a thread (Contactdetails): who of the organisation is mailed when the department
// answers. A new thread starts with the theme's confirmed contacts; the sender may add a contact for this
// thread only or as a standard contact of the theme, edit one, or remove one from this thread only. The
// changes are checked first (every error at once, nothing saved) and applied in the sending transaction.
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../context.js';
import type { FieldError, Result } from '../../domain/errors.js';
import { failed, ok } from '../../domain/errors.js';
import { hasRole } from '../../domain/viewer.js';
import {
  confirmedContactsForTheme,
  createContactPerson,
  updateContactPerson,
  type ValidContactInput,
  validateContactInputs,
} from '../contacts/contact-person.service.js';
import { ThreadContactEntity } from './message.entity.js';
import type { ThreadContactView } from './thread-contacts.rows.js';

interface NewThreadContact {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  /** true: also a standard contact of the theme (added to the organisation's contacts, confirmation mailed). */
  standard: boolean;
}

interface ThreadContactUpdate {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
}

export interface ThreadContactChanges {
  add?: NewThreadContact[] | null;
  update?: ThreadContactUpdate[] | null;
  remove?: string[] | null;
}

/** What to write once the thread exists. */
export interface ContactPlan {
  keep: ThreadContactView[];
  removed: ThreadContactView[];
  standardUpdates: Array<{ id: string; input: ValidContactInput }>;
  oneOffUpdates: Array<{ id: string; input: ValidContactInput }>;
  addStandard: ValidContactInput[];
  addOneOff: ValidContactInput[];
}

/** The contacts a new message on `themeId` starts with: the theme's confirmed contacts. */
export async function draftThreadContacts(
  ctx: Ctx,
  organisationId: string,
  themeId: string,
): Promise<ThreadContactView[]> {
  const contacts = await confirmedContactsForTheme(ctx, organisationId, themeId);
  return contacts.map((c) => ({
    id: c.id,
    contactPersonId: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    standard: true,
    confirmed: c.status === 'CONFIRMED',
  }));
}

/**
 * Checks `changes` against the thread's `current` contacts and reports every problem at once, on fields
 * `contacts.add.N.*`, `contacts.update.N.*`, `contacts.remove.N` and `contacts` (no contact left). Saves
 * nothing, but holds the checked addresses locked until the transaction ends.
 */
export async function planContactChanges(
  ctx: Ctx,
  organisationId: string,
  themeId: string,
  current: ThreadContactView[],
  changes: ThreadContactChanges | null | undefined,
): Promise<Result<ContactPlan>> {
  const errors: FieldError[] = [];
  const byId = new Map(current.map((c) => [c.id, c]));
  const removeIds = changes?.remove ?? [];
  removeIds.forEach((id, i) => {
    if (!byId.has(id)) errors.push({ field: `contacts.remove.${i}`, code: 'CONTACT_NOT_IN_THREAD' });
  });
  const removed = current.filter((c) => removeIds.includes(c.id));
  const keep = current.filter((c) => !removeIds.includes(c.id));

  const updates = changes?.update ?? [];
  const standardUpdates: ContactPlan['standardUpdates'] = [];
  const oneOffUpdates: ContactPlan['oneOffUpdates'] = [];
  for (const [i, update] of updates.entries()) {
    const target = byId.get(update.id);
    if (!target || removeIds.includes(update.id)) {
      errors.push({ field: `contacts.update.${i}.id`, code: 'CONTACT_NOT_IN_THREAD' });
      continue;
    }
    if (target.standard && !hasRole(ctx.viewer, 'ADMIN')) {
      errors.push({ field: `contacts.update.${i}`, code: 'CONTACT_EDIT_ADMIN_ONLY' });
      continue;
    }
    // Standard contacts keep their themes; a one-off is checked as if for this theme (for its address).
    const themeIds = target.standard ? await ctx.loaders.contactThemeIds.load(target.id) : [themeId];
    const checked = await validateContactInputs(ctx, organisationId, [{ ...update, themeIds }], {
      fieldPrefix: 'contacts.update',
      contactIds: [target.contactPersonId],
    });
    if (!checked.ok) {
      errors.push(
        ...checked.errors.map((e) => ({
          ...e,
          field: e.field?.replace('contacts.update.0', `contacts.update.${i}`) ?? null,
        })),
      );
      continue;
    }
    const [input] = checked.value;
    if (input) (target.standard ? standardUpdates : oneOffUpdates).push({ id: target.id, input });
  }

  const adds = changes?.add ?? [];
  const checkedAdds = await validateContactInputs(
    ctx,
    organisationId,
    adds.map((a) => ({ ...a, themeIds: [themeId] })),
    { fieldPrefix: 'contacts.add' },
  );
  if (!checkedAdds.ok) errors.push(...checkedAdds.errors);
  const keptEmails = new Set(keep.map((c) => c.email.toLowerCase()));
  adds.forEach((a, i) => {
    if (keptEmails.has(a.email.trim().toLowerCase()))
      errors.push({ field: `contacts.add.${i}.email`, code: 'CONTACT_ALREADY_IN_THREAD' });
  });

  if (keep.length + adds.length === 0) errors.push({ field: 'contacts', code: 'CONTACT_REQUIRED' });
  if (errors.length > 0 || !checkedAdds.ok) return failed(errors);
  const valid = checkedAdds.value;
  return ok({
    keep,
    removed,
    standardUpdates,
    oneOffUpdates,
    addStandard: valid.filter((_, i) => adds[i]?.standard),
    addOneOff: valid.filter((_, i) => !adds[i]?.standard),
  });
}

/** Writes a checked plan for `threadId` in the sending transaction. */
export async function applyContactPlan(
  ctx: Ctx,
  organisationId: string,
  threadId: string,
  plan: ContactPlan,
  { newThread }: { newThread: boolean },
): Promise<void> {
  const em = await ctx.tx.manager();
  const insert = (row: Partial<ThreadContactEntity>) =>
    em.insert(ThreadContactEntity, { id: randomUUID(), organisationId, threadId, ...row });

  if (newThread) {
    for (const c of plan.keep) {
      if (c.contactPersonId) await insert({ contactPersonId: c.contactPersonId });
    }
  } else if (plan.removed.length > 0) {
    await em.query(
      'DELETE FROM thread_contact WHERE thread_id = $1 AND (contact_person_id = ANY($2) OR id = ANY($2))',
      [threadId, plan.removed.map((c) => c.id)],
    );
  }
  for (const { id, input } of plan.standardUpdates) {
    const themeIds = input.themeIds;
    const result = await updateContactPerson(ctx, { id, ...input, themeIds });
    if (!result.ok) throw new Error('a checked contact update failed');
  }
  for (const { id, input } of plan.oneOffUpdates) {
    await em.update(
      ThreadContactEntity,
      { id, threadId },
      { firstName: input.firstName, lastName: input.lastName, email: input.email, phone: input.phone },
    );
  }
  for (const input of plan.addStandard) {
    const contact = await createContactPerson(ctx, organisationId, input, { via: 'message' });
    await insert({ contactPersonId: contact.id });
  }
  for (const input of plan.addOneOff) {
    await insert({
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      phone: input.phone,
    });
  }
}
