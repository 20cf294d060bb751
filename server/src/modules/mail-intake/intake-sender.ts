// Who sent a mail, by its From address: an active user of an organisation (their organisation, they are
// the requester), else the contact person of exactly one organisation (that organisation, the address is
// the requester), else unknown (staff link it to an organisation; an address that is a contact of several
// organisations is unknown too: guessing would misfile).
import type { EntityManager } from 'typeorm';

export type Sender =
  | { kind: 'user'; address: string; userId: string; organisationId: string; language: 'nl' | 'en' }
  | { kind: 'contact'; address: string; organisationId: string; language: 'nl' | 'en' }
  | { kind: 'unknown'; address: string };

export async function identifySender(em: EntityManager, address: string): Promise<Sender> {
  const users: Array<{ id: string; organisation_id: string; language: 'nl' | 'en' }> = await em.query(
    `SELECT id, organisation_id, language FROM app_user
      WHERE lower(email) = $1 AND status = 'ACTIVE' AND organisation_id IS NOT NULL`,
    [address],
  );
  const user = users[0];
  if (users.length === 1 && user)
    return {
      kind: 'user',
      address,
      userId: user.id,
      organisationId: user.organisation_id,
      language: user.language,
    };
  const contacts: Array<{ organisation_id: string; language: 'nl' | 'en' }> = await em.query(
    `SELECT DISTINCT ON (organisation_id) organisation_id, language FROM contact_person WHERE lower(email) = $1`,
    [address],
  );
  const contact = contacts[0];
  if (contacts.length === 1 && contact)
    return { kind: 'contact', address, organisationId: contact.organisation_id, language: contact.language };
  return { kind: 'unknown', address };
}

/** The sender's organisation, when Loket knows it. */
export const organisationOf = (sender: Sender): string | null =>
  sender.kind === 'unknown' ? null : sender.organisationId;
