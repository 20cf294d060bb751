// Service levels in the staff pages (issue 14), in the browser against a real API with its timer worker:
// an agent on the queue view sees a ticket turn 'at risk' live when its timer fires (the ticket is made
// 25 minutes old as a Major incident, 24/7 with 30 minutes to react, through SQL); the SLA filter narrows
// to it; the ticket page lists the due times; the report page shows a month's numbers and its CSV
// downloads through the web's origin. Each page is checked with axe and photographed at 1280 and 375 px.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { key } from '../utils/messages.js';
import {
  expectNoAxeViolations,
  expectNoBrowserErrors,
  focused,
  heading,
  hydrated,
  login,
  openPage,
  screenshots,
  type TestPage,
} from '../utils/web.js';
import { type Stack, startStack } from './setup/stack.js';

const REQUESTER = 'medewerker@delinde.example';
const STAFF = 'an.peeters@zorg.example';

let stack: Stack;
let member: string;
let categoryId: string;
let questionType: string;

beforeAll(async () => {
  // The timers run in the API (graphile-worker), as in production.
  stack = await startStack({ WORKER: 'inline' });
  member = await apiLogin(stack.api.graphqlUrl, REQUESTER);
  const options = await gql(
    stack.api.graphqlUrl,
    '{ ticketCategories { id } ticketSupportTypes { id code } }',
    {},
    { token: member },
  );
  categoryId = options.data?.ticketCategories[0].id;
  questionType = options.data?.ticketSupportTypes.find((t: { code: string }) => t.code === 'QUESTION').id;
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expectNoBrowserErrors(tp);
}

/** An organisation's user creates a Vraag ticket through GraphQL; its id and number. */
async function createTicket(subject: string): Promise<{ id: string; number: string }> {
  const result = await gql(
    stack.api.graphqlUrl,
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } ticket { id number } } }`,
    {
      input: {
        clientKey: key(),
        subject,
        description: 'Het dashboard toont sinds vanmorgen geen cijfers meer.',
        categoryId,
        supportTypeId: questionType,
      },
    },
    { token: member },
  );
  const ticket = result.data?.createTicket.ticket;
  if (!ticket) throw new Error(`not created: ${JSON.stringify(result.data ?? result.errors)}`);
  return ticket;
}

/** Major incident: 24/7, 30 minutes to react, 4 hours to resolve. */
const MAJOR = `(SELECT id FROM ticket_support_type WHERE code = 'MAJOR_INCIDENT')`;

describe('the SLA column', () => {
  it('turns a ticket at risk live, filters on it and shows its due times on the ticket page', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    page.setDefaultTimeout(20_000);
    await login(page, STAFF);
    await page.goto('/staff/tickets');
    await heading(page, 'Tickets');
    await hydrated(page);

    const subject = `Dashboard zonder cijfers ${key().slice(0, 6)}`;
    const ticket = await createTicket(subject);
    const row = page.locator('tbody tr', { hasText: subject });
    await row.waitFor();
    // A Vraag: one working day to react, on track.
    await row.locator('[data-sla="ON_TRACK"]', { hasText: 'Op schema' }).waitFor();
    await expect(row.textContent()).resolves.toContain('Reactie voor');

    // 25 of its 30 minutes gone: the timer (due at once) finds it at risk and tells the queues.
    await ownerQuery(
      stack.api.dbUrl,
      `UPDATE ticket SET support_type_id = ${MAJOR}, created_at = now() - interval '25 minutes' WHERE id = $1`,
      [ticket.id],
    );
    await ownerQuery(stack.api.dbUrl, 'UPDATE ticket SET timer_at = now() WHERE id = $1', [ticket.id]);
    // Without a reload.
    await row.locator('[data-sla="AT_RISK"]', { hasText: 'Dreigt te verlopen' }).waitFor();
    await page.locator('.live-status', { hasText: 'De tickets zijn bijgewerkt.' }).waitFor();
    const [due] = await ownerQuery<{ due: Date }>(
      stack.api.dbUrl,
      'SELECT first_response_due_at AS due FROM ticket WHERE id = $1',
      [ticket.id],
    );
    // Due 30 minutes after its (new) creation, shown as the reaction's due time.
    expect(await row.locator('time').first().getAttribute('datetime')).toBe(due?.due.toISOString());
    await check(tp, 'sla-queue');

    // The filter by service level (a GET form): at risk has it, breached does not.
    await page.getByLabel('Termijn', { exact: true }).selectOption('AT_RISK');
    await page.getByLabel('Sorteren op').selectOption('SLA');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/sla=AT_RISK/);
    await row.waitFor();
    await page.goto('/staff/tickets?sla=BREACHED');
    await heading(page, 'Tickets');
    await expect(page.locator('tbody tr', { hasText: subject }).count()).resolves.toBe(0);

    // The ticket page: the state, reaction due (not yet decided), resolution due.
    await page.goto(`/staff/tickets/${ticket.number}`);
    await heading(page, subject);
    await hydrated(page);
    const summary = page.locator('.staff-thread-summary');
    await expect(summary.locator('[data-sla="AT_RISK"]').textContent()).resolves.toBe('Dreigt te verlopen');
    await expect(summary.locator('[data-sla-target="reaction"] time').getAttribute('datetime')).resolves.toBe(
      due?.due.toISOString(),
    );
    await expect(summary.locator('[data-sla-target="resolution"]').textContent()).resolves.toMatch(
      /^uiterlijk /,
    );

    // A public reply meets the reaction target: the page says so live.
    await page.getByLabel('Tekst').fill('We kijken het dashboard meteen na.');
    await page.getByRole('button', { name: 'Toevoegen aan het ticket' }).click();
    await page.getByText('Uw antwoord is verstuurd.').waitFor();
    await summary.locator('[data-sla-target="reaction"]', { hasText: 'Gehaald' }).waitFor();
    await check(tp, 'sla-ticket');
    await tp.context.close();
  });
});

describe('the report page', () => {
  it('shows a month of service levels, refuses a wrong period with its input kept, and downloads the CSV', async () => {
    // Two Major incidents (24/7, so minutes are business minutes) in March 2025: one reacted in 20 minutes
    // and resolved in 2 hours (both met), one in 40 minutes and 5 hours (both breached).
    for (const [reaction, resolution] of [
      [20, 120],
      [40, 300],
    ]) {
      const { id } = await createTicket(`Rapport ${key().slice(0, 6)}`);
      await ownerQuery(
        stack.api.dbUrl,
        `UPDATE ticket SET support_type_id = ${MAJOR}, timer_at = NULL, status = 'RESOLVED', solution = 'Opgelost.',
           created_at = '2025-03-10T09:00:00Z',
           first_response_due_at = '2025-03-10T09:30:00Z', resolution_due_at = '2025-03-10T13:00:00Z',
           first_response_at = timestamptz '2025-03-10T09:00:00Z' + $2 * interval '1 minute',
           resolved_at = timestamptz '2025-03-10T09:00:00Z' + $3 * interval '1 minute'
         WHERE id = $1`,
        [id, reaction, resolution],
      );
    }

    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    page.setDefaultTimeout(15_000);
    await login(page, STAFF);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Rapporten' })
      .click();
    await heading(page, 'Rapporten');
    await hydrated(page);

    await page.getByLabel('Van', { exact: true }).fill('2025-03-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2025-03-31');
    await page.getByRole('button', { name: 'Rapport tonen' }).click();
    await page.waitForURL(/from=2025-03-01&to=2025-03-31/);
    const row = page.locator('tbody tr', { hasText: 'Major incident' });
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells).toEqual([
      '2025-03',
      'Helpdesk',
      'Major incident',
      '2',
      '1 50 %',
      '1',
      '30 min',
      '1 50 %',
      '1',
      '3 u 30 min',
    ]);
    await check(tp, 'sla-report');

    // The CSV, through the web's origin with the session cookie.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /CSV downloaden/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('service-levels-2025-03-01-2025-03-31.csv');
    const csv = await readFile((await download.path()) as string, 'utf8');
    expect(csv.split('\r\n')).toContain('2025-03,Helpdesk,Major incident,2,1,1,50,1,1,50,30,210');

    // An end before the start: 400, the input kept, the focus on the field.
    const response = await page.goto('/staff/reports?from=2025-03-31&to=2025-03-01');
    expect(response?.status()).toBe(400);
    await hydrated(page);
    await expect(page.getByLabel('Tot en met', { exact: true }).inputValue()).resolves.toBe('2025-03-01');
    await page.getByText('Deze datum ligt voor de begindatum.').first().waitFor();
    // The browser logs the 400 on its console; the shared check knows that line is no problem of the page.
    expectNoBrowserErrors(tp);
    await expectNoAxeViolations(page, 'sla-report-refused');
    expect(await focused(page)).toBe('report-to');
    await tp.context.close();
  });

  it('is not there for an organisation, and the CSV asks for a login without a session', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    const anonymous = await page.goto('/reports/service-levels.csv?from=2025-03-01&to=2025-03-31');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(anonymous?.ok()).toBe(true);
    await login(page, REQUESTER);
    const csv = await page.goto('/reports/service-levels.csv?from=2025-03-01&to=2025-03-31');
    expect(csv?.status()).toBe(404);
    tp.problems.length = 0;
    await tp.context.close();
  });
});
