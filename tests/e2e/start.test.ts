// End to end on the start page of an organisation's users: Mijn taken (and a task disappearing live when
// a contact confirms), the latest received messages appearing live, the theme tiles leading to the theme
// page with its In/Uit filter, and the 'Hulp nodig?' widget (technical helpdesk ticket with its
// errors). Department staff start in their inbox. axe on every state, screenshots at 1280 and 375 px.
import { beforeAll, describe, expect, it } from 'vitest';
import { login as apiLogin } from '../utils/graphql.js';
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
import {
  announced,
  confirmedContact,
  departmentSends,
  LINDE,
  liveConnected,
  overflowAt375,
} from './messages.fixtures.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
let admin: string;
let staff: string;

beforeAll(async () => {
  stack = await startStack();
  admin = await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example');
  staff = await apiLogin(stack.api.graphqlUrl, 'bart.desmet@zorg.example');
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expect(await overflowAt375(tp.page), `sideways overflow at 375 px on ${name}`).toEqual([]);
  expectNoBrowserErrors(tp);
}

describe('the start page', () => {
  it('shows the tasks, the latest messages and the themes, and keeps them current live', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await heading(page, 'Welkom, Els');
    await hydrated(page);
    const tasks = page.locator('.start-tasks > li');
    expect(await tasks.count()).toBe(5);
    await page.getByRole('link', { name: 'Contactpersoon toevoegen voor Subsidies' }).waitFor();
    await page.getByText('U hebt nog geen berichten ontvangen.').waitFor();
    expect(await page.locator('.theme-tiles > li').count()).toBe(5);
    await check(tp, 'start-org-empty');
    await liveConnected(stack);

    // A contact for Subsidies confirms: its task goes without a reload.
    await confirmedContact(stack, admin, {
      firstName: 'Jan',
      lastName: 'Janssens',
      email: 'jan.janssens@delinde.example',
      themes: ['SUB'],
    });
    await page
      .getByRole('link', { name: 'Contactpersoon toevoegen voor Subsidies' })
      .waitFor({ state: 'detached' });
    await announced(page, 'Uw taken zijn bijgewerkt.');
    expect(await tasks.count()).toBe(4);

    // The department writes: the message appears under 'Mijn ontvangen berichten', unread.
    await departmentSends(stack, staff, {
      organisationId: LINDE,
      theme: 'SUB',
      title: 'Beslissing werkingssubsidie',
      body: 'Zie bijlage.',
      attachment: 'beslissing.pdf',
    });
    const latest = page.locator('.latest-list > li', { hasText: 'Beslissing werkingssubsidie' });
    await latest.waitFor({ timeout: 10_000 });
    await expect(latest.textContent()).resolves.toContain('Ongelezen');
    await page.locator('.nav-badge', { hasText: '1' }).waitFor();
    await check(tp, 'start-org');

    // 'Ga naar alle berichten'.
    await page.getByRole('link', { name: 'Ga naar alle berichten' }).click();
    await heading(page, 'Mijn berichten');
    await page.getByRole('row', { name: /Beslissing werkingssubsidie/ }).waitFor();
    expect(await page.getByRole('row', { name: /Beslissing werkingssubsidie/ }).textContent()).toContain(
      '1 bijlage',
    );
    await tp.context.close();
  });

  it('leads to a theme page: both directions in one list, with In/Uit', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@delinde.example');
    await hydrated(page);
    // An organisation's own message on the theme, besides the department's.
    await page.goto(`/messages/new?themeId=${themeId('SUB')}`);
    await hydrated(page);
    await page.locator('#new-title').fill('Vraag over de timing');
    await page.locator('#new-body').fill('Wanneer wordt uitbetaald?');
    await page.getByRole('button', { name: 'Verzenden' }).last().click();
    await page.getByText('Uw bericht is verstuurd naar Team Subsidies.').waitFor();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
    await heading(page, /^Welkom/);
    await page
      .locator('.theme-tiles')
      .getByRole('link', { name: /^Subsidies/ })
      .click();
    await heading(page, 'Thema Subsidies');
    const rows = page.locator('.message-table tbody tr');
    expect(await rows.count()).toBe(2);
    await expect(page.locator('.message-table').textContent()).resolves.toMatch(/In.*Uit|Uit.*In/s);
    await check(tp, 'theme-page');

    await page.getByRole('link', { name: 'Uit (verstuurd)' }).click();
    await page.waitForURL(/direction=out/);
    await page.locator('.list-summary', { hasText: '1 bericht gevonden' }).waitFor();
    await expect(rows.first().textContent()).resolves.toContain('Vraag over de timing');
    await page.getByRole('link', { name: 'In (ontvangen)' }).click();
    await page.waitForURL(/direction=in/);
    await page.locator('.list-summary', { hasText: '1 bericht gevonden' }).waitFor();
    await expect(rows.first().textContent()).resolves.toContain('Beslissing werkingssubsidie');
    await check(tp, 'theme-page-in');

    // A theme without a confirmed contact says so; the theme's 'Stuur nieuw bericht' preselects it.
    await page.goto(`/themes/${themeId('KWA')}`);
    await heading(page, 'Thema Kwaliteit');
    await page.getByText('Nog geen berichten over Kwaliteit.').waitFor();
    expect(await page.locator('.notice-warning').textContent()).toContain('Kwaliteit');
    await check(tp, 'theme-page-empty');
    await page.getByRole('link', { name: 'Stuur nieuw bericht' }).first().click();
    await heading(page, 'Stuur nieuw bericht');
    await expect(page.getByLabel('Thema', { exact: true }).inputValue()).resolves.toBe(themeId('KWA'));
    // A theme the organisation does not work with, or no theme at all, has no page.
    for (const id of ['00000000-0000-4000-8000-000000000999', `${themeId('INF')}x`]) {
      const response = await page.goto(`/themes/${id}`);
      expect(response?.status()).toBe(404);
      await heading(page, 'Pagina niet gevonden');
    }
    tp.problems.splice(0); // the browser reports the 404 answers themselves as console errors
    await tp.context.close();
  });

  it("makes a ticket for the technical helpdesk through 'Hulp nodig?'", async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerkerplus@delinde.example');
    await hydrated(page);
    const widget = page.locator('.help-widget');
    await widget.getByText('Technische helpdesk').click();
    // The helpdesk answers at the account's own address: the form asks no address.
    await widget.getByText('De helpdesk antwoordt op het e-mailadres van uw account').waitFor();
    expect(await widget.getByLabel('Uw e-mailadres').count()).toBe(0);
    await widget.getByRole('button', { name: 'Verstuur ticket' }).click();
    await page.locator('#helpdesk-categoryId-error').waitFor();
    await page.locator('#helpdesk-question-error').waitFor();
    expect(await focused(page)).toBe('helpdesk-categoryId');
    await check(tp, 'start-helpdesk-errors');

    await widget.getByLabel('Categorie').selectOption({ label: 'Techniek' });
    await widget.getByLabel('Soort melding').selectOption({ label: 'Vraag' });
    await widget.getByLabel('Uw vraag').fill('Ik kan geen bijlagen opladen vanuit Safari.');
    await widget.getByRole('button', { name: 'Verstuur ticket' }).click();
    const notice = widget.getByText(/Uw ticket HD-\d{4}-\d{6} is aangemaakt/);
    await notice.waitFor();
    const number = (/HD-\d{4}-\d{6}/.exec((await notice.textContent()) ?? '') ?? [''])[0];
    const receipts = await outbox(stack.api.dbUrl, 'medewerkerplus@delinde.example');
    expect(receipts.map((m) => m.template)).toContain('ticket-confirmation');
    await check(tp, 'start-helpdesk-sent');
    await widget.getByRole('link', { name: `Ticket ${number} bekijken` }).click();
    await heading(page, `${number} Ik kan geen bijlagen opladen vanuit Safari.`);
    await tp.context.close();
  });

  it('sends department staff to their inbox', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    await login(tp.page, 'an.peeters@zorg.example');
    await tp.page.goto('/');
    expect(new URL(tp.page.url()).pathname).toBe('/staff');
    await tp.page.goto('/messages');
    expect(new URL(tp.page.url()).pathname).toBe('/staff');
    await tp.context.close();
  });
});
