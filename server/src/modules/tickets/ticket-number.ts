// Ticket numbers: `<prefix>-YYYY-NNNNNN` from a database sequence (never max()+1), the year in Brussels.
import type { EntityManager } from 'typeorm';

/** The next free ticket number, e.g. HD-2026-000042. */
export async function nextTicketNumber(em: EntityManager, prefix: string): Promise<string> {
  const rows: Array<{ number: string }> = await em.query(
    `SELECT $1 || '-' || to_char(now() AT TIME ZONE 'Europe/Brussels', 'YYYY') || '-'
            || lpad(nextval('ticket_number_seq')::text, 6, '0') AS number`,
    [prefix],
  );
  return (rows[0] as { number: string }).number;
}

/** Does `text` look like a ticket number (any prefix)? Then a search also matches it exactly. */
export const looksLikeTicketNumber = (text: string) => /^[A-Z]{1,6}-\d{4}-\d{1,9}$/i.test(text.trim());
