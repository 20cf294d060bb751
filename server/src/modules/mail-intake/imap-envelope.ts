// What SMTP's envelope would have told, read from a mail in an IMAP mailbox (decision 0032): the sender
// from Return-Path (`<>` is a bounce), the recipients from Delivered-To, X-Original-To, Envelope-To, To and
// Cc — those the intake takes mail for, or else the address of the mailbox's configured queue.
import type { ImapConfig, MailInConfig } from '../../config.js';
import type { ReceivedMail } from './intake.service.js';
import { queueOfRecipient } from './intake-address.js';

const RECIPIENT_HEADERS = ['delivered-to', 'x-original-to', 'envelope-to', 'to', 'cc'];

/** The header fields of `raw` (unfolded), by lower-case name, each in the order they appear. */
function headerFields(raw: Buffer): Map<string, string[]> {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const head = (end >= 0 ? text.slice(0, end) : text).replace(/\r?\n[ \t]+/g, ' ');
  const fields = new Map<string, string[]>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return fields;
}

const ADDRESS = /[^\s<>,;:"()[\]]+@[^\s<>,;:"()[\]]+/g;

const addressesIn = (values: readonly string[]): string[] =>
  values.flatMap((v) => v.match(ADDRESS) ?? []).map((a) => a.toLowerCase());

/** The envelope of a mail read from the mailbox, for `receiveMail`. */
export function imapEnvelope(
  mailIn: MailInConfig,
  imap: Pick<ImapConfig, 'queue'>,
  raw: Buffer,
): ReceivedMail {
  const fields = headerFields(raw);
  // The delivering server's MAIL FROM; `<>` marks a bounce. Without one, the From address stands in.
  const returnPath = fields.get('return-path')?.[0];
  const envelopeFrom =
    returnPath !== undefined
      ? (addressesIn([returnPath])[0] ?? '')
      : (addressesIn(fields.get('from') ?? [])[0] ?? 'unknown');
  const recipients = [
    ...new Set(
      RECIPIENT_HEADERS.flatMap((name) => addressesIn(fields.get(name) ?? [])).filter(
        (a) => queueOfRecipient(mailIn, a) !== null,
      ),
    ),
  ];
  if (recipients.length === 0)
    recipients.push(imap.queue === 'UPDATES' ? mailIn.updatesAddress : mailIn.helpdeskAddress);
  return { raw, envelopeFrom, recipients };
}
