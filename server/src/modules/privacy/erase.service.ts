// Erasing a person (decision 0029): names, address and phone are replaced, what they wrote stays under
// 'verwijderde gebruiker', their sessions end and the erasure is audited. Refused, with the reason, while
// legal retention applies: a legal hold on the person or on one of their tickets or threads, or open tickets.
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { failed, notFound, ok, type Result } from '../../domain/errors.js';
import { isUuid } from '../../domain/validate.js';
import { endSessionsOfUser } from '../accounts/session.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { type PersonKind, requireDepartmentAdmin } from './privacy-access.js';

/** The name an erased person is left with (first and last name: "Verwijderde gebruiker"). */
const ERASED_FIRST_NAME = 'Verwijderde';
const ERASED_LAST_NAME = 'gebruiker';

/** An address that can never receive mail (.invalid, RFC 2606) and stays unique per person. */
const erasedEmail = (id: string) => `erased-${id}@erased.invalid`;

interface PersonRow {
  id: string;
  organisation_id: string | null;
  email: string;
  legal_hold: boolean;
  erased_at: Date | null;
}

async function lockPerson(em: EntityManager, kind: PersonKind, id: string): Promise<PersonRow> {
  if (!isUuid(id)) throw notFound('person');
  const table = kind === 'USER' ? 'app_user' : 'contact_person';
  const [row] = await queryRows<PersonRow>(
    em,
    `SELECT id, organisation_id, email, legal_hold, erased_at FROM ${table} WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw notFound('person');
  return row;
}

/** Tickets that still run for this person, and their tickets and threads on legal hold. */
async function retention(em: EntityManager, kind: PersonKind, person: PersonRow) {
  const [row] = await queryRows<{ open: number; held: number }>(
    em,
    `WITH theirs AS (
       SELECT status, legal_hold FROM ticket
        WHERE (requester_id = $1 OR (lower(requester_email) = lower($2)
               AND ($3::uuid IS NULL OR organisation_id = $3)))
     )
     SELECT (SELECT count(*) FROM theirs WHERE status NOT IN ('RESOLVED', 'CLOSED'))::int AS open,
            ((SELECT count(*) FROM theirs WHERE legal_hold)
             + (SELECT count(DISTINCT t.id) FROM message_thread t JOIN message m ON m.thread_id = t.id
                 WHERE t.legal_hold AND m.author_id = $1))::int AS held`,
    [person.id, person.email, kind === 'CONTACT' ? person.organisation_id : null],
  );
  return row ?? { open: 0, held: 0 };
}

/** Anonymises a user or contact person; the errors say why it may not be done yet. */
export async function erasePerson(ctx: Ctx, kind: PersonKind, id: string): Promise<Result<true>> {
  const viewer = requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  const person = await lockPerson(em, kind, id);
  if (person.erased_at) return failed([{ field: null, code: 'ERASE_ALREADY_ERASED' }]);
  if (kind === 'USER' && person.id === viewer.userId)
    return failed([{ field: null, code: 'ERASE_OWN_ACCOUNT' }]);
  if (person.legal_hold) return failed([{ field: null, code: 'ERASE_LEGAL_HOLD' }]);
  const { open, held } = await retention(em, kind, person);
  if (held > 0) return failed([{ field: null, code: 'ERASE_HELD_RECORDS', params: { count: held } }]);
  if (open > 0) return failed([{ field: null, code: 'ERASE_OPEN_TICKETS', params: { count: open } }]);

  const replacement = erasedEmail(person.id);
  const orgFilter = kind === 'CONTACT' ? person.organisation_id : null;
  await em.query(
    `UPDATE ticket SET requester_email = $3
      WHERE requester_id = $1 OR (lower(requester_email) = lower($2) AND ($4::uuid IS NULL OR organisation_id = $4))`,
    [person.id, person.email, replacement, orgFilter],
  );
  // One-off contacts of threads with this address (a contact person's own links go with its themes below).
  await em.query(
    `UPDATE thread_contact SET first_name = $3, last_name = $4, email = $5, phone = NULL
      WHERE lower(email) = lower($1) AND ($2::uuid IS NULL OR organisation_id = $2)`,
    [person.email, orgFilter, ERASED_FIRST_NAME, ERASED_LAST_NAME, replacement],
  );
  if (kind === 'USER') {
    await em.query(
      `UPDATE app_user SET first_name = $2, last_name = $3, email = $4, phone = NULL, password_hash = NULL,
              status = 'DISABLED', erased_at = now(), updated_at = now()
        WHERE id = $1`,
      [person.id, ERASED_FIRST_NAME, ERASED_LAST_NAME, replacement],
    );
    await em.query('UPDATE message SET sender_label = $2 WHERE author_id = $1', [
      person.id,
      `${ERASED_FIRST_NAME} ${ERASED_LAST_NAME}`,
    ]);
    await em.query('DELETE FROM user_token WHERE user_id = $1', [person.id]);
    await endSessionsOfUser(em, ctx.app, person.id);
  } else {
    // No longer anyone's contact: the organisation is asked (Mijn taken) to name another one.
    await em.query('DELETE FROM thread_contact WHERE contact_person_id = $1', [person.id]);
    await em.query('DELETE FROM contact_person_theme WHERE contact_person_id = $1', [person.id]);
    await em.query(
      `UPDATE contact_person SET first_name = $2, last_name = $3, email = $4, phone = NULL, erased_at = now(),
              updated_at = now()
        WHERE id = $1`,
      [person.id, ERASED_FIRST_NAME, ERASED_LAST_NAME, replacement],
    );
  }
  await recordAudit(em, {
    organisationId: person.organisation_id,
    actorUserId: viewer.userId,
    action: 'person.erased',
    entityType: kind === 'USER' ? 'app_user' : 'contact_person',
    entityId: person.id,
  });
  return ok(true);
}
