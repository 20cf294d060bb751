// A mail the SMTP server refuses for good (5xx) fails at once and is visible (docs/decisions/0013): on the
// contact person, as a task of the organisation (live), and on the staff's failed mails, which may queue it
// again; a temporary refusal (4xx) is still retried.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collect, errorCode, gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { themeId } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { type SmtpSink, startSmtpSink } from '../utils/smtp-sink.js';

let sink: SmtpSink;
let server: TestServer;
let url: string;
let admin: string;
let staff: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  afterAll(() => sink.close());
  server = await startTestServer({ WORKER: 'inline', SMTP_URL: sink.url, MAIL_STALLED_AFTER_SECONDS: '60' });
  url = server.graphqlUrl;
  [admin, staff] = await Promise.all([
    login(url, 'beheerder@delinde.example'),
    login(url, 'an.peeters@zorg.example'),
  ]);
});

const ADD = `mutation($input: AddContactPersonInput!) {
  addContactPerson(input: $input) { contactPerson { id } errors { code } }
}`;
const CONTACT = `query($id: ID!) { contactPerson(id: $id) { emailUndeliverable { reason since source } } }`;
const TASKS = 'query { tasks { kind contactPersonId message } }';
const FAILED = 'query { failedMails { id recipient reason attempts organisationName failedAt } }';

async function mailTo(recipient: string) {
  const rows = await ownerQuery<{ id: string; status: string; attempts: number; last_error: string | null }>(
    server.dbUrl,
    'SELECT id, status, attempts, last_error FROM outbound_mail WHERE recipient = $1',
    [recipient],
  );
  return rows[0];
}

async function until(ms: number, probe: () => Promise<boolean>): Promise<void> {
  const start = Date.now();
  while (!(await probe())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('fails a 5xx at once and shows it on the contact, as a live task, and to staff, who can retry it', async () => {
  const idle = server.app.pubsub.subscriberCount;
  const socket = wsClient(server.wsUrl, admin);
  const live = collect<{ data: { tasksChanged: Array<{ kind: string; message: string }> } }>(
    socket,
    'subscription { tasksChanged { kind message } }',
  );
  await until(15_000, async () => server.app.pubsub.subscriberCount > idle);

  const email = 'niemand@delinde.example';
  sink.refuseNext(1, { code: 550, message: 'No such user' });
  const added = await gql(
    url,
    ADD,
    { input: { firstName: 'Nora', lastName: 'Niemand', email, language: 'nl', themeIds: [themeId('KWA')] } },
    { token: admin },
  );
  const contactId = added.data?.addContactPerson.contactPerson.id as string;
  await until(10_000, async () => (await mailTo(email))?.status === 'FAILED');
  expect(await mailTo(email)).toMatchObject({
    status: 'FAILED',
    attempts: 1,
    last_error: '550 No such user',
  });

  const contact = await gql(url, CONTACT, { id: contactId }, { token: admin });
  expect(contact.data?.contactPerson.emailUndeliverable).toEqual({
    reason: '550 No such user',
    since: expect.any(String),
    source: 'SMTP_REJECTION',
  });
  const tasks = await gql(url, TASKS, {}, { token: admin });
  const unreachable = tasks.data?.tasks.filter(
    (t: { kind: string }) => t.kind === 'CONTACT_PERSON_UNREACHABLE',
  );
  expect(unreachable).toHaveLength(1);
  expect(unreachable[0].contactPersonId).toBe(contactId);
  expect(unreachable[0].message).toMatch(
    /^E-mailadres van Nora Niemand onbestelbaar .*550 No such user \(sinds /,
  );
  // The live task list: the event after the failure carries the new task.
  let event = await live.next();
  while (!event.data.tasksChanged.some((t) => t.kind === 'CONTACT_PERSON_UNREACHABLE'))
    event = await live.next();

  // Staff see it; an organisation's user may not.
  const failed = await gql(url, FAILED, {}, { token: staff });
  const row = failed.data?.failedMails.find((m: { recipient: string }) => m.recipient === email);
  expect(row).toMatchObject({ reason: '550 No such user', attempts: 1, organisationName: 'WZC De Linde' });
  expect(errorCode(await gql(url, FAILED, {}, { token: admin }))).toBe('FORBIDDEN');
  expect(
    errorCode(
      await gql(url, 'mutation($id: ID!) { retryFailedMail(id: $id) }', { id: row.id }, { token: admin }),
    ),
  ).toBe('FORBIDDEN');

  // Retry: the mail is delivered now, the mark and the task are gone.
  const retried = await gql(
    url,
    'mutation($id: ID!) { retryFailedMail(id: $id) }',
    { id: row.id },
    { token: staff },
  );
  expect(retried.errors).toBeUndefined();
  expect(retried.data?.retryFailedMail).toBe(true);
  await until(10_000, async () => (await mailTo(email))?.status === 'SENT');
  expect(
    (await gql(url, CONTACT, { id: contactId }, { token: admin })).data?.contactPerson.emailUndeliverable,
  ).toBe(null);
  const after = await gql(url, TASKS, {}, { token: admin });
  expect(after.data?.tasks.some((t: { kind: string }) => t.kind === 'CONTACT_PERSON_UNREACHABLE')).toBe(
    false,
  );
  // A second retry of a mail that is no longer failed: NOT_FOUND.
  expect(
    errorCode(
      await gql(url, 'mutation($id: ID!) { retryFailedMail(id: $id) }', { id: row.id }, { token: staff }),
    ),
  ).toBe('NOT_FOUND');
  live.dispose();
  await socket.dispose();
});

it('still retries a temporary refusal (4xx) instead of failing it', async () => {
  const email = 'later@delinde.example';
  sink.refuseNext(1);
  await gql(
    url,
    ADD,
    { input: { firstName: 'Lode', lastName: 'Later', email, language: 'nl', themeIds: [themeId('KWA')] } },
    { token: admin },
  );
  await until(15_000, async () => (await mailTo(email))?.status === 'SENT');
  expect(await mailTo(email)).toMatchObject({ status: 'SENT', attempts: 2 });
});
