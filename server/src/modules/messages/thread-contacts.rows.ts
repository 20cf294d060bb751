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

/** The current contacts of threads, batched (standard contacts show their current details). */
export async function contactsOfThreads(
  em: EntityManager,
  threadIds: readonly string[],
): Promise<ThreadContactView[][]> {
  const rows: Array<{
    id: string;
    thread_id: string;
    contact_person_id: string | null;
    first_name: string;
    last_name: string;
    email: string;
    phone: string | null;
    status: string | null;
  }> = await em.query(
    `SELECT tc.id, tc.thread_id, tc.contact_person_id,
            coalesce(cp.first_name, tc.first_name) AS first_name, coalesce(cp.last_name, tc.last_name) AS last_name,
            coalesce(cp.email, tc.email) AS email, coalesce(cp.phone, tc.phone) AS phone, cp.status
       FROM thread_contact tc LEFT JOIN contact_person cp ON cp.id = tc.contact_person_id
      WHERE tc.thread_id = ANY($1)
      ORDER BY lower(coalesce(cp.last_name, tc.last_name)), lower(coalesce(cp.first_name, tc.first_name)), tc.id`,
    [threadIds],
  );
  return threadIds.map((threadId) =>
    rows
      .filter((r) => r.thread_id === threadId)
      .map((r) => ({
        id: r.contact_person_id ?? r.id,
        contactPersonId: r.contact_person_id,
        firstName: r.first_name,
        lastName: r.last_name,
        email: r.email,
        phone: r.phone,
        standard: r.contact_person_id !== null,
        confirmed: r.contact_person_id === null || r.status === 'CONFIRMED',
      })),
  );
}
