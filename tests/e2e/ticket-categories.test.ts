// Ticket categories and deflection in the browser (issue 16, decision 0036): a DEPARTMENT_ADMIN adds a
// category on /beheer/tickets (a refused name comes back with its error and the input kept), a customer
// picks it on the ticket form, an AGENT filters the queue by it and moves the ticket to another category
// (a history line); /staff/reports shows the tickets per category and the deflection figures of a period.
// Each new page is checked with axe and photographed at 1280 and 375 px.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
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
import { type Stack, startStack } from './setup/stack.js';

const ADMIN = 'beheer@zorg.example';
const AGENT = 'an.peeters@zorg.example';
const REQUESTER = 'medewerker@delinde.example';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expectNoBrowserErrors(tp);
}

describe('ticket categories', () => {
  it('an admin adds a category, a customer picks it, staff filter by it and change it', async () => {
    // The admin adds 'Subsidieportaal'.
    const admin = await openPage(stack.browser, stack.baseUrl);
    admin.page.setDefaultTimeout(20_000);
    await login(admin.page, ADMIN);
    await admin.page.goto('/beheer/tickets');
    await heading(admin.page, 'Ticketinstellingen');
    await hydrated(admin.page);
    await admin.page.getByRole('link', { name: 'Categorie toevoegen' }).click();
    await heading(admin.page, 'Nieuwe categorie');
    await hydrated(admin.page);
    await admin.page.getByLabel('Naam (Nederlands)').fill('Subsidieportaal');
    await admin.page.getByRole('button', { name: 'Bewaren' }).click();
    await admin.page.locator('#category-nameEn-error').waitFor();
    expect(await admin.page.getByLabel('Naam (Nederlands)').inputValue()).toBe('Subsidieportaal');
    admin.problems.splice(0); // the 400 answer of the refusal, logged by the browser itself
    await check(admin, 'admin-category-new-refused');
    await admin.page.getByLabel('Naam (Engels)').fill('Subsidy portal');
    await admin.page.getByRole('button', { name: 'Bewaren' }).click();
    await heading(admin.page, 'Ticketinstellingen');
    await admin.page.getByText('De categorie is toegevoegd.').waitFor();
    const row = admin.page.locator('tbody tr', { hasText: 'Subsidieportaal' });
    await expect(row.textContent()).resolves.toContain('Actief');
    await check(admin, 'admin-tickets-categories');
    await admin.page.getByRole('link', { name: 'Categorie Subsidieportaal wijzigen' }).click();
    await heading(admin.page, 'Categorie: Subsidieportaal');
    await hydrated(admin.page);
    await check(admin, 'admin-category-edit');

    // The customer picks it.
    const customer = await openPage(stack.browser, stack.baseUrl);
    customer.page.setDefaultTimeout(20_000);
    await login(customer.page, REQUESTER);
    await customer.page.goto('/tickets/new');
    await heading(customer.page, 'Nieuw ticket');
    await hydrated(customer.page);
    const subject = `Aanvraag niet zichtbaar ${randomUUID().slice(0, 6)}`;
    await customer.page.getByLabel('Onderwerp').fill(subject);
    await customer.page.getByLabel('Categorie').selectOption({ label: 'Subsidieportaal' });
    await customer.page.getByLabel('Soort melding').selectOption({ label: 'Vraag' });
    await customer.page.getByLabel('Omschrijving').fill('Onze aanvraag staat niet in het portaal.');
    await Promise.all([
      customer.page.waitForURL(/\/tickets\/HD-/),
      customer.page.getByRole('button', { name: 'Verstuur ticket' }).last().click(),
    ]);
    await heading(customer.page, new RegExp(subject));
    const number = new URL(customer.page.url()).pathname.split('/').at(-1) ?? '';
    await expect(customer.page.locator('main').textContent()).resolves.toContain('Subsidieportaal');
    await customer.context.close();

    // Staff filter the queue by it, and move the ticket to another category.
    const staff = await openPage(stack.browser, stack.baseUrl);
    staff.page.setDefaultTimeout(20_000);
    await login(staff.page, AGENT);
    await staff.page.goto('/staff/tickets');
    await hydrated(staff.page);
    await staff.page.getByLabel('Categorie').selectOption({ label: 'Subsidieportaal' });
    await staff.page.getByRole('button', { name: 'Filteren' }).click();
    await staff.page.waitForURL(/category=/);
    await staff.page.locator('.staff-list-count', { hasText: /^1 ticket$/ }).waitFor();
    await expect(staff.page.locator('tbody th a').allTextContents()).resolves.toEqual([subject]);
    await check(staff, 'staff-tickets-category-filter');
    await staff.page.getByRole('link', { name: subject }).click();
    await heading(staff.page, subject);
    await hydrated(staff.page);
    expect(new URL(staff.page.url()).pathname).toBe(`/staff/tickets/${number}`);
    const details = staff.page.locator('form', { has: staff.page.locator('select[name="categoryId"]') });
    await details.getByLabel('Categorie').selectOption({ label: 'Financieel' });
    await details.getByRole('button', { name: 'Opslaan' }).click();
    await staff.page.getByText('Categorie: Subsidieportaal → Financieel').waitFor();
    await staff.context.close();

    // Made inactive: no longer offered, still shown to staff as such.
    await admin.page.getByLabel('Aanbieden op nieuwe tickets').uncheck();
    await admin.page.getByRole('button', { name: 'Bewaren' }).click();
    await admin.page.getByText('De categorie is bewaard.').waitFor();
    await expect(row.textContent()).resolves.toContain('Inactief');
    await admin.context.close();
  });

  it('the reports show the tickets per category and the deflection figures of the period', async () => {
    const member = await apiLogin(stack.api.graphqlUrl, REQUESTER);
    const options = await gql(
      stack.api.graphqlUrl,
      '{ ticketCategories { id name } ticketSupportTypes { id code } }',
      {},
      { token: member },
    );
    const category = options.data?.ticketCategories.find((c: { name: string }) => c.name === 'Techniek');
    const type = options.data?.ticketSupportTypes.find((t: { code: string }) => t.code === 'QUESTION');
    const created = await gql(
      stack.api.graphqlUrl,
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } ticket { id } } }`,
      {
        input: {
          clientKey: randomUUID(),
          subject: 'Rapport',
          description: 'Een vraag.',
          categoryId: category.id,
          supportTypeId: type.id,
        },
      },
      { token: member },
    );
    const ticketId = created.data?.createTicket.ticket.id;
    const articleId = randomUUID();
    await ownerQuery(
      stack.api.dbUrl,
      `INSERT INTO kb_item (id, kind, slug, status, title_nl, title_en, body_nl, body_en, published_at)
       VALUES ($1, 'ARTICLE', 'wachtwoord-opnieuw-instellen-rapport', 'PUBLISHED', 'Wachtwoord opnieuw instellen',
               'Resetting a password', 'Tekst.', 'Text.', now())`,
      [articleId],
    );
    const deflect = (input: Record<string, unknown>) =>
      gql(
        stack.api.graphqlUrl,
        `mutation($input: RecordDeflectionInput!) { recordTicketDeflection(input: $input) { recorded } }`,
        { input: { query: 'wachtwoord', shownArticleIds: [articleId], ...input } },
        { token: member },
      );
    await deflect({ solvedArticleId: articleId });
    await deflect({ solvedArticleId: articleId });
    await deflect({ ticketId });
    // A period of their own: nothing else happened in May 2019.
    await ownerQuery(stack.api.dbUrl, `UPDATE ticket SET created_at = '2019-05-14T09:00:00Z' WHERE id = $1`, [
      ticketId,
    ]);
    await ownerQuery(
      stack.api.dbUrl,
      `UPDATE kb_deflection SET created_at = '2019-05-14T09:00:00Z' WHERE shown_article_ids = ARRAY[$1::uuid]`,
      [articleId],
    );

    const tp = await openPage(stack.browser, stack.baseUrl);
    tp.page.setDefaultTimeout(20_000);
    await login(tp.page, AGENT);
    await tp.page.goto('/staff/reports?from=2019-05-01&to=2019-05-31');
    await heading(tp.page, 'Rapporten');
    await hydrated(tp.page);
    const techniek = tp.page.getByTestId('category-counts').locator('tbody tr', { hasText: 'Techniek' });
    await expect(techniek.locator('td').allTextContents()).resolves.toEqual(['1', '1']);
    const figure = (key: string) =>
      tp.page.getByTestId('deflection-figures').locator(`tr[data-figure="${key}"] td`).textContent();
    await expect(figure('shown')).resolves.toBe('3');
    await expect(figure('avoided')).resolves.toBe('2');
    await expect(figure('created')).resolves.toBe('1');
    const top = tp.page.getByTestId('deflection-top').locator('tbody tr');
    await expect(top.allTextContents()).resolves.toEqual(['Wachtwoord opnieuw instellen2']);
    await check(tp, 'staff-reports-categories-deflection');
    await tp.context.close();
  });
});
