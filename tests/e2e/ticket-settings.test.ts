// Ticket settings in the browser (issue 16): a DEPARTMENT_ADMIN changes a support type's reaction target
// (a refused amount comes back with its error and the input kept), adds a closing day on the day a new
// ticket's reaction would fall, and the next ticket's due time reflects both. Each page is checked with axe
// and photographed at 1280 and 375 px; an AGENT gets no access. A queue's auto-resolve period and a theme's
// reminder are changed (refused input kept); a priority set by staff shows in the queue and to the customer.
import { beforeAll, describe, expect, it } from 'vitest';
import { addBusinessTime, localDate, officeCalendar } from '../../server/src/modules/sla/business-time.js';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { key } from '../utils/messages.js';
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
import { type Stack, startStack } from './setup/stack.js';

const ADMIN = 'beheer@zorg.example';
const AGENT = 'an.peeters@zorg.example';
const REQUESTER = 'medewerker@delinde.example';
const MINUTE = 60_000;

let stack: Stack;
let member: string;
let categoryId: string;
let questionType: string;

beforeAll(async () => {
  stack = await startStack();
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

async function createQuestion(): Promise<{ number: string; createdAt: string; firstResponseDueAt: string }> {
  const result = await gql(
    stack.api.graphqlUrl,
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } ticket { number createdAt firstResponseDueAt } } }`,
    {
      input: {
        clientKey: key(),
        subject: `Instellingen ${key().slice(0, 6)}`,
        description: 'Het rapport blijft leeg.',
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

describe('ticket settings', () => {
  it('a new target and a new closing day set the due time of the next ticket', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    page.setDefaultTimeout(20_000);
    await login(page, ADMIN);
    await page.goto('/beheer');
    await page.getByRole('link', { name: 'Ticketinstellingen' }).first().click();
    await heading(page, 'Ticketinstellingen');
    await hydrated(page);
    const row = page.locator('tbody tr', { hasText: 'Vraag' });
    await expect(row.textContent()).resolves.toContain('1 werkdag');
    await check(tp, 'admin-tickets');

    await page.getByRole('link', { name: 'Doelen van Vraag wijzigen' }).click();
    await heading(page, 'Servicedoelen: Vraag');
    await hydrated(page);
    const reaction = page.getByRole('group', { name: 'Reactietijd' });
    // Refused: the error under the field, the input kept.
    await reaction.getByLabel('Aantal').fill('twee');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Geef een aantal groter dan 0').first().waitFor();
    await expect(reaction.getByLabel('Aantal').inputValue()).resolves.toBe('twee');
    await check(tp, 'admin-tickets-targets-refused');

    await reaction.getByLabel('Aantal').fill('2');
    await reaction.getByLabel('Eenheid').selectOption('hours');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await heading(page, 'Ticketinstellingen');
    await page.getByText('De doelen zijn bewaard.').waitFor();
    await expect(row.textContent()).resolves.toContain('2 uur');

    // The closing day: the day a 2-hour reaction of a ticket made now would fall on.
    const office = officeCalendar([], ['07-11']);
    const closed = localDate(addBusinessTime(new Date(), 120 * MINUTE, office), 'Europe/Brussels');
    await page.getByRole('link', { name: 'Kantooruren en sluitingsdagen beheren' }).click();
    await heading(page, 'Kantooruren en sluitingsdagen');
    await hydrated(page);
    await check(tp, 'admin-tickets-calendar');
    await page.getByLabel('Soort sluitingsdag').selectOption('date');
    await page.getByLabel(/^Datum/).fill(closed);
    await page.getByLabel('Naam in het Nederlands').fill('Teamdag');
    await page.getByLabel('Naam in het Engels').fill('Team day');
    await page.getByRole('button', { name: 'Sluitingsdag toevoegen' }).click();
    await page.getByText('De sluitingsdag is toegevoegd.').waitFor();
    await page.locator('tbody tr', { hasText: 'Teamdag' }).waitFor();

    const ticket = await createQuestion();
    const withClosing = officeCalendar([closed], ['07-11']);
    const created = new Date(ticket.createdAt);
    expect(ticket.firstResponseDueAt).toBe(addBusinessTime(created, 120 * MINUTE, withClosing).toISOString());
    expect(localDate(new Date(ticket.firstResponseDueAt), 'Europe/Brussels')).not.toBe(closed);
    await tp.context.close();
  });

  it("changes a queue's auto-resolve period, refusing what is no whole number of days", async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    page.setDefaultTimeout(20_000);
    await login(page, ADMIN);
    await page.goto('/beheer/tickets');
    await hydrated(page);
    const row = page.locator('tbody tr', { hasText: 'Wensenlijst' });
    const before = (await row.textContent())?.match(/(\d+) dagen/)?.[1];
    expect(before).toBeDefined();
    await page.getByRole('link', { name: 'Afdeling Wensenlijst wijzigen' }).click();
    await heading(page, 'Afdeling: Wensenlijst');
    await hydrated(page);
    await check(tp, 'admin-tickets-queue');
    const days = page.getByLabel('Automatisch opgelost na (dagen)');
    await days.fill('twee');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Geef een geheel aantal dagen, 1 of meer.').first().waitFor();
    await expect(days.inputValue()).resolves.toBe('twee');
    await check(tp, 'admin-tickets-queue-refused');

    const changed = before === '21' ? '22' : '21';
    await days.fill(changed);
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await heading(page, 'Ticketinstellingen');
    await page.getByText('De afdeling is bewaard.').waitFor();
    await expect(row.textContent()).resolves.toContain(`${changed} dagen`);
    const settings = await gql(
      stack.api.graphqlUrl,
      '{ ticketSettings { queues { nameNl autoResolveAfterDays } } }',
      {},
      { token: await apiLogin(stack.api.graphqlUrl, ADMIN) },
    );
    const queue = settings.data?.ticketSettings.queues.find(
      (q: { nameNl: string }) => q.nameNl === 'Wensenlijst',
    );
    expect(queue.autoResolveAfterDays).toBe(Number(changed));

    // The theme's reminder page: a refused period comes back with its error.
    await page
      .getByRole('link', { name: /^Herinnering van thema / })
      .first()
      .click();
    await hydrated(page);
    const reminder = page.getByLabel('Herinnering na (werkdagen)');
    await reminder.fill('0');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Geef een geheel aantal dagen, 1 of meer.').first().waitFor();
    await expect(reminder.inputValue()).resolves.toBe('0');
    await check(tp, 'admin-tickets-theme-refused');
    await tp.context.close();
  });

  it('shows the priority staff set in the queue and to the customer', async () => {
    const { number } = await createQuestion();
    const staff = await openPage(stack.browser, stack.baseUrl);
    staff.page.setDefaultTimeout(20_000);
    await login(staff.page, AGENT);
    await staff.page.goto(`/staff/tickets/${number}`);
    await hydrated(staff.page);
    await staff.page.getByLabel('Prioriteit').selectOption('HIGH');
    await staff.page.getByRole('button', { name: 'Opslaan' }).first().click();
    await staff.page.getByText('De gegevens zijn opgeslagen.').waitFor();
    const saved = await gql(
      stack.api.graphqlUrl,
      'query($number: String!) { ticket(number: $number) { priority } }',
      { number },
      { token: await apiLogin(stack.api.graphqlUrl, AGENT) },
    );
    expect(saved.data?.ticket.priority).toBe('HIGH');
    await check(staff, 'staff-ticket-priority');
    await staff.page.goto(`/staff/tickets?q=${number}`);
    await hydrated(staff.page);
    const row = staff.page.locator('tbody tr', { hasText: number });
    await expect(row.getByText('Hoog').count()).resolves.toBe(1);
    await staff.context.close();

    const customer = await openPage(stack.browser, stack.baseUrl);
    customer.page.setDefaultTimeout(20_000);
    await login(customer.page, REQUESTER);
    await customer.page.goto(`/tickets/${number}`);
    await hydrated(customer.page);
    const priority = customer.page
      .locator('dt', { hasText: 'Prioriteit' })
      .locator('xpath=following-sibling::dd');
    await expect(priority.textContent()).resolves.toBe('Hoog');
    await check(customer, 'customer-ticket-priority');
    await customer.context.close();
  });

  it("shows Problem's resolution per priority and refuses a wrong amount there, input kept", async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    page.setDefaultTimeout(20_000);
    await login(page, ADMIN);
    await page.goto('/beheer/tickets');
    await page.getByRole('link', { name: 'Doelen van Problem wijzigen' }).click();
    await heading(page, 'Servicedoelen: Problem');
    await hydrated(page);
    const critical = page.getByRole('group', { name: 'Kritiek' });
    const before = await critical.getByLabel('Aantal').inputValue();
    await critical.getByLabel('Aantal').fill('veel');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Geef een aantal groter dan 0').first().waitFor();
    await expect(critical.getByLabel('Aantal').inputValue()).resolves.toBe('veel');
    await check(tp, 'admin-tickets-problem-refused');
    // Saved again as it was: the targets per priority are unchanged.
    await critical.getByLabel('Aantal').fill(before);
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('De doelen zijn bewaard.').waitFor();
    await tp.context.close();
  });

  it('is not for an AGENT', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    await login(tp.page, AGENT);
    const response = await tp.page.goto('/beheer/tickets/calendar');
    expect(response?.status()).toBe(403);
    await tp.context.close();
  });
});
