// Privacy rights and retention (decision 0029) against a real server, database and file storage: exports
// (contents, attachments, once, by whom), erasure (anonymised, content kept, sessions ended, refused under
// legal retention) and the retention job (exactly what is past its period, files included, legal holds kept).
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { attachmentStorage } from '../../server/src/files/storage.js';
import { buildExport } from '../../server/src/modules/privacy/export.builder.js';
import { applyRetention } from '../../server/src/modules/privacy/retention.service.js';
import { graphql } from '../graphql/generated/gql.js';
import { createContact, createOrganisation, createUser, type TestUser, unique } from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { linkIn, outbox, ownerQuery } from '../utils/mailbox.js';
import { key, sendWithAttachments, themeId, tinyPdf, upload } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let dataDir: string;
let departmentAdmin: string;
let agent: string;
let categoryId: string;
let supportTypeId: string;

const REQUEST_EXPORT = graphql(`
  mutation GdprRequestExport($input: RequestPersonalDataExportInput!) {
    requestPersonalDataExport(input: $input) { id status subjectKind subjectId downloadPath }
  }
`);
const MY_EXPORTS = graphql(`
  query GdprMyExports { myPersonalDataExports { id status downloadedAt } }
`);
const ERASE = graphql(`
  mutation GdprErase($input: PersonInput!) { erasePerson(input: $input) { ok errors { field code message } } }
`);
const HOLD = graphql(`
  mutation GdprHold($input: SetLegalHoldInput!) { setLegalHold(input: $input) }
`);
const RETENTION = graphql(`
  mutation GdprRetention($input: SetRetentionPeriodInput!) {
    setRetentionPeriod(input: $input) { ok errors { field code message } }
  }
`);
const CREATE_TICKET = graphql(`
  mutation GdprCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) { errors { code } ticket { id number } }
  }
`);
const ME = graphql(`
  query GdprMe { me { id firstName } }
`);
const PEOPLE = graphql(`
  query GdprPeople($search: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    privacyPeople(search: $search, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { kind id lastName erased } }
    }
  }
`);
const TICKET_REQUESTER = graphql(`
  query GdprTicketRequester($id: ID!) { ticket(id: $id) { requester { id firstName lastName erased } } }
`);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'loket-gdpr-'));
  server = await startTestServer({ DATA_DIR: dataDir });
  [departmentAdmin, agent] = await Promise.all([
    login(server.graphqlUrl, 'beheer@zorg.example'),
    login(server.graphqlUrl, 'bart.desmet@zorg.example'),
  ]);
  const [category] = await ownerQuery<{ id: string }>(server.dbUrl, 'SELECT id FROM ticket_category LIMIT 1');
  const [type] = await ownerQuery<{ id: string }>(server.dbUrl, 'SELECT id FROM ticket_support_type LIMIT 1');
  categoryId = category?.id ?? '';
  supportTypeId = type?.id ?? '';
});

afterAll(() => rm(dataDir, { recursive: true, force: true }));

const storage = () => attachmentStorage(server.app.config);

/** An organisation of the test's own with an ADMIN, a MEMBER and a confirmed contact for Subsidies. */
async function world() {
  const organisation = await createOrganisation(server);
  const admin = await createUser(server, organisation, { roles: ['ADMIN'] });
  const member = await createUser(server, organisation, {
    firstName: `Mira-${unique()}`,
    lastName: 'Janssens',
  });
  const contact = await createContact(server, admin, ['SUB'], {
    firstName: 'Koen',
    lastName: `Claes-${unique()}`,
  });
  return { organisation, admin, member, contact };
}

async function uploaded(user: TestUser, name: string) {
  const answer = await upload(server.url, user.token, name, tinyPdf(name));
  expect(answer.status).toBe(201);
  return answer.body.id;
}

async function ticketOf(user: TestUser, subject: string, attachmentIds: string[] = []) {
  const result = await gql(
    server.graphqlUrl,
    CREATE_TICKET,
    {
      input: {
        clientKey: key(),
        subject,
        description: 'Het werkt niet',
        categoryId,
        supportTypeId,
        attachmentIds,
      },
    },
    { token: user.token },
  );
  expect(result.data?.createTicket.errors).toEqual([]);
  const id = result.data?.createTicket.ticket?.id;
  if (!id) throw new Error('no ticket');
  return id;
}

const download = (token: string, id: string) =>
  fetch(`${server.url}/exports/${id}`, { headers: { authorization: `Bearer ${token}` } });

/** The entries of a ZIP: name → content. */
function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const json = (entries: Map<string, Buffer>, name: string) =>
  JSON.parse(entries.get(name)?.toString() ?? 'null');

describe('exporting personal data', () => {
  it('builds a ZIP of everything about the user with their attachments, mails the link, and hands it out once to the requester only', async () => {
    const { admin, member } = await world();
    const attachmentId = await uploaded(member, 'verslag.pdf');
    const sent = await sendWithAttachments(server.graphqlUrl, member.token, [attachmentId]);
    expect(sent.errors).toEqual([]);
    const ticketId = await ticketOf(member, `Printer ${unique()}`);

    const requested = await gql(server.graphqlUrl, REQUEST_EXPORT, { input: {} }, { token: member.token });
    const exportRow = requested.data?.requestPersonalDataExport;
    expect(exportRow).toMatchObject({ status: 'PENDING', subjectKind: 'USER', subjectId: member.id });
    const id = exportRow?.id ?? '';
    // Queued in the request's transaction, for the worker.
    const jobs = await ownerQuery(server.dbUrl, 'SELECT 1 FROM graphile_worker.jobs WHERE key = $1', [
      `export:${id}`,
    ]);
    expect(jobs).toHaveLength(1);
    expect((await download(member.token, id)).status).toBe(404); // not ready yet

    await buildExport(server.app, storage(), id);

    const [mail] = (await outbox(server.dbUrl, member.email)).filter((m) => m.template === 'export-ready');
    expect(linkIn(mail ?? ({ text_body: '' } as never), 'http://loket.test/exports/')).toBe(
      `http://loket.test/exports/${id}`,
    );
    // A colleague (even the organisation's ADMIN) is not told it exists; an AGENT may not have it.
    expect((await download(admin.token, id)).status).toBe(404);
    expect((await download(agent, id)).status).toBe(403);

    const response = await download(member.token, id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const entries = await unzip(Buffer.from(await response.arrayBuffer()));
    expect(json(entries, 'profile.json')).toMatchObject({ id: member.id, email: member.email });
    expect(json(entries, 'messages.json')).toEqual([
      expect.objectContaining({ title: 'Verslag', body: 'In bijlage' }),
    ]);
    expect(json(entries, 'tickets.json')).toEqual([expect.objectContaining({ id: ticketId })]);
    expect(json(entries, 'audit.json')).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'personal_data.export_requested' })]),
    );
    expect(entries.get(`attachments/${attachmentId}/verslag.pdf`)).toEqual(tinyPdf('verslag.pdf'));

    // Once: the second download finds nothing, and the file is gone from storage.
    const again = await download(member.token, id);
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('EXPORT_NOT_AVAILABLE');
    expect(existsSync(path.join(dataDir, 'files', 'exports', id))).toBe(false);
    const mine = await gql(server.graphqlUrl, MY_EXPORTS, {}, { token: member.token });
    expect(mine.data?.myPersonalDataExports).toEqual([
      expect.objectContaining({ id, status: 'DOWNLOADED', downloadedAt: expect.any(String) }),
    ]);
  });

  it('lets a DEPARTMENT_ADMIN export a contact person, and refuses anyone else an export of another person', async () => {
    const { admin, member, contact } = await world();
    const asked = await gql(
      server.graphqlUrl,
      REQUEST_EXPORT,
      { input: { person: { kind: 'CONTACT', id: contact.id } } },
      { token: departmentAdmin },
    );
    const id = asked.data?.requestPersonalDataExport.id ?? '';
    await buildExport(server.app, storage(), id);
    const response = await download(departmentAdmin, id);
    expect(response.status).toBe(200);
    const entries = await unzip(Buffer.from(await response.arrayBuffer()));
    expect(json(entries, 'profile.json')).toMatchObject({
      id: contact.id,
      email: contact.email,
      themes: ['SUB'],
    });

    // Someone else's data: an organisation's ADMIN, a MEMBER and an AGENT may not ask for it.
    for (const [token, person] of [
      [admin.token, member.id],
      [member.token, admin.id],
      [agent, member.id],
    ] as const) {
      const refused = await gql(
        server.graphqlUrl,
        REQUEST_EXPORT,
        { input: { person: { kind: 'USER', id: person } } },
        { token },
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
    const unknown = await gql(
      server.graphqlUrl,
      REQUEST_EXPORT,
      { input: { person: { kind: 'USER', id: randomUUID() } } },
      { token: departmentAdmin },
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });
});

describe('erasing a person', () => {
  it('is refused while a ticket is open or a legal hold applies, with the reason; then anonymises, keeps the content and ends the sessions', async () => {
    const { organisation, member } = await world();
    const title = `Jaarverslag ${unique()}`;
    const sent = await gql(
      server.graphqlUrl,
      graphql(`
        mutation GdprSend($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } message { id } } }
      `),
      { input: { themeId: themeId('SUB'), title, body: 'Zie bijlage', clientKey: key() } },
      { token: member.token },
    );
    const messageId = sent.data?.sendMessage.message?.id;
    expect(messageId).toBeTruthy();
    const ticketId = await ticketOf(member, `Login ${unique()}`);
    const erase = () =>
      gql(server.graphqlUrl, ERASE, { input: { kind: 'USER', id: member.id } }, { token: departmentAdmin });

    const open = await erase();
    expect(open.data?.erasePerson).toEqual({
      ok: false,
      errors: [
        {
          field: null,
          code: 'ERASE_OPEN_TICKETS',
          message:
            'Deze persoon heeft nog 1 open ticket(s). Sluit die eerst af: zolang ze lopen, moeten de gegevens bewaard blijven.',
        },
      ],
    });
    await ownerQuery(server.dbUrl, `UPDATE ticket SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [
      ticketId,
    ]);
    await gql(
      server.graphqlUrl,
      HOLD,
      { input: { target: 'USER', id: member.id, hold: true } },
      { token: departmentAdmin },
    );
    expect((await erase()).data?.erasePerson.errors.map((e) => e.code)).toEqual(['ERASE_LEGAL_HOLD']);
    // Nothing changed by the refusals.
    expect((await gql(server.graphqlUrl, ME, {}, { token: member.token })).data?.me?.id).toBe(member.id);

    await gql(
      server.graphqlUrl,
      HOLD,
      { input: { target: 'USER', id: member.id, hold: false } },
      { token: departmentAdmin },
    );
    expect((await erase()).data?.erasePerson).toEqual({ ok: true, errors: [] });

    const [user] = await ownerQuery(
      server.dbUrl,
      'SELECT first_name, last_name, email, phone, status, password_hash, erased_at FROM app_user WHERE id = $1',
      [member.id],
    );
    expect(user).toMatchObject({
      first_name: 'Verwijderde',
      last_name: 'gebruiker',
      email: `erased-${member.id}@erased.invalid`,
      phone: null,
      status: 'DISABLED',
      password_hash: null,
    });
    const [message] = await ownerQuery(
      server.dbUrl,
      'SELECT title, body, sender_label FROM message WHERE id = $1',
      [messageId],
    );
    expect(message).toEqual({ title, body: 'Zie bijlage', sender_label: 'Verwijderde gebruiker' });
    const [ticket] = await ownerQuery(server.dbUrl, 'SELECT requester_email FROM ticket WHERE id = $1', [
      ticketId,
    ]);
    expect(ticket?.requester_email).toBe(`erased-${member.id}@erased.invalid`);
    // The API says the name is the stored placeholder, so that every screen words it in its own language.
    const requester = await gql(server.graphqlUrl, TICKET_REQUESTER, { id: ticketId }, { token: agent });
    expect(requester.data?.ticket.requester).toEqual({
      id: member.id,
      firstName: 'Verwijderde',
      lastName: 'gebruiker',
      erased: true,
    });
    const me = await gql(server.graphqlUrl, ME, {}, { token: member.token });
    expect(me.data?.me ?? null).toBeNull();
    const audit = await ownerQuery(
      server.dbUrl,
      `SELECT action FROM audit_event WHERE entity_id = $1 AND organisation_id = $2 ORDER BY created_at`,
      [member.id, organisation.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['legal_hold.set', 'legal_hold.lifted', 'person.erased']);
    expect((await erase()).data?.erasePerson.errors.map((e) => e.code)).toEqual(['ERASE_ALREADY_ERASED']);
  });

  it('anonymises a contact person and takes them off their themes', async () => {
    const { contact } = await world();
    const erased = await gql(
      server.graphqlUrl,
      ERASE,
      { input: { kind: 'CONTACT', id: contact.id } },
      { token: departmentAdmin },
    );
    expect(erased.data?.erasePerson.ok).toBe(true);
    const [row] = await ownerQuery(
      server.dbUrl,
      `SELECT first_name, email, (SELECT count(*)::int FROM contact_person_theme WHERE contact_person_id = c.id) AS themes
         FROM contact_person c WHERE id = $1`,
      [contact.id],
    );
    expect(row).toEqual({
      first_name: 'Verwijderde',
      email: `erased-${contact.id}@erased.invalid`,
      themes: 0,
    });
  });

  it('is for a DEPARTMENT_ADMIN only', async () => {
    const { admin, member } = await world();
    for (const token of [admin.token, member.token, agent]) {
      const refused = await gql(
        server.graphqlUrl,
        ERASE,
        { input: { kind: 'USER', id: member.id } },
        { token },
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
      const hold = await gql(
        server.graphqlUrl,
        HOLD,
        { input: { target: 'USER', id: member.id, hold: true } },
        { token },
      );
      expect(errorCode(hold)).toBe('FORBIDDEN');
      const period = await gql(
        server.graphqlUrl,
        RETENTION,
        { input: { target: 'THEME', id: themeId('ERK'), retentionDays: 1 } },
        { token },
      );
      expect(errorCode(period)).toBe('FORBIDDEN');
    }
    const [user] = await ownerQuery(
      server.dbUrl,
      'SELECT erased_at, legal_hold FROM app_user WHERE id = $1',
      [member.id],
    );
    expect(user).toEqual({ erased_at: null, legal_hold: false });
  });
});

describe('finding people', () => {
  it('pages the matches by name, forwards and back, users and contacts together, erased ones marked', async () => {
    const { organisation, admin } = await world();
    const tag = `Zoek${unique()}`;
    const users = await Promise.all(
      ['Aerts', 'Baert', 'Claes', 'Dierckx', 'Elst'].map((name) =>
        createUser(server, organisation, { firstName: tag, lastName: name }),
      ),
    );
    const contact = await createContact(server, admin, ['SUB'], { firstName: tag, lastName: 'Bosmans' });
    const erased = users[4];
    if (!erased) throw new Error('no user');
    const done = await gql(
      server.graphqlUrl,
      ERASE,
      { input: { kind: 'USER', id: erased.id } },
      { token: departmentAdmin },
    );
    expect(done.data?.erasePerson.ok).toBe(true);
    // The erased user no longer matches the tag by name, but still by the placeholder.
    const people = (args: { first?: number; after?: string; last?: number; before?: string }) =>
      gql(server.graphqlUrl, PEOPLE, { search: tag.toLowerCase(), ...args }, { token: departmentAdmin });

    const first = (await people({ first: 2 })).data?.privacyPeople;
    expect(first?.totalCount).toBe(5);
    expect(first?.edges.map((e) => e.node.lastName)).toEqual(['Aerts', 'Baert']);
    expect(first?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await people({ first: 2, after: first?.pageInfo.endCursor ?? '' })).data?.privacyPeople;
    expect(second?.edges.map((e) => [e.node.kind, e.node.lastName])).toEqual([
      ['CONTACT', 'Bosmans'],
      ['USER', 'Claes'],
    ]);
    expect(second?.edges[0]?.node.id).toBe(contact.id);
    const third = (await people({ first: 2, after: second?.pageInfo.endCursor ?? '' })).data?.privacyPeople;
    expect(third?.edges.map((e) => e.node.lastName)).toEqual(['Dierckx']);
    expect(third?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    // 'Vorige' from the last page gives the page before it again.
    const back = (await people({ last: 2, before: third?.pageInfo.startCursor ?? '' })).data?.privacyPeople;
    expect(back?.edges.map((e) => e.node.lastName)).toEqual(['Bosmans', 'Claes']);
    expect(back?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const placeholder = await gql(
      server.graphqlUrl,
      PEOPLE,
      { search: `erased-${erased.id}` },
      { token: departmentAdmin },
    );
    expect(placeholder.data?.privacyPeople.edges.map((e) => e.node)).toEqual([
      { kind: 'USER', id: erased.id, lastName: 'gebruiker', erased: true },
    ]);
  });

  it('refuses a cursor that is not one of the list and a page size out of range, as bad input', async () => {
    for (const args of [{ after: 'bm90LWEtY3Vyc29y' }, { first: 0 }, { first: 101 }]) {
      const answer = await gql(
        server.graphqlUrl,
        PEOPLE,
        { search: 'Janssens', ...args },
        { token: departmentAdmin },
      );
      expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    }
    const short = await gql(server.graphqlUrl, PEOPLE, { search: 'a' }, { token: departmentAdmin });
    expect(short.data?.privacyPeople).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('is for a DEPARTMENT_ADMIN only', async () => {
    const { admin } = await world();
    for (const token of [admin.token, agent]) {
      const refused = await gql(server.graphqlUrl, PEOPLE, { search: 'Janssens' }, { token });
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
  });
});

describe('retention', () => {
  it('refuses a retention period out of range, per field and localised', async () => {
    const refused = await gql(
      server.graphqlUrl,
      RETENTION,
      { input: { target: 'QUEUE', id: randomUUID(), retentionDays: 0 } },
      { token: departmentAdmin },
    );
    expect(refused.data?.setRetentionPeriod.errors).toEqual([
      {
        field: 'retentionDays',
        code: 'RETENTION_DAYS_RANGE',
        message: 'Geef een bewaartermijn tussen 1 en 36500 dagen, of laat het veld leeg om alles te bewaren.',
      },
    ]);
  });

  it('deletes exactly the threads and closed tickets past their period, with files and raw mails; legal holds stay', async () => {
    const { member } = await world();
    const files = storage();
    // Three threads: past the period, past it but on hold, recent.
    const threads: string[] = [];
    const threadFiles: string[] = [];
    for (const name of ['oud.pdf', 'bewaard.pdf', 'recent.pdf']) {
      const attachmentId = await uploaded(member, name);
      const sent = await sendWithAttachments(server.graphqlUrl, member.token, [attachmentId]);
      const [row] = await ownerQuery<{ thread_id: string; storage_key: string }>(
        server.dbUrl,
        'SELECT m.thread_id, a.storage_key FROM message m JOIN attachment a ON a.message_id = m.id WHERE m.id = $1',
        [sent.message?.id],
      );
      threads.push(row?.thread_id ?? '');
      threadFiles.push(path.join(dataDir, 'files', row?.storage_key ?? 'missing'));
    }
    await ownerQuery(
      server.dbUrl,
      `UPDATE message_thread SET last_message_at = now() - interval '40 days' WHERE id = ANY($1::uuid[])`,
      [threads.slice(0, 2)],
    );
    // Three tickets: closed long ago (with a file and a raw intake mail), the same on hold, closed recently.
    const tickets: string[] = [];
    for (const name of ['oud', 'bewaard', 'recent'])
      tickets.push(
        await ticketOf(member, `Ticket ${name} ${unique()}`, [await uploaded(member, `${name}.pdf`)]),
      );
    await ownerQuery(
      server.dbUrl,
      `UPDATE ticket SET status = 'CLOSED', closed_at = now() - CASE WHEN id = $2 THEN interval '1 day' ELSE interval '40 days' END
        WHERE id = ANY($1::uuid[])`,
      [tickets, tickets[2]],
    );
    const ticketFiles = await ownerQuery<{ storage_key: string }>(
      server.dbUrl,
      `SELECT a.storage_key FROM attachment a JOIN ticket_entry e ON e.id = a.ticket_entry_id
        WHERE e.ticket_id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], e.ticket_id)`,
      [tickets],
    );
    expect(ticketFiles).toHaveLength(3);
    const rawKey = `inbound/${randomUUID()}`;
    const rawFile = path.join(dataDir, 'tmp', `raw-${unique()}.eml`);
    await mkdir(path.dirname(rawFile), { recursive: true });
    await writeFile(rawFile, 'Subject: oud\r\n\r\nHallo');
    await files.putFile(rawKey, rawFile);
    await ownerQuery(
      server.dbUrl,
      `INSERT INTO inbound_mail (id, organisation_id, sender, message_key, envelope_from, recipients, status, ticket_id,
                                 storage_key, size_bytes, sha256)
       VALUES ($1, $2, $3, $4, $3, ARRAY['helpdesk@loket.test'], 'TICKET', $5, $6, 20, 'x')`,
      [randomUUID(), member.organisationId, member.email, unique(), tickets[0], rawKey],
    );

    const [queue] = await ownerQuery<{ queue_id: string }>(
      server.dbUrl,
      'SELECT queue_id FROM ticket WHERE id = $1',
      [tickets[0]],
    );
    for (const input of [
      { target: 'THEME' as const, id: themeId('SUB'), retentionDays: 30 },
      { target: 'QUEUE' as const, id: queue?.queue_id ?? '', retentionDays: 30 },
      { target: 'THREAD' as const, id: threads[1] ?? '' },
      { target: 'TICKET' as const, id: tickets[1] ?? '' },
    ]) {
      if (input.target === 'THREAD' || input.target === 'TICKET') {
        const held = await gql(
          server.graphqlUrl,
          HOLD,
          { input: { ...input, hold: true } },
          { token: departmentAdmin },
        );
        expect(held.data?.setLegalHold).toBe(true);
      } else {
        const set = await gql(server.graphqlUrl, RETENTION, { input }, { token: departmentAdmin });
        expect(set.data?.setRetentionPeriod).toEqual({ ok: true, errors: [] });
      }
    }

    const counts = await applyRetention(server.app, files);

    expect(counts).toMatchObject({ threads: 1, tickets: 1, inboundMails: 1, files: 3 });
    const threadsLeft = await ownerQuery(
      server.dbUrl,
      'SELECT id FROM message_thread WHERE id = ANY($1::uuid[])',
      [threads],
    );
    expect(threadsLeft.map((t) => t.id).sort()).toEqual([threads[1], threads[2]].sort());
    const ticketsLeft = await ownerQuery(server.dbUrl, 'SELECT id FROM ticket WHERE id = ANY($1::uuid[])', [
      tickets,
    ]);
    expect(ticketsLeft.map((t) => t.id).sort()).toEqual([tickets[1], tickets[2]].sort());
    expect(threadFiles.map(existsSync)).toEqual([false, true, true]);
    expect(ticketFiles.map((f) => existsSync(path.join(dataDir, 'files', f.storage_key)))).toEqual([
      false,
      true,
      true,
    ]);
    expect(existsSync(path.join(dataDir, 'files', rawKey))).toBe(false);
    expect(
      await ownerQuery(server.dbUrl, 'SELECT 1 FROM inbound_mail WHERE storage_key = $1', [rawKey]),
    ).toEqual([]);
    // Counted for the monitoring.
    const metric = await server.app.metrics.registry.getSingleMetricAsString('loket_retention_deleted_total');
    expect(metric).toContain('loket_retention_deleted_total{kind="threads"}');
    // A second run finds nothing of this test's left to delete.
    expect(await applyRetention(server.app, files)).toMatchObject({ threads: 0, tickets: 0, files: 0 });
  });

  it('deletes raw mails that became nothing after MAIL_IN_UNUSED_RETENTION_DAYS; mails waiting for staff stay', async () => {
    const files = storage();
    // status and age in days; the default period is 90 days.
    const cases = [
      ['IGNORED', 100],
      ['DISCARDED', 100],
      ['IGNORED', 10],
      ['QUARANTINED', 100],
      ['TO_LINK', 100],
    ] as const;
    const keys: string[] = [];
    for (const [status, days] of cases) {
      const key = `inbound/${randomUUID()}`;
      const rawFile = path.join(dataDir, 'tmp', `raw-${unique()}.eml`);
      await mkdir(path.dirname(rawFile), { recursive: true });
      await writeFile(rawFile, `Subject: ${status}\r\n\r\nHallo`);
      await files.putFile(key, rawFile);
      await ownerQuery(
        server.dbUrl,
        `INSERT INTO inbound_mail (id, sender, message_key, envelope_from, recipients, status, storage_key, size_bytes,
                                   sha256, received_at)
         VALUES ($1, 'iemand@elders.example', $2, 'iemand@elders.example', ARRAY['helpdesk@loket.test'], $3, $4, 20,
                 'x', now() - make_interval(days => $5))`,
        [randomUUID(), unique(), status, key, days],
      );
      keys.push(key);
    }

    const counts = await applyRetention(server.app, files);

    expect(counts.inboundMails).toBeGreaterThanOrEqual(2);
    const left = await ownerQuery<{ storage_key: string }>(
      server.dbUrl,
      'SELECT storage_key FROM inbound_mail WHERE storage_key = ANY($1::text[])',
      [keys],
    );
    expect(left.map((m) => m.storage_key).sort()).toEqual([keys[2], keys[3], keys[4]].sort());
    expect(keys.map((k) => existsSync(path.join(dataDir, 'files', k)))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('prunes finished webhook deliveries older than WEBHOOK_LOG_RETENTION_DAYS, never pending ones', async () => {
    const endpoint = randomUUID();
    await ownerQuery(
      server.dbUrl,
      `INSERT INTO webhook_endpoint (id, url, event_types, status) VALUES ($1, 'https://example.test/hook', '{ticket.created}', 'DISABLED')`,
      [endpoint],
    );
    const [old, recent, pending] = [randomUUID(), randomUUID(), randomUUID()];
    await ownerQuery(
      server.dbUrl,
      `INSERT INTO webhook_delivery (id, endpoint_id, event_type, body, status, created_at, finished_at) VALUES
         ($2, $1, 'ticket.created', '{}', 'SUCCEEDED', now() - interval '40 days', now() - interval '40 days'),
         ($3, $1, 'ticket.created', '{}', 'FAILED', now() - interval '40 days', now() - interval '2 days')`,
      [endpoint, old, recent],
    );
    await ownerQuery(
      server.dbUrl,
      `INSERT INTO webhook_delivery (id, endpoint_id, event_type, body, status, created_at)
       VALUES ($2, $1, 'ticket.created', '{}', 'PENDING', now() - interval '40 days')`,
      [endpoint, pending],
    );
    await ownerQuery(
      server.dbUrl,
      `INSERT INTO webhook_attempt (id, delivery_id, status_code, latency_ms) VALUES ($1, $2, 200, 5)`,
      [randomUUID(), old],
    );

    const counts = await applyRetention(server.app, storage());

    expect(counts.webhookDeliveries).toBe(1);
    const left = await ownerQuery(server.dbUrl, 'SELECT id FROM webhook_delivery WHERE endpoint_id = $1', [
      endpoint,
    ]);
    expect(left.map((d) => d.id).sort()).toEqual([recent, pending].sort());
    expect(
      await ownerQuery(server.dbUrl, 'SELECT 1 FROM webhook_attempt WHERE delivery_id = $1', [old]),
    ).toEqual([]);
  });
});
