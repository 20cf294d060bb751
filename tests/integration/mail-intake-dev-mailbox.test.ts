// The development mailbox's form sends a test mail into the email intake over real SMTP: a plain HTML form
// (no JavaScript), answered 303 to the mailbox with the intake's answer, or 400 with the input kept.
import { beforeAll, expect, it } from 'vitest';
import { HELPDESK, MAIL_IN_ENV } from '../utils/mail-in.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(MAIL_IN_ENV);
});

const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/dev/mailbox/send`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });

it('offers the form on the mailbox page and sends the mail into the intake, which makes it a ticket', async () => {
  const page = await (await fetch(`${server.url}/dev/mailbox`)).text();
  expect(page).toContain('Send a test mail into the email intake');
  expect(page).toContain(`<option value="${HELPDESK}" selected>`);
  const answer = await post({
    from: 'medewerker@delinde.example',
    to: HELPDESK,
    subject: 'Proefmail uit de mailbox',
    text: 'Werkt de intake?',
  });
  expect(answer.status).toBe(303);
  const location = answer.headers.get('location') ?? '';
  expect(decodeURIComponent(location)).toMatch(
    /^\/dev\/mailbox\?sent=250 2\.0\.0 received as [0-9a-f-]{36}$/,
  );
  const tickets = await ownerQuery(
    server.dbUrl,
    `SELECT channel FROM ticket WHERE subject = 'Proefmail uit de mailbox'`,
  );
  expect(tickets).toEqual([{ channel: 'EMAIL' }]);
  const shown = await (await fetch(`${server.url}${location}`)).text();
  expect(shown).toContain('Accepted:');
});

it('answers 400 with the input kept when the intake refuses the mail', async () => {
  const refused = await post({
    from: 'medewerker@delinde.example',
    to: 'elders@loket.test',
    subject: 'Verkeerd adres',
    text: 'x',
  });
  expect(refused.status).toBe(400);
  const html = await refused.text();
  expect(html).toContain('Not accepted:');
  expect(html).toContain('550');
  expect(html).toContain('value="medewerker@delinde.example"');
  expect(html).toContain('value="Verkeerd adres"');
});

it('refuses a form posted from another site', async () => {
  const refused = await post(
    { from: 'a@b.example', subject: 'x', text: 'x' },
    { origin: 'http://evil.example' },
  );
  expect(refused.status).toBe(403);
});
