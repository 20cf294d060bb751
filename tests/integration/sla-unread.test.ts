// Unread escalation on a fake clock: a department message nobody of the organisation opened gets a reminder
// to the theme's confirmed contacts after 3 business days (with the deep link), a second after 3 more, and
// no more; a message someone opened gets none; a theme without reminders gets none; a repeat sends nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { addBusinessTime, officeCalendar } from '../../server/src/modules/sla/business-time.js';
import { sendUnreadReminders } from '../../server/src/modules/sla/unread-reminders.js';
import { createContact, createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { gql, login } from '../utils/graphql.js';
import { outbox, ownerQuery } from '../utils/mailbox.js';
import { key, STAFF_SEND, themeId } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const WORKDAY = 510 * 60_000;
const office = officeCalendar([], ['07-11']);

let server: TestServer;
let url: string;
let admin: TestUser;
let organisationId: string;
let contact: { email: string };
let staff: string;

async function send(theme: string): Promise<{ id: string; referenceNumber: string; sentAt: Date }> {
  const sent = await gql(
    url,
    STAFF_SEND,
    {
      input: {
        clientKey: key(),
        organisationId,
        themeId: themeId(theme),
        title: 'Uw dossier',
        body: 'Beste, zie bijlage.',
      },
    },
    { token: staff },
  );
  expect(sent.errors).toBeUndefined();
  expect(sent.data?.sendMessageToOrganisation.errors).toEqual([]);
  const message = sent.data?.sendMessageToOrganisation.message;
  if (!message?.id || !message.referenceNumber) throw new Error('the message was not sent');
  const [row] = await ownerQuery<{ sent_at: Date }>(
    server.dbUrl,
    'SELECT sent_at FROM message WHERE id = $1',
    [message.id],
  );
  return { id: message.id, referenceNumber: message.referenceNumber, sentAt: row?.sent_at as Date };
}

const reminders = async (referenceNumber: string) =>
  (await outbox(server.dbUrl, contact.email)).filter(
    (m) => m.template === 'message-unread-reminder' && m.subject.includes(referenceNumber),
  );

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  const organisation = await createOrganisation(server, { themes: ['SUB', 'PER'] });
  organisationId = organisation.id;
  admin = await createUser(server, organisation, { roles: ['ADMIN'] });
  contact = await createContact(server, admin, ['SUB', 'PER']);
  staff = await login(url, 'bart.desmet@zorg.example');
});

describe('unread reminders', () => {
  it('remind after 3 business days, again after 3 more, then never', async () => {
    const message = await send('SUB');
    const first = addBusinessTime(message.sentAt, 3 * WORKDAY, office);
    const second = addBusinessTime(message.sentAt, 6 * WORKDAY, office);
    await sendUnreadReminders(server.app, new Date(first.getTime() - 60_000));
    expect(await reminders(message.referenceNumber)).toHaveLength(0);

    await Promise.all([sendUnreadReminders(server.app, first), sendUnreadReminders(server.app, first)]);
    const once = await reminders(message.referenceNumber);
    expect(once).toHaveLength(1);
    expect(once[0]?.subject).toMatch(/^Herinnering: ongelezen bericht/);
    expect(once[0]?.text_body).toContain(`http://loket.test/messages/${message.referenceNumber}`);

    await sendUnreadReminders(server.app, new Date(second.getTime() - 60_000));
    expect(await reminders(message.referenceNumber)).toHaveLength(1);
    await sendUnreadReminders(server.app, second);
    const twice = await reminders(message.referenceNumber);
    expect(twice.map((m) => m.subject.split(':')[0])).toEqual(['Herinnering', 'Tweede herinnering']);

    await sendUnreadReminders(server.app, addBusinessTime(message.sentAt, 30 * WORKDAY, office));
    expect(await reminders(message.referenceNumber)).toHaveLength(2);
  });

  it('never after someone of the organisation opened it', async () => {
    const message = await send('SUB');
    const opened = await gql(
      url,
      'mutation($r: String!) { markThreadRead(referenceNumber: $r) { referenceNumber } }',
      { r: message.referenceNumber },
      { token: admin.token },
    );
    expect(opened.errors).toBeUndefined();
    await sendUnreadReminders(server.app, addBusinessTime(message.sentAt, 7 * WORKDAY, office));
    expect(await reminders(message.referenceNumber)).toHaveLength(0);
  });

  it('a theme without reminders gets none', async () => {
    await ownerQuery(server.dbUrl, 'UPDATE theme SET unread_reminder_days = NULL WHERE id = $1', [
      themeId('PER'),
    ]);
    try {
      const message = await send('PER');
      await sendUnreadReminders(server.app, addBusinessTime(message.sentAt, 7 * WORKDAY, office));
      expect(await reminders(message.referenceNumber)).toHaveLength(0);
    } finally {
      await ownerQuery(server.dbUrl, 'UPDATE theme SET unread_reminder_days = 3 WHERE id = $1', [
        themeId('PER'),
      ]);
    }
  });
});
