// End to end on the webhook pages (decision 0037) with a real HTTP receiver: the department's administrator
// registers an endpoint at /beheer/webhooks (no event type: refused, the input kept), sees its secret once,
// sees a delivery in the log, replays it, rotates the secret (both sign for a while), switches it off and
// deletes it after confirming; an organisation's Beheerder does the same for its own events in Mijn
// organisatie › Webhooks. Against a server without the private-address allowance, an internal address is
// refused at the field in the reader's language. axe-core on every page and state.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import {
  expectNoAxeViolations,
  expectNoBrowserErrors,
  heading,
  hydrated,
  login,
  openPage,
  screenshots,
  type TestPage,
} from '../utils/web.js';
import { Receiver, signaturesValid } from '../utils/webhook-receiver.js';
import { type Stack, startStack } from './setup/stack.js';

const receiver = new Receiver();
let stack: Stack;
let strict: Stack;

beforeAll(async () => {
  await receiver.start();
  stack = await startStack({
    WORKER: 'inline',
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_TIMEOUT_MS: '2000',
    WEBHOOK_RETRY_BASE_SECONDS: '0.05',
  });
  strict = await startStack();
}, 120_000);

afterAll(() => receiver.stop());

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expectNoBrowserErrors(tp);
}

/** A ticket of De Linde, raised through the API by its member: a ticket.created event. */
async function raiseTicket(subject: string) {
  const token = await apiLogin(stack.api.graphqlUrl, 'medewerker@delinde.example');
  const lists = await gql(
    stack.api.graphqlUrl,
    '{ ticketCategories { id } ticketSupportTypes { id } }',
    {},
    { token },
  );
  const created = await gql(
    stack.api.graphqlUrl,
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } ticket { id } } }`,
    {
      input: {
        clientKey: randomUUID(),
        subject,
        description: 'Het aanmelden lukt niet.',
        categoryId: lists.data?.ticketCategories[0].id,
        supportTypeId: lists.data?.ticketSupportTypes[0].id,
      },
    },
    { token },
  );
  expect(created.data?.createTicket.errors).toEqual([]);
}

const secretOnPage = (tp: TestPage) => tp.page.getByLabel('Geheim (whsec_…)').inputValue();

async function waitForRequests(path: string, count: number) {
  await expect.poll(() => receiver.received(path).length, { timeout: 15_000 }).toBe(count);
}

/** Registers an endpoint on the new-endpoint page that is open; returns its secret (shown once). */
async function registerOnPage(tp: TestPage, url: string, eventLabel: RegExp, name: string) {
  const { page } = tp;
  await hydrated(page);
  await page.getByLabel('Adres (URL)').fill(url);
  await page.getByLabel('Omschrijving').fill('Zaaksysteem');
  // No event type: refused at the field, the address kept.
  await page.getByRole('button', { name: 'Eindpunt registreren' }).click();
  await expect
    .poll(() => page.locator('#webhook-endpoint-eventTypes-error').textContent())
    .toContain('Kies minstens één soort gebeurtenis.');
  await expect(page.getByLabel('Adres (URL)').inputValue()).resolves.toBe(url);
  await check(tp, `${name}-refused`);
  await page.getByRole('checkbox', { name: eventLabel }).check();
  await page.getByRole('button', { name: 'Eindpunt registreren' }).click();
  await page.getByRole('heading', { name: 'Eindpunt geregistreerd' }).waitFor();
  const secret = await secretOnPage(tp);
  expect(secret).toMatch(/^whsec_/);
  await check(tp, `${name}-created`);
  await page.getByRole('link', { name: 'Naar het eindpunt' }).click();
  await page.getByRole('heading', { level: 2, name: url }).waitFor();
  return secret;
}

/** On an endpoint's page: a delivery shows in the log, is replayed, and the secret is rotated. */
async function logReplayRotate(tp: TestPage, path: string, secret: string, name: string) {
  const url = receiver.url(path);
  const { page } = tp;
  await expect(page.getByText('Er is nog niets naar dit eindpunt gestuurd.').count()).resolves.toBe(1);
  await check(tp, `${name}-endpoint`);

  await raiseTicket(`Webhook ${name}`);
  await waitForRequests(path, 1);
  const [first] = receiver.received(path);
  expect(signaturesValid(secret, first!)).toBe(true);
  // The delivery's outcome is committed just after the receiver answered: then the page is read again.
  await expect
    .poll(
      async () =>
        (
          await ownerQuery(
            stack.api.dbUrl,
            `SELECT d.status FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
              WHERE e.url = $1`,
            [url],
          )
        ).map((row) => row.status),
      { timeout: 10_000 },
    )
    .toEqual(['SUCCEEDED']);
  await page.reload();
  await hydrated(page);
  const row = page.locator('.webhook-log tbody tr').first();
  await expect(row.textContent()).resolves.toContain('Afgeleverd');
  await expect(row.textContent()).resolves.toContain('ticket.created');
  await row.locator('summary').click();
  await expect(row.locator('.webhook-excerpt').textContent()).resolves.toBe('ok');
  await expect(row.textContent()).resolves.toContain('HTTP 200');
  await check(tp, `${name}-log`);

  await row.getByRole('button', { name: 'Levering ticket.created opnieuw versturen' }).click();
  await expect.poll(() => page.locator('.notice').first().textContent()).toContain('opnieuw verstuurd');
  await waitForRequests(path, 2);
  const [, replayed] = receiver.received(path);
  expect(replayed?.headers['webhook-id']).toBe(first?.headers['webhook-id']);
  expect(replayed?.body).toBe(first?.body);

  await page.getByLabel('Het vorige geheim blijft geldig (uren)').fill('500');
  await page.getByRole('button', { name: 'Nieuw geheim maken' }).click();
  await expect
    .poll(() => page.locator('#webhook-rotate-keepPreviousHours-error').textContent())
    .toContain('Geef een aantal uren van 0 tot 168.');
  await page.getByLabel('Het vorige geheim blijft geldig (uren)').fill('2');
  await page.getByRole('button', { name: 'Nieuw geheim maken' }).click();
  await expect.poll(() => page.locator('.notice').first().textContent()).toContain('2 uur mee');
  const rotated = await secretOnPage(tp);
  expect(rotated).toMatch(/^whsec_/);
  expect(rotated).not.toBe(secret);
  await check(tp, `${name}-rotated`);
  await raiseTicket(`Webhook ${name} na rotatie`);
  await waitForRequests(path, 3);
  const afterRotation = receiver.received(path)[2]!;
  expect((afterRotation.headers['webhook-signature'] as string).split(' ')).toHaveLength(2);
  expect(signaturesValid(rotated, afterRotation)).toBe(true);
  expect(signaturesValid(secret, afterRotation)).toBe(true);
}

/** Switches the open endpoint off, then deletes it after confirming; back on the list with a notice. */
async function switchOffAndDelete(tp: TestPage, listHeading: RegExp, name: string) {
  const { page } = tp;
  await page.getByRole('button', { name: 'Uitschakelen' }).click();
  await expect.poll(() => page.locator('.notice').first().textContent()).toContain('Het eindpunt staat uit');
  await page.getByRole('button', { name: 'Weer inschakelen' }).waitFor();
  await page.getByRole('button', { name: 'Eindpunt verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).waitFor();
  await check(tp, `${name}-delete-confirm`);
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.getByRole('heading', { name: listHeading }).first().waitFor();
  await expect
    .poll(() => page.locator('.notice').first().textContent())
    .toContain('Het eindpunt en zijn afleverlog zijn verwijderd.');
  await expect(page.getByText('Er zijn nog geen webhook-eindpunten.').count()).resolves.toBe(1);
}

describe("the department's webhooks", () => {
  // Long: a page visit per step on a shared 2-core machine.
  it('registers an endpoint, shows a delivery in its log, replays it, rotates the secret, deletes it', {
    timeout: 180_000,
  }, async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheer@zorg.example');
    await page.goto('/beheer');
    await heading(page, 'Beheer');
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Webhooks' }).click();
    await heading(page, 'Webhooks');
    await expect(page.getByText('Er zijn nog geen webhook-eindpunten.').count()).resolves.toBe(1);
    await check(tp, 'admin-webhooks-empty');

    await page.getByRole('link', { name: 'Nieuw eindpunt' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Nieuw eindpunt' }).waitFor();
    await check(tp, 'admin-webhook-new');
    await expect(page.getByRole('checkbox', { name: /Berichtenreeks toegewezen/ }).count()).resolves.toBe(1);
    const url = receiver.url('/department');
    const secret = await registerOnPage(tp, url, /Nieuw ticket/, 'admin-webhook');
    await logReplayRotate(tp, '/department', secret, 'admin-webhook');

    await page.getByRole('link', { name: 'Terug naar de webhooks' }).click();
    // The endpoint's page has the same h1: wait for the list itself.
    await page.getByRole('table', { name: 'Webhook-eindpunten' }).waitFor();
    await expect(page.getByRole('link', { name: url }).count()).resolves.toBe(1);
    await check(tp, 'admin-webhooks');
    await page.getByRole('link', { name: url }).click();
    await page.getByRole('heading', { level: 2, name: url }).waitFor();
    await switchOffAndDelete(tp, /^Webhooks$/, 'admin-webhook');
    await tp.context.close();
  });
});

describe("an organisation's own webhooks", () => {
  it("are its Beheerder's, for its own events, with the same log, replay and rotation", {
    timeout: 180_000,
  }, async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await page.goto('/organisation');
    await page
      .getByRole('navigation', { name: 'Onderdelen van Mijn organisatie' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Webhooks' }).waitFor();
    await check(tp, 'org-webhooks-empty');

    await page.getByRole('link', { name: 'Nieuw eindpunt' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Nieuw eindpunt' }).waitFor();
    // Its own events only: no thread assignment (that names department staff).
    await expect(page.getByRole('checkbox').count()).resolves.toBe(4);
    await expect(page.getByRole('checkbox', { name: /Berichtenreeks toegewezen/ }).count()).resolves.toBe(0);
    await check(tp, 'org-webhook-new');
    const url = receiver.url('/delinde');
    const secret = await registerOnPage(tp, url, /Nieuw ticket/, 'org-webhook');
    await logReplayRotate(tp, '/delinde', secret, 'org-webhook');
    for (const request of receiver.received('/delinde')) expect(request.body).not.toContain('internal');
    await switchOffAndDelete(tp, /^Webhooks$/, 'org-webhook');
    // Every change is in the organisation's history, in words.
    await page.getByRole('link', { name: 'Geschiedenis' }).click();
    await page.getByRole('heading', { level: 2, name: 'Geschiedenis' }).waitFor();
    const history = await page.locator('.history-table').textContent();
    for (const text of [
      'Webhook-eindpunt geregistreerd',
      'Webhook-levering opnieuw verstuurd',
      'Nieuw geheim voor een webhook-eindpunt',
      'Webhook-eindpunt verwijderd',
    ])
      expect(history).toContain(text);
    await tp.context.close();
  });
});

describe('an internal address', () => {
  it('is refused at the field, in the reader’s language, with the input kept', {
    timeout: 120_000,
  }, async () => {
    for (const [email, path, language] of [
      ['beheer@zorg.example', '/beheer/webhooks/nieuw', 'nl'],
      ['beheerder@delinde.example', '/organisation/webhooks/new', 'en'],
    ] as const) {
      // The account's language is the page's.
      await ownerQuery(strict.api.dbUrl, 'UPDATE app_user SET language = $2 WHERE email = $1', [
        email,
        language,
      ]);
      const tp = await openPage(strict.browser, strict.baseUrl);
      const { page } = tp;
      await login(page, email);
      await page.goto(path);
      await hydrated(page);
      const url = 'https://169.254.169.254/latest/meta-data';
      await page.getByLabel(language === 'en' ? 'Address (URL)' : 'Adres (URL)').fill(url);
      await page.getByRole('checkbox').first().check();
      await page
        .getByRole('button', { name: language === 'en' ? 'Register endpoint' : 'Eindpunt registreren' })
        .click();
      await expect
        .poll(() => page.locator('#webhook-endpoint-url-error').textContent())
        .toContain(language === 'en' ? 'points into an internal network' : 'wijst naar een intern netwerk');
      await expect(
        page.getByLabel(language === 'en' ? 'Address (URL)' : 'Adres (URL)').inputValue(),
      ).resolves.toBe(url);
      await check(tp, `webhook-internal-refused-${language}`);
      await tp.context.close();
    }
  });
});
