// How a thread's contacts are read (Contactdetails), batched by thread: what the loaders and the sending
// service share. No context and no service, so loaders can import it.
import type { EntityManager } from 'typeorm';

/**
 * A contact as the Contactdetails panel shows it. For a standard contact `id` is the contact person's id;
 * for a one-off contact it is the thread contact's own id. Both are what `remove` and `update` take.
 */
export interface ThreadContactView {
  id: string;
  contactPersonId: string | null;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  standard: boolean;
  confirmed: boolean;
}

/** A thread contact as read from the database (a row, or an element of `CONTACTS_JSON`). */
export interface ThreadContactRecord {
  id: string;
  thread_id: string;
  contact_person_id: string | null;
  first_name: string;
  last_name: string;
  email: string;
  phone: string | null;
  status: string | null;
}

/** Standard contacts show their current details. */
const CONTACT_FIELDS = {
  id: 'tc.id',
  thread_id: 'tc.thread_id',
  contact_person_id: 'tc.contact_person_id',
  first_name: 'coalesce(cp.first_name, tc.first_name)',
  last_name: 'coalesce(cp.last_name, tc.last_name)',
  email: 'coalesce(cp.email, tc.email)',
  phone: 'coalesce(cp.phone, tc.phone)',
  status: 'cp.status',
} as const;
const CONTACT_FROM = 'thread_contact tc LEFT JOIN contact_person cp ON cp.id = tc.contact_person_id';
const CONTACT_ORDER =
  'lower(coalesce(cp.last_name, tc.last_name)), lower(coalesce(cp.first_name, tc.first_name)), tc.id';

/**
 * A subquery giving the contacts of the thread `threadColumn` as one JSON array (elements shaped as
 * `ThreadContactRecord`, in the panel's order): for reading them in the thread's own statement.
 */
export function contactsJson(threadColumn: string): string {
  const fields = Object.entries(CONTACT_FIELDS)
    .map(([name, sql]) => `'${name}', ${sql}`)
    .join(', ');
  return `(SELECT coalesce(json_agg(json_build_object(${fields}) ORDER BY ${CONTACT_ORDER}), '[]'::json)
             FROM ${CONTACT_FROM} WHERE tc.thread_id = ${threadColumn})`;
}

export function toContactView(r: ThreadContactRecord): ThreadContactView {
  return {
    id: r.contact_person_id ?? r.id,
    contactPersonId: r.contact_person_id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    phone: r.phone,
    standard: r.contact_person_id !== null,
    confirmed: r.contact_person_id === null || r.status === 'CONFIRMED',
  };
}

/** The current contacts of threads, batched. */
export async function contactsOfThreads(
  em: EntityManager,
  threadIds: readonly string[],
): Promise<ThreadContactView[][]> {
  const columns = Object.entries(CONTACT_FIELDS)
    .map(([name, sql]) => `${sql} AS ${name}`)
    .join(', ');
  const rows: ThreadContactRecord[] = await em.query(
    `SELECT ${columns} FROM ${CONTACT_FROM} WHERE tc.thread_id = ANY($1) ORDER BY ${CONTACT_ORDER}`,
    [threadIds],
  );
  return threadIds.map((threadId) => rows.filter((r) => r.thread_id === threadId).map(toContactView));
}
