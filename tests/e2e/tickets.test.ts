// End to end on the organisation's ticket pages (issue 13, manuals 001 and 003): a MEMBER creates a
// ticket with a file (confirmation on its page and by mail), finds it in the overview, replies, sees the
// helpdesk's reply arrive live without a reload (announced), and asks to close it; a form without a
// category keeps what was typed and moves the focus to the first error, with and without JavaScript;
// 'Hulp nodig?' makes a ticket too. axe on every state, screenshots at 1280 and 375 px.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { outbox } from '../utils/mailbox.js';
import { themeId } from '../utils/messages.js';
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
import { announced, liveConnected, overflowAt375, paddedPdf } from './messages.fixtures.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
let staff: string;

const MEMBER = 'medewerker@delinde.example';
const NUMBER = /HD-\d{4}-\d{6}/;

beforeAll(async () => {
  stack = await startStack();
  staff = await apiLogin(stack.api.graphqlUrl, 'bart.desmet@zorg.example');
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expect(await overflowAt375(tp.page), `sideways overflow at 375 px on ${name}`).toEqual([]);
  expectNoBrowserErrors(tp);
}

const STAFF_REPLY = `mutation($input: TicketReplyInput!) {
  replyToTicket(input: $input) { errors { field message } ticket { status } }
}`;

const TICKET = `query($number: String!) {
  ticket(number: $number) {
    id status closeRequestedAt channel
    entries { kind body closeRequest attachments { fileName } }
  }
}`;

describe('a MEMBER and the helpdesk', () => {
  it('creates a ticket with a file, finds it, replies, sees the helpdesk answer live and asks to close', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, MEMBER);
    await page.getByRole('navigation').getByRole('link', { name: 'Tickets' }).click();
    await heading(page, 'Tickets');
    await hydrated(page);
    // Their own open tickets (the demo's), not the ADMIN's; no 'Alle tickets' for a MEMBER ('001').
    await page.getByRole('row', { name: /Factuur van oktober klopt niet/ }).waitFor();
    expect(await page.getByRole('row', { name: /Sjabloon voor de jaarrapportage/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Mijn tickets' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Alle tickets' }).count()).toBe(0);
    await check(tp, 'tickets-overview');

    // Nieuw ticket: the account's address read-only, the privacy reminder of '001'.
    await page.getByRole('link', { name: 'Nieuw ticket' }).first().click();
    await heading(page, 'Nieuw ticket');
    await hydrated(page);
    const email = page.getByLabel('E-mailadres');
    expect(await email.inputValue()).toBe(MEMBER);
    expect(await email.getAttribute('readonly')).not.toBeNull();
    await page.getByText('Stuur alstublieft geen privacygevoelige gegevens').waitFor();

    // Without a category: the typed text stays and the focus goes to the category.
    await page.getByLabel('Onderwerp').fill('e-loket: bijlage opent niet');
    await page.getByLabel('Soort melding').selectOption({ label: 'Vraag' });
    await page.getByLabel('Omschrijving').fill('De factuur in bijlage opent niet.\nWat kan ik doen?');
    await page.locator('#ticket-files').setInputFiles({
      name: 'schermafdruk.pdf',
      mimeType: 'application/pdf',
      buffer: paddedPdf(2),
    });
    await page.getByRole('list', { name: 'Toegevoegde bijlagen' }).getByText('schermafdruk.pdf').waitFor();
    await page.getByRole('button', { name: 'Verstuur ticket' }).last().click();
    await page.locator('#ticket-categoryId-error').waitFor();
    expect(await focused(page)).toBe('ticket-categoryId');
    expect(await page.getByLabel('Onderwerp').inputValue()).toBe('e-loket: bijlage opent niet');
    expect(await page.getByLabel('Omschrijving').inputValue()).toContain('Wat kan ik doen?');
    await page.getByRole('list', { name: 'Toegevoegde bijlagen' }).getByText('schermafdruk.pdf').waitFor();
    await check(tp, 'ticket-new-errors');

    await page.getByLabel('Categorie').selectOption({ label: 'Techniek' });
    await page.getByRole('button', { name: 'Verstuur ticket' }).last().click();
    const created = page.getByText(/Uw ticket HD-\d{4}-\d{6} is aangemaakt/);
    await created.waitFor();
    const number = (NUMBER.exec((await created.textContent()) ?? '') ?? [''])[0];
    expect(await created.textContent()).toContain(`bevestiging per e-mail op ${MEMBER}`);
    await heading(page, `${number} e-loket: bijlage opent niet`);
    await page.getByRole('link', { name: 'schermafdruk.pdf' }).waitFor();
    await page.getByText('Nieuw', { exact: true }).first().waitFor();
    // The queue with what it means for the customer, and who has it.
    const panel = page.locator('.ticket-panel');
    expect(await panel.textContent()).toContain('Alle meldingen komen binnen bij de Helpdesk.');
    expect(await panel.textContent()).toContain('Reactie te verwachten: Binnen 24 uur');
    expect(await panel.textContent()).toContain('Nog niet toegewezen');
    const mails = await outbox(stack.api.dbUrl, MEMBER);
    const confirmation = mails.find((m) => m.template === 'ticket-confirmation');
    expect(confirmation?.text_body).toContain(number);
    expect(confirmation?.text_body).toContain(`/tickets/${number}`);
    await check(tp, 'ticket-created');

    // The overview lists it (open tickets by default), and the search by number finds it.
    await page.getByRole('link', { name: 'Terug naar de tickets' }).click();
    await heading(page, 'Tickets');
    const row = page.getByRole('row', { name: new RegExp(number) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Techniek');
    await page.getByText('Zoeken en filteren').click();
    await page.getByLabel('Ticketnummer of trefwoord').fill(number);
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByText('1 ticket gevonden').waitFor();
    await check(tp, 'tickets-list');
    await row.getByRole('link', { name: number }).click();
    await heading(page, `${number} e-loket: bijlage opent niet`);
    await hydrated(page);
    const { data } = await gql(stack.api.graphqlUrl, TICKET, { number }, { token: staff });
    const ticketId = data?.ticket.id as string;

    // The MEMBER replies.
    await page.getByLabel('Uw reactie').fill('Het gaat om de PDF van oktober.');
    await page.getByRole('button', { name: 'Beantwoorden' }).click();
    await page.getByText('Uw reactie is toegevoegd aan het ticket.').waitFor();
    await page.locator('.ticket-entry', { hasText: 'Het gaat om de PDF van oktober.' }).waitFor();

    // The helpdesk answers through the API: it appears without a reload, and is announced.
    await liveConnected(stack);
    const staffReply = await gql(
      stack.api.graphqlUrl,
      STAFF_REPLY,
      { input: { ticketId, body: 'Kunt u de PDF opnieuw downloaden?', clientKey: crypto.randomUUID() } },
      { token: staff },
    );
    expect(staffReply.data?.replyToTicket.errors).toEqual([]);
    await page.locator('.ticket-entry', { hasText: 'Kunt u de PDF opnieuw downloaden?' }).waitFor();
    await announced(page, `Nieuwe reactie van de helpdesk in ticket ${number}.`);
    await page.locator('.ticket-panel').getByText('Beantwoord').waitFor();
    await check(tp, 'ticket-answered');

    // Ask to close: the reason is required, then it is recorded.
    await page.getByText('Ticket sluiten').click();
    await page.getByRole('button', { name: 'Vraag om te sluiten' }).click();
    await page.locator('#close-body-error').waitFor();
    expect(await focused(page)).toBe('close-body');
    await page.getByLabel('Reden').fill('Het werkt weer, bedankt.');
    await page.getByRole('button', { name: 'Vraag om te sluiten' }).click();
    await page.getByText('U hebt gevraagd om het ticket te sluiten.').first().waitFor();
    const after = await gql<{
      ticket: {
        closeRequestedAt: string | null;
        entries: Array<{ closeRequest: boolean; body: string; attachments: Array<{ fileName: string }> }>;
      };
    }>(stack.api.graphqlUrl, TICKET, { number }, { token: staff });
    const entries = after.data?.ticket.entries ?? [];
    expect(after.data?.ticket.closeRequestedAt).not.toBeNull();
    expect(entries.find((e) => e.closeRequest)?.body).toBe('Het werkt weer, bedankt.');
    // The file sent with the request is the ticket's only one.
    expect(entries.flatMap((e) => e.attachments.map((a) => a.fileName))).toEqual(['schermafdruk.pdf']);

    // Geen meldingen meer.
    await page.getByRole('button', { name: 'Geen meldingen meer' }).click();
    await page.getByText('U krijgt geen meldingen meer over dit ticket.').waitFor();
    await page.getByRole('button', { name: 'Meldingen aanzetten' }).waitFor();
    await check(tp, 'ticket-close-requested');
    await tp.context.close();
  });
});

describe('the new ticket form without JavaScript', () => {
  it('keeps the input and puts the focus on the errors, then creates the ticket', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    page.setDefaultTimeout(10_000);
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(MEMBER);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Aanmelden' }).click(),
    ]);
    await page.goto('/tickets/new');
    await heading(page, 'Nieuw ticket');
    await page.getByLabel('Onderwerp').fill('Zonder JavaScript');
    await page.getByLabel('Omschrijving').fill('Een vraag zonder script.');
    await page.getByRole('button', { name: 'Verstuur ticket' }).last().click();
    await page.locator('.error-summary').waitFor();
    expect(await focused(page)).toContain('error-summary');
    await page.locator('#ticket-categoryId-error').waitFor();
    await page.locator('#ticket-supportTypeId-error').waitFor();
    expect(await page.getByLabel('Onderwerp').inputValue()).toBe('Zonder JavaScript');
    expect(await page.getByLabel('Omschrijving').inputValue()).toBe('Een vraag zonder script.');
    // (axe needs the page's JavaScript: the same form is checked with it above.)
    await screenshots(page, 'ticket-new-errors-nojs');

    // The privacy guard asks first (in the page, without JavaScript), then 'Toch verzenden' sends.
    await page.getByLabel('Categorie').selectOption({ label: 'Financieel' });
    await page.getByLabel('Soort melding').selectOption({ label: 'Vraag' });
    await page.getByLabel('Omschrijving').fill('Bewoner met rijksregisternummer 85.07.30-033.28.');
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Verstuur ticket' }).last().click(),
    ]);
    const dialog = page.getByRole('dialog', { name: 'Persoonsgegevens in uw bericht' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('rijksregisternummer');
    tp.problems.splice(0); // the 400 answers of the refusals, logged by the browser itself
    await screenshots(page, 'ticket-privacy-nojs');
    await Promise.all([
      page.waitForURL(/\/tickets\/HD-/),
      dialog.getByRole('button', { name: 'Toch verzenden' }).click(),
    ]);
    await page.getByText(/Uw ticket HD-\d{4}-\d{6} is aangemaakt/).waitFor();
    await heading(page, /Zonder JavaScript/);
    await tp.context.close();
  });
});

describe("'Hulp nodig?' on a theme page", () => {
  it('creates a ticket from the widget and links to it', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, MEMBER);
    await page.goto(`/themes/${themeId('SUB')}`);
    await hydrated(page);
    const widget = page.locator('.help-widget');
    await widget.getByText('Technische helpdesk').click();
    await widget.getByLabel('Categorie').selectOption({ label: 'Techniek' });
    await widget.getByLabel('Soort melding').selectOption({ label: 'Vraag' });
    await widget.getByLabel('Uw vraag').fill('Het e-loket is traag.\nVooral de berichten.');
    await widget.getByRole('button', { name: 'Verstuur ticket' }).click();
    const notice = widget.getByText(/Uw ticket HD-\d{4}-\d{6} is aangemaakt/);
    await notice.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/themes/${themeId('SUB')}`);
    const number = (NUMBER.exec((await notice.textContent()) ?? '') ?? [''])[0];
    await check(tp, 'ticket-widget-sent');
    await widget.getByRole('link', { name: `Ticket ${number} bekijken` }).click();
    await heading(page, `${number} Het e-loket is traag.`);
    const { data } = await gql(stack.api.graphqlUrl, TICKET, { number }, { token: staff });
    expect(data?.ticket.channel).toBe('WIDGET');
    await tp.context.close();
  });
});

describe('a closed ticket', () => {
  it("offers 'Nieuw ticket over dit onderwerp', which links the new ticket to it", async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, MEMBER);
    await page.goto('/tickets?view=mine&q=Zorgmail');
    const row = page.getByRole('row', { name: /Zorgmail komt niet aan/ });
    const number = (NUMBER.exec((await row.textContent()) ?? '') ?? [''])[0];
    const { data } = await gql(stack.api.graphqlUrl, TICKET, { number }, { token: staff });
    const closed = await gql(
      stack.api.graphqlUrl,
      `mutation($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { errors { message } } }`,
      { input: { ticketId: data?.ticket.id, status: 'CLOSED' } },
      { token: staff },
    );
    expect(closed.data?.setTicketStatus.errors).toEqual([]);

    await row.getByRole('link', { name: number }).click();
    await heading(page, `${number} Zorgmail komt niet aan`);
    await hydrated(page);
    expect(await page.getByLabel('Uw reactie').count()).toBe(0);
    await page.getByText('Dit ticket is gesloten.').waitFor();
    await check(tp, 'ticket-closed');
    await page.getByRole('link', { name: 'Nieuw ticket over dit onderwerp' }).click();
    await heading(page, 'Nieuw ticket');
    await page
      .getByText(`Dit ticket volgt op het gesloten ticket ${number}: Zorgmail komt niet aan.`)
      .waitFor();
    expect(await page.getByLabel('Onderwerp').inputValue()).toBe(
      `Vervolg op ${number}: Zorgmail komt niet aan`,
    );
    await page.getByLabel('Categorie').selectOption({ label: 'Externe koppeling' });
    await page.getByLabel('Soort melding').selectOption({ label: 'Vraag' });
    await page.getByLabel('Omschrijving').fill('Het probleem is terug.');
    await page.getByRole('button', { name: 'Verstuur ticket' }).last().click();
    await page.getByText(/Uw ticket HD-\d{4}-\d{6} is aangemaakt/).waitFor();
    await page.locator('.ticket-panel').getByRole('link', { name: 'Zorgmail komt niet aan' }).waitFor();
    expect(await page.locator('.ticket-panel').textContent()).toContain(`Volgt op ${number}`);
    await check(tp, 'ticket-follow-up');
    await tp.context.close();
  });
});

describe('an ADMIN', () => {
  it("sees 'Alle tickets' of the organisation with their requesters, filtered and sorted, also in English", async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await page.goto('/tickets');
    await heading(page, 'Tickets');
    await hydrated(page);
    await page.getByRole('link', { name: 'Alle tickets' }).click();
    await page.getByText('Alle tickets van uw organisatie, open en gesloten.').waitFor();
    // A colleague's ticket, with the colleague as requester ('001': the Beheerder sees every ticket).
    const colleague = page.getByRole('row', { name: /Factuur van oktober klopt niet/ });
    await colleague.waitFor();
    expect(await colleague.textContent()).toContain('Tom Claes');
    await page.getByText('Zoeken en filteren').click();
    await page.getByLabel('Categorie').selectOption({ label: 'Financieel' });
    await page.getByLabel('Sorteren op').selectOption({ label: 'Nummer' });
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForURL(/view=all.*sort=number/);
    await page.getByText(/tickets? gevonden/).waitFor();
    expect(await page.getByRole('row', { name: /Sjabloon voor de jaarrapportage/ }).count()).toBe(0);
    await colleague.waitFor();
    await check(tp, 'tickets-all');

    // In English (the header's switch, saved to the account): the same list, worded in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'All tickets' }).waitFor();
    await page.getByText(/tickets? found/).waitFor();
    await check(tp, 'tickets-all-en');
    await colleague.getByRole('link').click();
    await page.getByRole('heading', { name: 'Ticket status' }).waitFor();
    // Not taking part in a colleague's ticket, the ADMIN gets no mails of it until they switch them on.
    await page.getByText('You receive no emails about this ticket.').waitFor();
    await page.getByRole('button', { name: 'Notify me' }).click();
    await page.getByText('You will be notified about this ticket from now on.').waitFor();
    await page.getByRole('button', { name: 'Don’t notify me' }).waitFor();
    await check(tp, 'ticket-detail-en');
    await tp.context.close();
  });
});
