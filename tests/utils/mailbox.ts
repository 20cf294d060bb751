// Reading the mail outbox of a test database (as its owner): what the platform queued to send.
import pg from 'pg';

export interface OutboxMail {
  id: string;
  recipient: string;
  template: string;
  subject: string;
  text_body: string;
  html_body: string;
  language: string;
  status: string;
  message_id: string;
  organisation_id: string | null;
  created_at: Date;
}

export async function outbox(dbUrl: string, recipient?: string): Promise<OutboxMail[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const result = await client.query<OutboxMail>(
      `SELECT * FROM outbound_mail WHERE $1::text IS NULL OR lower(recipient) = lower($1) ORDER BY created_at, id`,
      [recipient ?? null],
    );
    return result.rows;
  } finally {
    await client.end();
  }
}

/** The first link in a mail's text that starts with `prefix` (e.g. http://loket.test/reset-password). */
export function linkIn(mail: OutboxMail, prefix: string): string {
  const match = mail.text_body.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\S*`));
  if (!match) throw new Error(`no link starting with ${prefix} in mail "${mail.subject}"`);
  return match[0];
}

export function tokenOf(link: string): string {
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/** Runs SQL as the database owner (tests use it to arrange state, e.g. expire a token). */
export async function ownerQuery<T extends pg.QueryResultRow = any>(
  dbUrl: string,
  sql: string,
  params: unknown[] = [],
) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
