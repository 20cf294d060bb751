// Email intake, staff's side (issue 15): the mails that did not become an entry by themselves are listed
// by status, downloaded whole (staff only), replayed into a ticket (an unknown sender's mail given an
// organisation) or discarded with a reason; replay and discard are audited.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, type TestOrganisation, unique } from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import {
  HELPDESK,
  inboundByMessageId,
  MAIL_IN_ENV,
  messageId,
  sendInto,
  ticketRow,
} from '../utils/mail-in.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let port: number;
let staff: string;
let tenant: string;
let org: TestOrganisation;

const LIST = `query($status: InboundMailStatus!) {
  inboundMails(status: $status, first: 50) { edges { node { id status reason sender subject ticketNumber downloadPath } } }
}`;
const REPLAY = `mutation($input: ReplayInboundMailInput!) {
  replayInboundMail(input: $input) { errors { field code message } inboundMail { id status ticketId ticketNumber } }
}`;
const DISCARD = `mutation($input: DiscardInboundMailInput!) {
  discardInboundMail(input: $input) { errors { field code } inboundMail { id status reason } }
}`;

beforeAll(async () => {
  server = await startTestServer(MAIL_IN_ENV);
  port = server.mailInPort ?? 0;
  [staff, tenant] = await Promise.all([
    login(server.graphqlUrl, 'bart.desmet@zorg.example'),
    login(server.graphqlUrl, 'beheerder@delinde.example'),
  ]);
  org = await createOrganisation(server);
});

/** A mail of the demo ADMIN with a program attached: quarantined. */
async function quarantinedMail(subject: string) {
  const id = messageId('q');
  await sendInto(port, {
    from: 'beheerder@delinde.example',
    to: HELPDESK,
    subject,
    text: 'Zie bijlage',
    messageId: id,
    attachments: [{ filename: 'tool.exe', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]) }],
  });
  const [row] = await inboundByMessageId(server.dbUrl, id);
  expect(row?.status).toBe('QUARANTINED');
  return { id: row?.id ?? '', messageId: id };
}

const auditOf = (id: string) =>
  ownerQuery<{ action: string; changes: Array<{ field: string; new: string }> }>(
    server.dbUrl,
    'SELECT action, changes FROM audit_event WHERE entity_id = $1 ORDER BY created_at',
    [id],
  );

describe('quarantine', () => {
  it('lists quarantined mail for staff, refuses tenants', async () => {
    const mail = await quarantinedMail(`Lijst ${unique()}`);
    const listed = await gql(server.graphqlUrl, LIST, { status: 'QUARANTINED' }, { token: staff });
    const node = listed.data?.inboundMails.edges.find(
      (e: { node: { id: string } }) => e.node.id === mail.id,
    )?.node;
    expect(node).toMatchObject({
      status: 'QUARANTINED',
      sender: 'beheerder@delinde.example',
      downloadPath: `/inbound-mails/${mail.id}/raw`,
    });
    expect(node.reason).toContain('tool.exe');
    const refused = await gql(server.graphqlUrl, LIST, { status: 'QUARANTINED' }, { token: tenant });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('lets staff download the mail whole; a tenant is told it does not exist', async () => {
    const mail = await quarantinedMail('Download');
    const asStaff = await fetch(`${server.url}/inbound-mails/${mail.id}/raw`, {
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(asStaff.status).toBe(200);
    expect(asStaff.headers.get('content-type')).toBe('message/rfc822');
    const raw = await asStaff.text();
    expect(raw).toContain(`Message-ID: ${mail.messageId}`);
    expect(raw).toContain('filename=tool.exe');
    const asTenant = await fetch(`${server.url}/inbound-mails/${mail.id}/raw`, {
      headers: { authorization: `Bearer ${tenant}` },
    });
    expect(asTenant.status).toBe(404);
  });

  it('replays a quarantined mail into a ticket of the sender’s organisation (audited), once', async () => {
    const mail = await quarantinedMail('Toch een ticket');
    const replayed = await gql(server.graphqlUrl, REPLAY, { input: { id: mail.id } }, { token: staff });
    expect(replayed.data?.replayInboundMail.errors).toEqual([]);
    const result = replayed.data?.replayInboundMail.inboundMail;
    expect(result.status).toBe('TICKET');
    const ticket = await ticketRow(server.dbUrl, result.ticketId);
    expect(ticket).toMatchObject({
      subject: 'Toch een ticket',
      requester_email: 'beheerder@delinde.example',
    });
    expect((await auditOf(mail.id)).map((a) => a.action)).toEqual(['inbound-mail.replayed']);
    const again = await gql(server.graphqlUrl, REPLAY, { input: { id: mail.id } }, { token: staff });
    expect(again.data?.replayInboundMail.errors.map((e: { code: string }) => e.code)).toEqual([
      'INBOUND_MAIL_HANDLED',
    ]);
  });

  it('discards a held mail with a reason (audited), and not twice', async () => {
    const mail = await quarantinedMail('Weg ermee');
    const empty = await gql(
      server.graphqlUrl,
      DISCARD,
      { input: { id: mail.id, reason: ' ' } },
      { token: staff },
    );
    expect(empty.data?.discardInboundMail.errors).toEqual([{ field: 'reason', code: 'REQUIRED' }]);
    const discarded = await gql(
      server.graphqlUrl,
      DISCARD,
      { input: { id: mail.id, reason: 'Spam' } },
      { token: staff },
    );
    expect(discarded.data?.discardInboundMail.inboundMail.status).toBe('DISCARDED');
    const [audit] = await auditOf(mail.id);
    expect(audit?.action).toBe('inbound-mail.discarded');
    expect(audit?.changes).toContainEqual(expect.objectContaining({ field: 'reason', new: 'Spam' }));
    const again = await gql(
      server.graphqlUrl,
      DISCARD,
      { input: { id: mail.id, reason: 'Spam' } },
      { token: staff },
    );
    expect(again.data?.discardInboundMail.errors.map((e: { code: string }) => e.code)).toEqual([
      'INBOUND_MAIL_HANDLED',
    ]);
  });
});

describe('Te koppelen (unknown senders)', () => {
  it('needs an organisation to replay, then makes a ticket of it with the address as requester', async () => {
    const address = `nieuw-${unique()}@elders.example`;
    const id = messageId('link');
    await sendInto(port, {
      from: address,
      to: HELPDESK,
      subject: 'Wie koppelt mij',
      text: 'Hallo',
      messageId: id,
    });
    const [row] = await inboundByMessageId(server.dbUrl, id);
    expect(row?.status).toBe('TO_LINK');
    const without = await gql(server.graphqlUrl, REPLAY, { input: { id: row?.id } }, { token: staff });
    expect(without.data?.replayInboundMail.errors).toMatchObject([
      { field: 'organisationId', code: 'INBOUND_MAIL_ORGANISATION_REQUIRED' },
    ]);
    const linked = await gql(
      server.graphqlUrl,
      REPLAY,
      { input: { id: row?.id, organisationId: org.id } },
      { token: staff },
    );
    expect(linked.data?.replayInboundMail.errors).toEqual([]);
    const ticket = await ticketRow(server.dbUrl, linked.data?.replayInboundMail.inboundMail.ticketId);
    expect(ticket).toMatchObject({ organisation_id: org.id, requester_id: null, requester_email: address });
  });

  it('refuses another organisation for a known sender', async () => {
    const mail = await quarantinedMail('Verkeerde voorziening');
    const wrong = await gql(
      server.graphqlUrl,
      REPLAY,
      { input: { id: mail.id, organisationId: org.id } },
      { token: staff },
    );
    expect(wrong.data?.replayInboundMail.errors).toMatchObject([
      { field: 'organisationId', code: 'INBOUND_MAIL_ORGANISATION_MISMATCH' },
    ]);
  });
});

describe('privacy incident: removing an attachment', () => {
  it('erases the file and the raw mail it came with, shows the reason on the timeline, and audits who and why', async () => {
    const id = messageId('remove');
    await sendInto(port, {
      from: 'beheerder@delinde.example',
      to: HELPDESK,
      subject: 'Lijst met rijksregisternummers',
      text: 'Zie bijlage',
      messageId: id,
      attachments: [
        {
          filename: 'bewoners.pdf',
          content: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(500, 1)]),
        },
      ],
    });
    const [inbound] = await inboundByMessageId(server.dbUrl, id);
    const [file] = await ownerQuery<{ id: string; storage_key: string }>(
      server.dbUrl,
      `SELECT a.id, a.storage_key FROM attachment a JOIN ticket_entry e ON e.id = a.ticket_entry_id WHERE e.ticket_id = $1`,
      [inbound?.ticket_id],
    );
    const stored = (key: string) => path.join(server.app.config.dataDir, 'files', key);
    await access(stored(file?.storage_key ?? ''));
    await access(stored(inbound?.storage_key ?? ''));

    const removed = await gql(
      server.graphqlUrl,
      `mutation($id: ID!, $reason: String!) { removeTicketAttachment(attachmentId: $id, reason: $reason) {
        errors { code } ticket { id } } }`,
      { id: file?.id, reason: 'Bevat rijksregisternummers' },
      { token: staff },
    );
    expect(removed.data?.removeTicketAttachment.errors).toEqual([]);
    await expect(access(stored(file?.storage_key ?? ''))).rejects.toThrow();
    await expect(access(stored(inbound?.storage_key ?? ''))).rejects.toThrow();
    expect(await ownerQuery(server.dbUrl, 'SELECT 1 FROM attachment WHERE id = $1', [file?.id])).toEqual([]);
    const raw = await fetch(`${server.url}/inbound-mails/${inbound?.id}/raw`, {
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(raw.status).toBe(404);

    // The customer sees the removal and why.
    const read = await gql(
      server.graphqlUrl,
      'query($id: ID!) { ticket(id: $id) { entries { kind event { type fileName reason } attachments { id } } } }',
      { id: inbound?.ticket_id },
      { token: tenant },
    );
    const entries = read.data?.ticket.entries as Array<{
      event: { type: string } | null;
      attachments: unknown[];
    }>;
    expect(entries.map((e) => e.event)).toContainEqual({
      type: 'ATTACHMENT_REMOVED',
      fileName: 'bewoners.pdf',
      reason: 'Bevat rijksregisternummers',
    });
    expect(entries.flatMap((e) => e.attachments)).toEqual([]);
    const audit = await ownerQuery<{ actor_user_id: string; changes: Array<{ field: string; new: string }> }>(
      server.dbUrl,
      `SELECT actor_user_id, changes FROM audit_event WHERE action = 'ticket.attachment-removed' AND entity_id = $1`,
      [inbound?.ticket_id],
    );
    expect(audit[0]?.actor_user_id).toBeTruthy();
    expect(audit[0]?.changes).toContainEqual(
      expect.objectContaining({ field: 'reason', new: 'Bevat rijksregisternummers' }),
    );
  });

  it('refuses tenants', async () => {
    const refused = await gql(
      server.graphqlUrl,
      'mutation { removeTicketAttachment(attachmentId: "00000000-0000-4000-8000-000000000001", reason: "x") { errors { code } } }',
      {},
      { token: tenant },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});
