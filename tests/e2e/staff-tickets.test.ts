// The helpdesk's ticket pages for department staff, in the browser against a real API, database and mail
// outbox: a ticket from an organisation arrives live in the Helpdesk queue, is answered, noted, postponed,
// assigned, moved, merged with a duplicate and resolved; register-by-phone; a refused form without
// JavaScript keeps its input. Each page is checked with axe and photographed at 1280 and 375 px.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { outbox } from '../utils/mailbox.js';
import { key, tinyPdf } from '../utils/messages.js';
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
let lists: { categories: string[]; types: string[] };

beforeAll(async () => {
  stack = await startStack();
  member = await apiLogin(stack.api.graphqlUrl, REQUESTER);
  const options = await gql(
    stack.api.graphqlUrl,
    '{ ticketCategories { id } ticketSupportTypes { id } }',
    {},
    { token: member },
  );
  lists = {
    categories: options.data?.ticketCategories.map((o: { id: string }) => o.id),
    types: options.data?.ticketSupportTypes.map((o: { id: string }) => o.id),
  };
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expectNoBrowserErrors(tp);
}

/** An organisation's user creates a ticket through GraphQL; its number. */
async function createTicket(subject: string, description: string): Promise<string> {
  const result = await gql(
    stack.api.graphqlUrl,
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } ticket { number } } }`,
    {
      input: {
        clientKey: key(),
        subject,
        description,
        categoryId: lists.categories[0],
        supportTypeId: lists.types[0],
      },
    },
    { token: member },
  );
  const number = result.data?.createTicket.ticket?.number as string | undefined;
  if (!number) throw new Error(`not created: ${JSON.stringify(result.data ?? result.errors)}`);
  return number;
}

/**
 * Records the subscriptions the page starts over its WebSocket (attach before the socket opens, i.e.
 * before logging in); `started(operation)` resolves once one for `operation` was sent, and a moment more
 * for the API to start listening, so that an event sent after it cannot be missed.
 */
function subscriptions(page: Page) {
  const sent: string[] = [];
  page.on('websocket', (socket) => {
    socket.on('framesent', (frame) => {
      const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString();
      if (text.includes('"subscribe"')) sent.push(text);
    });
  });
  return {
    async started(operation: string, after = 0) {
      while (sent.slice(after).every((text) => !text.includes(operation)))
        await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 500));
    },
    /** How many were sent so far (to wait for a later one). */
    count: () => sent.length,
  };
}

/** The open count the sidebar shows for a queue. */
async function queueCount(page: Page, code: string): Promise<number> {
  return Number(
    await page.locator(`a[data-queue="${code}"] .staff-ticket-count [aria-hidden]`).textContent(),
  );
}

/** A day `days` from today, as a date input takes it. */
function dayFromNow(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return day.toISOString().slice(0, 10);
}

describe('a ticket from an organisation, worked on by the helpdesk', () => {
  it('arrives live in the Helpdesk queue and is answered, noted, postponed, assigned, moved, merged and resolved', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    page.setDefaultTimeout(15_000);
    // Registered before the page's one WebSocket opens (on the first page after logging in).
    const live = subscriptions(page);
    await login(page, STAFF);
    await expect(page.locator('nav.main-nav').textContent()).resolves.toBe(
      'InboxTicketsChatOrganisatiesRapportenMislukte mailsQuarantaineProfiel',
    );
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Tickets' }).click();
    await heading(page, 'Tickets');
    await hydrated(page);
    await page.locator('a[data-queue="HELPDESK"]').click();
    await page.getByRole('heading', { level: 2, name: 'Helpdesk' }).waitFor();
    await live.started('StaffLiveTicketQueues');
    const before = await queueCount(page, 'HELPDESK');

    const subject = `Koppeling met de boekhouding valt uit ${key().slice(0, 6)}`;
    const number = await createTicket(
      subject,
      'Sinds vanochtend komen de facturen niet meer door naar ons boekhoudpakket.\nFoutcode E-42.',
    );
    // Without a reload: the row arrives, the count goes up, the live region says so.
    await page.getByRole('link', { name: subject }).waitFor();
    await page
      .locator('a[data-queue="HELPDESK"] .staff-ticket-count', { hasText: String(before + 1) })
      .waitFor();
    expect(await queueCount(page, 'HELPDESK')).toBe(before + 1);
    await page.locator('.live-status', { hasText: 'De tickets zijn bijgewerkt.' }).waitFor();
    const row = page.locator('tbody tr', { hasText: subject });
    await expect(row.textContent()).resolves.toContain(number);
    await expect(row.textContent()).resolves.toContain('WZC De Linde');
    await expect(row.textContent()).resolves.toContain('Nieuw');
    await check(tp, 'staff-tickets-queue');

    // Search by number finds it alone.
    await page.getByLabel('Zoeken').fill(number);
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/q=/);
    await page.locator('.staff-list-count', { hasText: /^1 ticket$/ }).waitFor();
    await expect(page.locator('tbody th a').allTextContents()).resolves.toEqual([subject]);

    // The ticket.
    const beforeTicket = live.count();
    await page.getByRole('link', { name: subject }).click();
    await heading(page, subject);
    await hydrated(page);
    expect(new URL(page.url()).pathname).toBe(`/staff/tickets/${number}`);
    await expect(page.locator('.staff-thread-summary').textContent()).resolves.toContain('Nieuw');
    await check(tp, 'staff-ticket');

    // A public reply: the requester gets it by mail.
    await page.getByLabel('Tekst').fill('Beste Tom,\nWe bekijken de koppeling meteen.\nAn');
    await page.getByRole('button', { name: 'Toevoegen aan het ticket' }).click();
    await page.getByText('Uw antwoord is verstuurd.').waitFor();
    await page
      .locator('.staff-message-department', { hasText: 'We bekijken de koppeling meteen.' })
      .waitFor();
    await page.locator('.staff-thread-summary', { hasText: 'Beantwoord' }).waitFor();
    const replies = (await outbox(stack.api.dbUrl, REQUESTER)).filter(
      (mail) => mail.template === 'ticket-reply' && mail.text_body.includes(number),
    );
    expect(replies).toHaveLength(1);
    // The mail says who answered and links to the ticket (the text is read behind the login).
    expect(replies[0]?.text_body).toContain('An Peeters heeft gereageerd');
    expect(replies[0]?.text_body).toContain(`${stack.baseUrl}/tickets/${number}`);

    // An internal note, marked internal; the organisation never reads it.
    await page.getByLabel('Interne notitie').check();
    await page.getByLabel('Tekst').fill('Lijkt op het certificaatprobleem van vorige week.');
    await page.getByRole('button', { name: 'Toevoegen aan het ticket' }).click();
    await page.getByText('De interne notitie is toegevoegd.').waitFor();
    const note = page.locator('.staff-ticket-note', { hasText: 'Lijkt op het certificaatprobleem' });
    await note.waitFor();
    await expect(note.textContent()).resolves.toContain('Intern');
    await expect(note.textContent()).resolves.toContain('Alleen zichtbaar voor medewerkers');
    const seen = await gql(
      stack.api.graphqlUrl,
      'query($n: String!) { ticket(number: $n) { id entries { kind body } } }',
      { n: number },
      { token: member },
    );
    expect(JSON.stringify(seen.data)).not.toContain('certificaatprobleem');
    const ticketId = seen.data?.ticket.id as string;
    await check(tp, 'staff-ticket-note');

    // The requester answers: the reply shows without a reload, and the live region says so.
    await live.started('StaffLiveTicketUpdated', beforeTicket);
    const answered = await gql(
      stack.api.graphqlUrl,
      'mutation($input: TicketReplyInput!) { replyToTicket(input: $input) { errors { code } } }',
      {
        input: {
          ticketId: ticketId,
          body: 'Dank u, het gaat om alle facturen van deze week.',
          clientKey: key(),
        },
      },
      { token: member },
    );
    expect(answered.data?.replyToTicket.errors).toEqual([]);
    await page.locator('.staff-message-organisation', { hasText: 'alle facturen van deze week' }).waitFor();
    await page.locator('.staff-thread-summary', { hasText: 'Open' }).waitFor();
    await page.locator('.live-status', { hasText: 'Het ticket is bijgewerkt.' }).waitFor();

    // Uitgesteld without a date: refused, the choice kept, the focus on the date.
    await page.getByLabel('Nieuwe status').selectOption({ label: 'Uitgesteld' });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText('Geef de datum tot wanneer het ticket uitgesteld wordt.').first().waitFor();
    expect(await focused(page)).toBe('status-postponedUntil');
    await expect(page.getByLabel('Nieuwe status').inputValue()).resolves.toBe('POSTPONED');
    await check(tp, 'staff-ticket-status-error');
    await page.getByLabel('Uitgesteld tot').fill(dayFromNow(7));
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText('De status is nu Uitgesteld.').waitFor();
    await page.locator('.staff-thread-summary', { hasText: 'Uitgesteld' }).waitFor();
    await page.locator('.staff-ticket-event', { hasText: 'Status: Open → Uitgesteld' }).waitFor();

    // Assigned to themself.
    await page.getByRole('button', { name: 'Aan mij toewijzen' }).click();
    await page.getByText('Toegewezen aan An Peeters.').waitFor();
    await page.locator('.staff-thread-summary', { hasText: 'An Peeters' }).waitFor();

    // A label and a colleague of the organisation as participant.
    await page.getByRole('region', { name: 'Labels' }).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Labels opslaan' }).click();
    await page.getByText('De labels zijn opgeslagen.').waitFor();
    await page.locator('.staff-thread-summary dt', { hasText: 'Labels' }).waitFor();
    await page.getByLabel('Deelnemer toevoegen').selectOption({ label: 'Sara Wouters' });
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByText('Sara Wouters is toegevoegd.').waitFor();
    await page.locator('.staff-ticket-participants', { hasText: 'Sara Wouters' }).waitFor();

    // Moved to another queue.
    await page.getByLabel('Naar afdeling').selectOption({ label: 'Intern bespreken' });
    await page.getByRole('button', { name: 'Verplaatsen' }).click();
    await page.getByText('Het ticket staat nu in Intern bespreken.').waitFor();
    await page.locator('.staff-ticket-event', { hasText: 'Afdeling: Helpdesk → Intern bespreken' }).waitFor();

    // A duplicate of the same organisation is merged into it, after a confirmation naming it.
    const duplicateSubject = `Facturen komen niet door ${key().slice(0, 6)}`;
    const duplicate = await createTicket(duplicateSubject, 'Dezelfde fout E-42 bij een collega.');
    await page.goto(`/staff/tickets/${duplicate}`);
    await heading(page, duplicateSubject);
    await hydrated(page);
    await page.getByLabel('Nummer van het andere ticket').fill(number);
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { name: `Samenvoegen met ${number}?` }).waitFor();
    expect(await focused(page)).toBe('merge-confirm-title');
    await check(tp, 'staff-ticket-merge-confirm');
    await page.getByRole('button', { name: 'Ja, samenvoegen' }).click();
    await heading(page, subject);
    await page.getByText(`Het ticket ${duplicate} is in dit ticket samengevoegd.`).waitFor();
    await page.locator('.staff-ticket-event', { hasText: `${duplicate} werd hierin samengevoegd` }).waitFor();
    await hydrated(page);

    // Resolved with a solution: mailed to the requester.
    await page.getByLabel('Nieuwe status').selectOption({ label: 'Opgelost' });
    await page.locator('#status-solution').fill('Het certificaat van de koppeling is vernieuwd.');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByText('De status is nu Opgelost.').waitFor();
    await page.locator('.staff-thread-summary', { hasText: 'Opgelost' }).waitFor();
    const solutions = (await outbox(stack.api.dbUrl, REQUESTER)).filter(
      (mail) => mail.template === 'ticket-solution' && mail.text_body.includes(number),
    );
    expect(solutions).toHaveLength(1);
    expect(solutions[0]?.text_body).toContain('Het certificaat van de koppeling is vernieuwd.');
    await check(tp, 'staff-ticket-resolved');
    await tp.context.close();
  });
});

describe('searching and paging the queue view', () => {
  it('finds tickets by a word and pages through them with Volgende and Vorige', async () => {
    const word = `zoekwoord${key().slice(0, 8)}`;
    for (let i = 1; i <= 21; i++) await createTicket(`Vraag ${i} over ${word}`, `Beschrijving ${i}.`);
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    page.setDefaultTimeout(15_000);
    await login(page, STAFF);
    await page.goto(`/staff/tickets?q=${word}`);
    await hydrated(page);
    await page.locator('.staff-list-count', { hasText: '21 tickets' }).waitFor();
    const subjects = () => page.locator('tbody th a').allTextContents();
    const first = await subjects();
    expect(first).toHaveLength(20);
    // Newest first (last updated).
    expect(first[0]).toBe(`Vraag 21 over ${word}`);
    const pages = page.getByRole('navigation', { name: 'Pagina’s' });
    await pages.getByRole('link', { name: 'Volgende' }).click();
    await page.waitForURL(/after=/);
    await page.locator('tbody th a', { hasText: `Vraag 1 over ${word}` }).waitFor();
    expect(await subjects()).toEqual([`Vraag 1 over ${word}`]);
    await expect(pages.getByRole('link', { name: 'Volgende' }).count()).resolves.toBe(0);
    await pages.getByRole('link', { name: 'Vorige' }).click();
    await page.waitForURL(/before=/);
    await page.locator('tbody th a', { hasText: `Vraag 21 over ${word}` }).waitFor();
    expect(await subjects()).toEqual(first);
    await expect(pages.getByRole('link', { name: 'Vorige' }).count()).resolves.toBe(0);
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('in English', () => {
  it('shows the queue view and a ticket in the account’s language', async () => {
    const url = stack.api.graphqlUrl;
    const token = await apiLogin(url, 'bart.desmet@zorg.example');
    await gql(url, 'mutation { setLanguage(language: en) { errors { code } } }', {}, { token });
    const subject = `Export stops halfway ${key().slice(0, 6)}`;
    const number = await createTicket(subject, 'The export of clients stops at 50 %.');
    const tp = await openPage(stack.browser, stack.baseUrl, { locale: 'en-GB' });
    const { page } = tp;
    page.setDefaultTimeout(15_000);
    await login(page, 'bart.desmet@zorg.example');
    await page.goto('/staff/tickets');
    await hydrated(page);
    await heading(page, 'Tickets');
    await page.getByRole('link', { name: 'My tickets' }).waitFor();
    await expect(page.locator('tbody tr', { hasText: subject }).textContent()).resolves.toContain('New');
    await check(tp, 'staff-tickets-queue-en');
    await page.getByRole('link', { name: subject }).click();
    await heading(page, subject);
    await hydrated(page);
    await page.getByRole('heading', { name: 'Reply or note' }).waitFor();
    await expect(page.locator('.staff-thread-reference-value').textContent()).resolves.toBe(number);
    await check(tp, 'staff-ticket-en');
    await tp.context.close();
  });
});

describe('registering a ticket taken by phone', () => {
  it('creates the ticket for a user of the organisation, channel Telefoon', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    page.setDefaultTimeout(15_000);
    await login(page, STAFF);
    await page.goto('/staff/tickets');
    await hydrated(page);
    await page.getByRole('link', { name: 'Ticket registreren' }).click();
    await heading(page, 'Ticket registreren');
    await hydrated(page);
    await page.getByLabel('Organisatie').selectOption({ label: 'WZC De Linde' });
    await page.getByRole('button', { name: 'Organisatie kiezen' }).click();
    await page.getByRole('heading', { level: 2, name: 'WZC De Linde' }).waitFor();
    await hydrated(page);
    await page.getByLabel('Melder', { exact: true }).selectOption({ label: `Tom Claes (${REQUESTER})` });
    const subject = `Telefonisch: wachtwoord vergeten ${key().slice(0, 6)}`;
    await page.getByLabel('Onderwerp').fill(subject);
    await page.getByLabel('Categorie').selectOption({ index: 1 });
    await page.getByLabel('Soort melding').selectOption({ index: 1 });
    await page.getByLabel('Beschrijving').fill('Belde om 10 uur: kan niet meer aanmelden.');
    await check(tp, 'staff-ticket-register');
    await page.getByRole('button', { name: 'Ticket registreren' }).click();
    await heading(page, subject);
    await page.getByText(/Het ticket HD-\d{4}-\d+ is geregistreerd\./).waitFor();
    const summary = page.locator('.staff-thread-summary');
    await expect(summary.textContent()).resolves.toContain('Telefoon');
    await expect(summary.textContent()).resolves.toContain('Tom Claes');
    const number = (await summary.locator('.staff-thread-reference-value').textContent()) ?? '';
    const confirmations = (await outbox(stack.api.dbUrl, REQUESTER)).filter(
      (mail) => mail.template === 'ticket-confirmation' && mail.text_body.includes(number),
    );
    expect(confirmations).toHaveLength(1);
    await tp.context.close();
  });
});

describe('without JavaScript', () => {
  it('a refused form answers 400 and keeps the input, the summary taking the focus', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    page.setDefaultTimeout(15_000);
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(STAFF);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.locator('nav.main-nav').waitFor();
    await page.goto('/staff/tickets/new');
    await page.getByLabel('Organisatie').selectOption({ label: 'WZC De Linde' });
    await page.getByRole('button', { name: 'Organisatie kiezen' }).click();
    await page.getByRole('heading', { level: 2, name: 'WZC De Linde' }).waitFor();
    await page.getByLabel('Onderwerp').fill('Printer op de tweede verdieping');
    const answer = page.waitForResponse((response) => response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Ticket registreren' }).click();
    expect((await answer).status()).toBe(400);
    await page.locator('.error-summary').waitFor();
    await expect(page.getByLabel('Onderwerp').inputValue()).resolves.toBe('Printer op de tweede verdieping');
    await expect(page.locator('#register-description-error').textContent()).resolves.toContain(
      'Dit veld is verplicht.',
    );
    expect(await focused(page)).toBe('section.error-summary');
    // (axe needs JavaScript: the same form with it was checked above.)
    await screenshots(page, 'staff-ticket-register-error-nojs');

    // An internal note without text but with a file: refused, the choice and the file kept; then added.
    const subject = `Zonder JavaScript ${key().slice(0, 6)}`;
    const number = await createTicket(subject, 'Een vraag.');
    await page.goto(`/staff/tickets/${number}`);
    await heading(page, subject);
    await page.getByLabel('Interne notitie').check();
    await page.locator('#compose-files').setInputFiles({
      name: 'logboek.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('logboek'),
    });
    const refused = page.waitForResponse((response) => response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Toevoegen aan het ticket' }).click();
    expect((await refused).status()).toBe(400);
    await page.locator('#compose-body-error').waitFor();
    await expect(page.getByLabel('Interne notitie').isChecked()).resolves.toBe(true);
    const added = page.getByRole('list', { name: 'Toegevoegde bijlagen' });
    await added.getByText('logboek.pdf').waitFor();
    expect(await focused(page)).toBe('section.error-summary');
    await page.getByLabel('Tekst').fill('Logboek van de koppeling bijgevoegd.');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Toevoegen aan het ticket' }).click(),
    ]);
    await page.getByText('De interne notitie is toegevoegd.').waitFor();
    const note = page.locator('.staff-ticket-note', { hasText: 'Logboek van de koppeling bijgevoegd.' });
    await note.getByRole('link', { name: 'logboek.pdf' }).waitFor();
    await tp.context.close();
  });
});
