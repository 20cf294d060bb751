// The e-loket against its manual (004): 'Hulp nodig?' on every page linked to a theme (its team first),
// 'Mijn organisatie' in the name menu, 'Verzenden' at the top of the forms as well as at the bottom
// (through the privacy question too), the list filters worded as their columns ('Aan' on Verstuurd,
// 'Ontvangen vanaf' on Ontvangen, a 'vanaf' after 'tot en met' pointed out), and staff seeing a one-off
// contact for what it is. axe-core on each page.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { key, SEND, themeId } from '../utils/messages.js';
import {
  expectNoAxeViolations,
  expectNoBrowserErrors,
  heading,
  hydrated,
  login,
  openPage,
  type TestPage,
} from '../utils/web.js';
import { confirmedContact, departmentSends, LINDE } from './messages.fixtures.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
let received: { id: string; referenceNumber: string };
let mine: string;

beforeAll(async () => {
  stack = await startStack();
  const admin = await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example');
  const staff = await apiLogin(stack.api.graphqlUrl, 'bart.desmet@zorg.example');
  await confirmedContact(stack, admin, {
    firstName: 'Jan',
    lastName: 'Janssens',
    email: 'jan.janssens@delinde.example',
    themes: ['SUB', 'PER'],
  });
  received = await departmentSends(stack, staff, {
    organisationId: LINDE,
    theme: 'SUB',
    title: 'Voorschot subsidies',
    body: 'Het voorschot wordt volgende week betaald.',
  });
  // The organisation writes to Team Personeel, with a contact for this message only.
  const sent = await gql(
    stack.api.graphqlUrl,
    SEND,
    {
      input: {
        clientKey: key(),
        themeId: themeId('PER'),
        title: 'Vraag over de personeelsnormen',
        body: 'Welke norm geldt voor de nacht?',
        contacts: {
          add: [{ firstName: 'Eva', lastName: 'Extern', email: 'eva@extern.example', standard: false }],
        },
      },
    },
    { token: admin },
  );
  const ref = sent.data?.sendMessage.message?.referenceNumber;
  if (!ref) throw new Error(`not sent: ${JSON.stringify(sent)}`);
  mine = ref;
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  expectNoBrowserErrors(tp);
}

/** The team names in 'Hulp nodig?', in the order shown. */
async function helpTeams(page: Page): Promise<string[]> {
  return page.locator('.help-widget .team-link').allTextContents();
}

describe("'Hulp nodig?' on every page linked to a theme", () => {
  it('theme page, message lists, a message and the new-message form, the theme’s team first', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@delinde.example');

    await page.goto(`/themes/${themeId('PER')}`);
    await hydrated(page);
    await page.getByRole('heading', { level: 2, name: 'Hulp nodig?' }).waitFor();
    expect((await helpTeams(page))[0]).toBe('Team Personeel');
    await check(tp, 'help-theme');

    await page.goto('/messages');
    await hydrated(page);
    await page.getByRole('heading', { level: 2, name: 'Hulp nodig?' }).waitFor();
    expect(await helpTeams(page)).toHaveLength(5);
    await page.goto('/messages?box=sent');
    await page.getByRole('heading', { level: 2, name: 'Hulp nodig?' }).waitFor();

    await page.goto(`/messages/${received.referenceNumber}`);
    await hydrated(page);
    expect((await helpTeams(page))[0]).toBe('Team Subsidies');
    await check(tp, 'help-message');

    await page.goto(`/messages/new?themeId=${themeId('KWA')}`);
    await hydrated(page);
    expect((await helpTeams(page))[0]).toBe('Team Kwaliteit');
    await check(tp, 'help-new-message');

    // The technical helpdesk from a theme page: the page stays, the answer shows in the widget.
    await page.goto(`/themes/${themeId('SUB')}`);
    await hydrated(page);
    const widget = page.locator('.help-widget');
    await widget.getByText('Technische helpdesk').click();
    await widget.getByLabel('Categorie').selectOption({ label: 'Techniek' });
    await widget.getByLabel('Soort melding').selectOption({ label: 'Vraag' });
    await widget.getByLabel('Uw vraag').fill('De bijlage opent niet.');
    await widget.getByRole('button', { name: 'Verstuur ticket' }).click();
    await widget.getByText(/Uw ticket HD-\d{4}-\d{6} is aangemaakt/).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/themes/${themeId('SUB')}`);
    await check(tp, 'help-theme-asked');
    await tp.context.close();
  });
});

describe("'Mijn organisatie' in the name menu", () => {
  it('leads an ADMIN to edit and a MEMBER to read; staff have none', async () => {
    for (const [email, canEdit] of [
      ['beheerder@delinde.example', true],
      ['medewerker@delinde.example', false],
    ] as const) {
      const tp = await openPage(stack.browser, stack.baseUrl);
      const { page } = tp;
      await login(page, email);
      await hydrated(page);
      await page.locator('.user-menu summary').click();
      await check(tp, 'user-menu-open');
      await page.locator('.user-menu').getByRole('link', { name: 'Mijn organisatie' }).click();
      await heading(page, 'Mijn organisatie');
      await page.getByRole('heading', { level: 2, name: 'Organisatiegegevens' }).waitFor();
      expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(canEdit ? 1 : 0);
      await tp.context.close();
    }
    const staff = await openPage(stack.browser, stack.baseUrl);
    await login(staff.page, 'bart.desmet@zorg.example');
    await staff.page.locator('.user-menu summary').click();
    await staff.page.locator('.user-menu').getByRole('link', { name: 'Profiel' }).waitFor();
    expect(
      await staff.page.locator('.user-menu').getByRole('link', { name: 'Mijn organisatie' }).count(),
    ).toBe(0);
    await staff.context.close();
  });
});

describe("'Verzenden' at the top of the forms", () => {
  it('sends a new message from the top, through the privacy question', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@delinde.example');
    await page.goto(`/messages/new?themeId=${themeId('SUB')}`);
    await hydrated(page);
    const send = page.locator('#new-form').getByRole('button', { name: 'Verzenden' });
    expect(await send.count()).toBe(2);
    // The top one comes before the text, the bottom one after the contacts.
    const [top, body, bottom] = await Promise.all([
      send.first().boundingBox(),
      page.locator('#new-body').boundingBox(),
      send.last().boundingBox(),
    ]);
    expect(top!.y).toBeLessThan(body!.y);
    expect(bottom!.y).toBeGreaterThan(body!.y);
    await page.locator('#new-title').fill('Bovenaan verzonden');
    await page.locator('#new-body').fill('Rijksregisternummer 85.07.30-033.28 van de bewoner.');
    await send.first().click();
    const dialog = page.getByRole('dialog', { name: 'Persoonsgegevens in uw bericht' });
    await dialog.waitFor();
    await check(tp, 'send-top-privacy');
    await dialog.getByRole('button', { name: 'Toch verzenden' }).click();
    await page.getByText('Uw bericht is verstuurd naar Team Subsidies.').waitFor();
    await heading(page, 'Bovenaan verzonden');
    await tp.context.close();
  });

  it('sends a reply from the top', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@delinde.example');
    await page.goto(`/messages/${received.referenceNumber}?reply=1#reply`);
    await hydrated(page);
    const send = page.locator('#reply-form').getByRole('button', { name: 'Verzenden' });
    expect(await send.count()).toBe(2);
    await page.locator('#reply-body').fill('Dank u, goed ontvangen.');
    await check(tp, 'reply-form-two-buttons');
    await send.first().click();
    await page.getByText('Uw bericht is verstuurd naar Bart De Smet (Team Subsidies).').waitFor();
    await expect(page.locator('.message-view .message-body').textContent()).resolves.toContain(
      'Dank u, goed ontvangen.',
    );
    await tp.context.close();
  });
});

describe('the filters say what their columns say', () => {
  it("Verstuurd filters on 'Aan' and has no Status; Ontvangen's dates say 'Ontvangen'", async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await page.goto('/messages?box=sent');
    await hydrated(page);
    const filters = page.locator('details.filters');
    await filters.locator('summary').click();
    expect(await filters.getByLabel('Status').count()).toBe(0);
    await filters.getByLabel('Verstuurd vanaf').waitFor();
    await filters.getByLabel('Aan', { exact: true }).fill('personeel');
    await filters.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/recipient=personeel/);
    await page.getByText('1 bericht gevonden').waitFor();
    expect(await page.locator('.message-table tbody th').allTextContents()).toEqual([
      'Vraag over de personeelsnormen',
    ]);
    await check(tp, 'filter-sent-recipient');
    // The English team name matches as well; another team matches nothing.
    await page.goto('/messages?box=sent&recipient=staffing');
    await page.getByText('1 bericht gevonden').waitFor();
    await page.goto('/messages?box=sent&recipient=kwaliteit');
    await page.getByText('Geen berichten gevonden').waitFor();
    // A Status carried over from Ontvangen does not narrow Verstuurd (its own messages are read).
    await page.goto('/messages?box=sent');
    const all = await page.locator('.list-summary').textContent();
    await page.goto('/messages?box=sent&status=unread');
    expect(await page.locator('.list-summary').textContent()).toBe(all);

    await page.goto('/messages');
    await hydrated(page);
    await page.locator('details.filters summary').click();
    await filters.getByLabel('Ontvangen vanaf').waitFor();
    await filters.getByLabel('Ontvangen tot en met').waitFor();
    expect(await filters.getByLabel('Aan', { exact: true }).count()).toBe(0);
    await check(tp, 'filter-received');
    await tp.context.close();
  });

  it("says so when 'vanaf' is after 'tot en met'", async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await page.goto('/messages?from=2026-12-31&to=2026-01-01');
    await hydrated(page);
    await page.getByText('De datum ‘vanaf’ ligt na ‘tot en met’').waitFor();
    const to = page.getByLabel('Ontvangen tot en met');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Deze datum ligt vóór ‘Ontvangen vanaf’.', { exact: false }).waitFor();
    await check(tp, 'filter-dates-reversed');
    await tp.context.close();
  });
});

describe('staff see a one-off contact for what it is', () => {
  it("'Alleen voor dit bericht', with no confirmation state", async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'bart.desmet@zorg.example');
    // Bart's teams include Personeel, where the organisation wrote.
    await page.goto(`/staff/threads/${mine}`);
    await hydrated(page);
    const eva = page.locator('.staff-contact-list li', { hasText: 'Eva Extern' });
    await eva.waitFor();
    const text = await eva.textContent();
    expect(text).toContain('Alleen voor dit bericht');
    expect(text).not.toContain('Bevestigd');
    const jan = page.locator('.staff-contact-list li', { hasText: 'Jan Janssens' });
    expect(await jan.textContent()).toContain('Bevestigd');
    await check(tp, 'staff-one-off-contact');
    await tp.context.close();
  });
});

describe('English that is English', () => {
  it('names the team in English in sender lines, and the department as configured everywhere', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { locale: 'en-GB' });
    const { page } = tp;
    await login(page, 'medewerkerplus@delinde.example');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await heading(page, /Welcome/);
    await page.goto('/messages');
    await hydrated(page);
    await heading(page, 'My messages');
    const row = page.locator('.message-table tbody tr', { hasText: 'Voorschot subsidies' });
    await expect(row.textContent()).resolves.toContain('Bart De Smet (Subsidies team)');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toContain('Team Subsidies');
    expect(text).not.toContain('Department of Care');
    // Header (brand for staff), footer and the lead text all say the configured name.
    expect(await page.locator('.site-footer').textContent()).toContain('Departement Zorg');
    expect(await page.locator('.lead').first().textContent()).toContain('Departement Zorg');
    await check(tp, 'english-messages');
    await tp.context.close();
  });
});
