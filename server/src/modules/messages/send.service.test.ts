// The sending rules, called on the service with a real context on a real database: a contact before
// sending, one message per client key, routing to the theme's team or a chosen handler, reference numbers
// from the sequence, attachment limits, privacy warnings, and one-off versus standard thread contacts.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, type TestOrganisation, unique } from '../../../../tests/utils/factories.js';
import { outbox, ownerQuery } from '../../../../tests/utils/mailbox.js';
import { inOperation, organisationViewer, staffViewer } from '../../../../tests/utils/operation.js';
import { startTestServer, type TestServer } from '../../../../tests/utils/server.js';
import type { UserViewer } from '../../domain/viewer.js';
import { DEMO_THEMES } from '../../seed/demo.js';
import { replyToThread, type SendMessageInput, type SendResult, sendMessage } from './send.service.js';

const ERK = DEMO_THEMES.find((t) => t.code === 'ERK') as (typeof DEMO_THEMES)[number];
const TEAM_ERKENNING = ERK.teamId;
const TEAM_SUBSIDIES = DEMO_THEMES.find((t) => t.code === 'SUB')?.teamId as string;
const AN_PEETERS = '00000000-0000-4000-8000-000000000501'; // AGENT in Team Erkenning
const MAX_FILES = 3;

let server: TestServer;
let organisation: TestOrganisation;
let member: UserViewer & { organisationId: string };

beforeAll(async () => {
  server = await startTestServer({ UPLOAD_MAX_FILES: String(MAX_FILES) });
  organisation = await createOrganisation(server, { themes: ['ERK', 'SUB'] });
  member = await organisationViewer(server, organisation, ['MEMBER']);
});

const oneOff = () => ({
  firstName: 'Eenmalig',
  lastName: 'Contact',
  email: `eenmalig-${unique()}@test.example`,
  standard: false,
});

const message = (overrides: Partial<SendMessageInput> = {}): SendMessageInput => ({
  clientKey: randomUUID(),
  themeId: ERK.id,
  title: 'Vraag over de erkenning',
  body: 'Wanneer wordt ons dossier behandeld?',
  contacts: { add: [oneOff()] },
  ...overrides,
});

const send = (input: SendMessageInput, viewer: UserViewer = member) =>
  inOperation(server.app, viewer, (ctx) => sendMessage(ctx, input));

function sentMessage(result: SendResult) {
  if (!result.ok) throw new Error(`not sent: ${JSON.stringify(result)}`);
  return result.value;
}

async function threadOf(referenceNumber: string) {
  const [row] = await ownerQuery(
    server.dbUrl,
    'SELECT id, team_id, assigned_handler_id FROM message_thread WHERE reference_number = $1',
    [referenceNumber],
  );
  return row as { id: string; team_id: string; assigned_handler_id: string | null };
}

const threadCount = async () =>
  (
    await ownerQuery(
      server.dbUrl,
      'SELECT count(*)::int AS n FROM message_thread WHERE organisation_id = $1',
      [organisation.id],
    )
  )[0].n as number;

const mailsAbout = async (recipient: string, referenceNumber: string) =>
  (await outbox(server.dbUrl, recipient))
    .filter((m) => m.text_body.includes(referenceNumber))
    .map((m) => m.template);

describe('sendMessage', () => {
  it('needs at least one contact: the theme has none confirmed and none is added', async () => {
    const before = await threadCount();
    const result = await send(message({ contacts: null }));
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'contacts', code: 'CONTACT_REQUIRED' }],
      privacyWarnings: [],
    });
    expect(await threadCount()).toBe(before);
  });

  it('sends once per client key: a retry returns the first message', async () => {
    const input = message();
    const first = sentMessage(await send(input));
    const retry = sentMessage(await send({ ...input, body: 'Tweede poging' }));
    expect(retry.message.id).toBe(first.message.id);
    const rows = await ownerQuery(
      server.dbUrl,
      'SELECT body FROM message WHERE author_id = $1 AND client_key = $2',
      [member.userId, input.clientKey],
    );
    expect(rows).toEqual([{ body: input.body }]);
  });

  it('numbers threads from the sequence: DZ-year-counter, one more each time', async () => {
    const first = sentMessage(await send(message())).message.referenceNumber;
    const second = sentMessage(await send(message())).message.referenceNumber;
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(
      new Date(),
    );
    expect(first).toMatch(new RegExp(`^DZ-${year}-\\d{6}$`));
    const counter = (ref: string) => Number(ref.split('-')[2]);
    expect(counter(second)).toBe(counter(first) + 1);
  });

  it('routes to the theme’s team by default and mails the team’s address', async () => {
    const { message: sent, recipient } = sentMessage(await send(message()));
    expect(recipient).toMatchObject({ kind: 'TEAM', teamId: TEAM_ERKENNING, handlerId: null });
    expect(await threadOf(sent.referenceNumber)).toMatchObject({
      team_id: TEAM_ERKENNING,
      assigned_handler_id: null,
    });
    expect(await mailsAbout('erkenning@zorg.example', sent.referenceNumber)).toEqual([
      'message-for-department',
    ]);
  });

  it('routes to a chosen team', async () => {
    const { message: sent } = sentMessage(await send(message({ teamId: TEAM_SUBSIDIES })));
    expect(await threadOf(sent.referenceNumber)).toMatchObject({ team_id: TEAM_SUBSIDIES });
    expect(await mailsAbout('subsidies@zorg.example', sent.referenceNumber)).toEqual([
      'message-for-department',
    ]);
    expect(await mailsAbout('erkenning@zorg.example', sent.referenceNumber)).toEqual([]);
  });

  it('routes to a chosen handler in the theme’s team and mails only that handler', async () => {
    const { message: sent, recipient } = sentMessage(await send(message({ handlerId: AN_PEETERS })));
    expect(recipient).toMatchObject({ kind: 'HANDLER', teamId: TEAM_ERKENNING, handlerId: AN_PEETERS });
    expect(await threadOf(sent.referenceNumber)).toMatchObject({
      team_id: TEAM_ERKENNING,
      assigned_handler_id: AN_PEETERS,
    });
    expect(await mailsAbout('an.peeters@zorg.example', sent.referenceNumber)).toEqual([
      'message-for-department',
    ]);
    expect(await mailsAbout('erkenning@zorg.example', sent.referenceNumber)).toEqual([]);
  });

  it('refuses a handler who is not department staff, an unknown team and a theme of another organisation', async () => {
    const before = await threadCount();
    const byUser = await send(message({ handlerId: member.userId }));
    const byTeam = await send(message({ teamId: randomUUID() }));
    const otherTheme = await send(
      message({ themeId: DEMO_THEMES.find((t) => t.code === 'INF')?.id as string }),
    );
    expect([byUser, byTeam, otherTheme].map((r) => (r.ok ? [] : r.errors))).toEqual([
      [{ field: 'handlerId', code: 'HANDLER_NOT_FOUND' }],
      [{ field: 'teamId', code: 'TEAM_NOT_FOUND' }],
      [{ field: 'themeId', code: 'THEME_NOT_OF_ORGANISATION' }],
    ]);
    expect(await threadCount()).toBe(before);
  });

  it('reports every error at once and saves nothing', async () => {
    const before = await threadCount();
    const result = await send(
      message({
        title: '',
        body: ' ',
        teamId: randomUUID(),
        contacts: { add: [{ ...oneOff(), email: 'geen-adres' }] },
      }),
    );
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.code])).toEqual([
      ['title', 'REQUIRED'],
      ['body', 'REQUIRED'],
      ['teamId', 'TEAM_NOT_FOUND'],
      ['contacts.add.0.email', 'INVALID_EMAIL'],
    ]);
    expect(await threadCount()).toBe(before);
  });
});

describe('attachments', () => {
  async function upload(viewer: UserViewer & { organisationId: string }) {
    const id = randomUUID();
    await ownerQuery(
      server.dbUrl,
      `INSERT INTO attachment (id, organisation_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key, scan_status)
       VALUES ($1, $2, $3, 'verslag.pdf', 'application/pdf', 10, $4, $5, 'CLEAN')`,
      [id, viewer.organisationId, viewer.userId, '0'.repeat(64), `test/${id}`],
    );
    return id;
  }

  it('attaches the sender’s own uploads to the message', async () => {
    const ids = [await upload(member), await upload(member)];
    const { message: sent } = sentMessage(await send(message({ attachmentIds: ids })));
    expect(sent.attachmentCount).toBe(2);
    const rows = await ownerQuery(
      server.dbUrl,
      'SELECT id FROM attachment WHERE message_id = $1 ORDER BY id',
      [sent.id],
    );
    expect(rows.map((r) => r.id)).toEqual([...ids].sort());
  });

  it('refuses more files than the limit, and another user’s upload, attaching nothing', async () => {
    const before = await threadCount();
    const tooMany = await Promise.all(Array.from({ length: MAX_FILES + 1 }, () => upload(member)));
    const other = await organisationViewer(server, organisation, ['MEMBER']);
    const notMine = await upload(other);
    const results = [
      await send(message({ attachmentIds: tooMany })),
      await send(message({ attachmentIds: [notMine] })),
    ];
    expect(results.map((r) => (r.ok ? [] : r.errors))).toEqual([
      [{ field: 'attachmentIds', code: 'TOO_MANY_ATTACHMENTS', params: { max: MAX_FILES } }],
      [{ field: 'attachmentIds.0', code: 'ATTACHMENT_NOT_FOUND' }],
    ]);
    expect(await threadCount()).toBe(before);
    const attached = await ownerQuery(
      server.dbUrl,
      'SELECT id FROM attachment WHERE id = ANY($1) AND message_id IS NOT NULL',
      [[...tooMany, notMine]],
    );
    expect(attached).toEqual([]);
  });
});

describe('privacy warnings', () => {
  it('holds back a message with a national register number until the sender acknowledges it', async () => {
    const before = await threadCount();
    const input = message({ body: 'Rijksregisternummer van de bewoner: 85.07.30-033.28' });
    const warned = await send(input);
    expect(warned.ok).toBe(false);
    if (warned.ok) return;
    expect(warned.errors).toEqual([]);
    expect(warned.privacyWarnings).toEqual([expect.objectContaining({ field: 'body' })]);
    expect(await threadCount()).toBe(before);
    const sent = sentMessage(await send({ ...input, acknowledgePrivacyWarning: true }));
    expect(sent.message.body).toBe(input.body);
    expect(await threadCount()).toBe(before + 1);
  });
});

describe('thread contacts', () => {
  it('a standard contact joins the organisation’s contacts (confirmation mailed); a one-off only the thread', async () => {
    const standard = { ...oneOff(), firstName: 'Vast', standard: true };
    const once = oneOff();
    const { message: sent } = sentMessage(await send(message({ contacts: { add: [standard, once] } })));
    const thread = await threadOf(sent.referenceNumber);
    const contacts = await ownerQuery(
      server.dbUrl,
      `SELECT coalesce(p.email, c.email) AS email, p.status, p.created_via
         FROM thread_contact c LEFT JOIN contact_person p ON p.id = c.contact_person_id
        WHERE c.thread_id = $1 ORDER BY p.status NULLS LAST`,
      [thread.id],
    );
    expect(contacts).toEqual([
      { email: standard.email, status: 'UNCONFIRMED', created_via: 'message' },
      { email: once.email, status: null, created_via: null },
    ]);
    const people = await ownerQuery(server.dbUrl, 'SELECT email FROM contact_person WHERE email = $1', [
      once.email,
    ]);
    expect(people).toEqual([]);
    expect((await outbox(server.dbUrl, standard.email)).map((m) => m.template)).toEqual([
      'contact-confirmation',
    ]);
    expect(await outbox(server.dbUrl, once.email)).toEqual([]);
  });

  it('the department’s reply mails the one-off contact, not a standard contact still unconfirmed', async () => {
    const standard = { ...oneOff(), standard: true };
    const once = oneOff();
    const { message: sent } = sentMessage(await send(message({ contacts: { add: [standard, once] } })));
    const reply = sentMessage(
      await inOperation(server.app, staffViewer(AN_PEETERS), (ctx) =>
        replyToThread(ctx, {
          clientKey: randomUUID(),
          referenceNumber: sent.referenceNumber,
          body: 'Wij bekijken het.',
        }),
      ),
    );
    expect(reply.message.direction).toBe('INBOUND');
    expect(await mailsAbout(once.email, sent.referenceNumber)).toEqual(['message-for-contact']);
    expect(await mailsAbout(standard.email, sent.referenceNumber)).toEqual([]);
  });
});
