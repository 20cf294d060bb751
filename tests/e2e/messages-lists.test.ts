import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { tinyPdf } from '../utils/messages.js';
import {
  expectNoAxeViolations,
  expectNoBrowserErrors,
  focused,
  heading,
  hydrated,
  login,
  openPage,
  screenshots,
  scriptBytes,
  type TestPage,
} from '../utils/web.js';
import { confirmedContact, departmentSends, LINDE, overflowAt375 } from './messages.fixtures.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
let staff: string;
const sent: Array<{ id: string; referenceNumber: string; title: string }> = [];

beforeAll(async () => {
  stack = await startStack();
  const admin = await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example');
  staff = await apiLogin(stack.api.graphqlUrl, 'bart.desmet@zorg.example');
  await confirmedContact(stack, admin, {
    firstName: 'Jan',
    lastName: 'Janssens',
    email: 'jan.janssens@delinde.example',
    themes: ['SUB', 'PER'],
  });
  // Twelve messages, oldest first: odd ones on Subsidies, even ones on Personeel; one with an attachment.
  for (let n = 1; n <= 12; n++) {
    const title = `Bericht ${String(n).padStart(2, '0')}`;
    const message = await departmentSends(stack, staff, {
      organisationId: LINDE,
      theme: n % 2 === 1 ? 'SUB' : 'PER',
      title,
      body: n === 7 ? 'Dit bericht bevat het sleutelwoord kalender.' : `Tekst van ${title}.`,
      ...(n === 3 ? { attachment: 'verslag.pdf' } : {}),
    });
    sent.push({ ...message, title });
  }
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expect(await overflowAt375(tp.page), `sideways overflow at 375 px on ${name}`).toEqual([]);
  expectNoBrowserErrors(tp);
}

/** Without JavaScript axe cannot run in the page (it needs timers): screenshots and the layout check. */
async function checkWithoutJs(tp: TestPage, name: string) {
  await screenshots(tp.page, name);
  expect(await overflowAt375(tp.page), `sideways overflow at 375 px on ${name}`).toEqual([]);
}

const titles = (page: Page) => page.locator('.message-table tbody th').allTextContents();
const range = (from: number, to: number) => {
  const out: string[] = [];
  for (let n = from; from > to ? n >= to : n <= to; from > to ? n-- : n++)
    out.push(`Bericht ${String(n).padStart(2, '0')}`);
  return out;
};

describe('paging', () => {
  it("goes 5 a page with 'Volgende' and back with 'Vorige'", async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@delinde.example');
    await page.goto('/messages');
    await hydrated(page);
    expect(await titles(page)).toEqual(range(12, 8));
    await page.getByText('Pagina 1 van 3').waitFor();
    await page.getByText('12 berichten', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Vorige' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.getByText('Pagina 2 van 3').waitFor();
    expect(await titles(page)).toEqual(range(7, 3));
    expect(page.url()).toMatch(/after=[^&]+&page=2/);
    expect(await focused(page)).toBe('received-summary');
    await check(tp, 'messages-page-2');

    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.getByText('Pagina 3 van 3').waitFor();
    expect(await titles(page)).toEqual(range(2, 1));
    expect(await page.getByRole('link', { name: 'Volgende' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Vorige' }).click();
    await page.getByText('Pagina 2 van 3').waitFor();
    expect(page.url()).toMatch(/before=[^&]+&page=2/);
    expect(await titles(page)).toEqual(range(7, 3));

    await page.getByRole('link', { name: 'Vorige' }).click();
    await page.getByText('Pagina 1 van 3').waitFor();
    expect(await titles(page)).toEqual(range(12, 8));
    // A cursor that is not one gives the first page, not an error.
    await page.goto('/messages?after=geen-cursor&page=4');
    expect(await titles(page)).toEqual(range(12, 8));
    await page.getByText('Pagina 1 van 3').waitFor();
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('filters', () => {
  it('filter on every column, keep the filters across the tabs, and say when nothing matches', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerkerplus@delinde.example');
    await page.goto('/messages');
    await hydrated(page);
    const filters = page.locator('details.filters');
    await filters.locator('summary').click();
    await check(tp, 'messages-filters-open');

    // Reference number: one thread; only the filled field goes into the address.
    const fifth = sent[4] as { referenceNumber: string };
    await filters.getByLabel('Referentienummer').fill(fifth.referenceNumber.slice(-6));
    await filters.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('1 bericht gevonden').waitFor();
    expect(new URL(page.url()).search).toBe(`?ref=${fifth.referenceNumber.slice(-6)}`);
    expect(await titles(page)).toEqual(['Bericht 05']);
    await expect(filters.locator('summary').textContent()).resolves.toContain('(1 actief)');

    // The tab 'Verstuurde berichten' keeps the filter: nothing sent on that thread.
    await page.getByRole('link', { name: /^Verstuurde berichten/ }).click();
    await page.waitForURL(/box=sent&ref=/);
    await page.getByText('Geen berichten gevonden met deze filters.').waitFor();
    await page.getByRole('link', { name: 'Filters wissen' }).click();
    await page.getByText('Uw organisatie heeft nog geen berichten verstuurd.').waitFor();
    await check(tp, 'messages-sent-empty');
    await page.getByRole('link', { name: /^Ontvangen berichten/ }).click();
    await page.getByText('12 berichten', { exact: true }).waitFor();

    // Theme, attachments, words in the text, sender, dates, read state.
    const apply = async (fill: () => Promise<void>, expected: string[]) => {
      await page.goto('/messages');
      await hydrated(page);
      await filters.locator('summary').click();
      await fill();
      await filters.getByRole('button', { name: 'Filteren' }).click();
      await page.waitForURL(/\?/);
      await page.locator('.list-summary', { hasText: 'gevonden' }).waitFor();
      expect(await titles(page)).toEqual(expected);
    };
    await apply(
      () =>
        filters
          .getByLabel('Thema')
          .selectOption({ label: 'Personeel' })
          .then(() => undefined),
      ['Bericht 12', 'Bericht 10', 'Bericht 08', 'Bericht 06', 'Bericht 04'],
    );
    await page.getByText('6 berichten gevonden').waitFor();
    await apply(
      () =>
        filters
          .getByLabel('Bijlagen')
          .selectOption({ label: 'Met bijlagen' })
          .then(() => undefined),
      ['Bericht 03'],
    );
    await apply(() => filters.getByLabel('Titel of tekst').fill('kalender'), ['Bericht 07']);
    await apply(() => filters.getByLabel('Afzender').fill('de smet'), range(12, 8));
    await apply(() => filters.getByLabel('Afzender').fill('peeters'), []);
    await page.getByText('Geen berichten gevonden met deze filters.').waitFor();
    await check(tp, 'messages-no-match');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
    await apply(
      async () => {
        await filters.getByLabel('Ontvangen vanaf').fill(today);
        await filters.getByLabel('Ontvangen tot en met').fill(today);
      },
      range(12, 8),
    );
    await apply(() => filters.getByLabel('Ontvangen tot en met').fill('2020-01-01'), []);

    // Read state: opening one reads its thread.
    await page.goto('/messages');
    await page.getByRole('link', { name: 'Bericht 09' }).click();
    await heading(page, 'Bericht 09');
    await apply(
      () =>
        filters
          .getByLabel('Status')
          .selectOption({ label: 'Gelezen' })
          .then(() => undefined),
      ['Bericht 09'],
    );
    await apply(
      () =>
        filters
          .getByLabel('Status')
          .selectOption({ label: 'Ongelezen' })
          .then(() => undefined),
      ['Bericht 12', 'Bericht 11', 'Bericht 10', 'Bericht 08', 'Bericht 07'],
    );
    await page.getByText('11 berichten gevonden').waitFor();
    await check(tp, 'messages-filtered');
    await tp.context.close();
  });
});

describe('without JavaScript', () => {
  it('filters, and replies with a file and a contact added in steps', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    page.setDefaultTimeout(10_000);
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('beheerder@delinde.example');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await Promise.all([
      page.waitForURL(`${stack.baseUrl}/`),
      page.getByRole('button', { name: 'Aanmelden' }).click(),
    ]);
    await page.goto('/messages?ref=&theme=&q=sleutelwoord');
    expect(await titles(page)).toEqual(['Bericht 07']);

    await page.getByRole('link', { name: 'Bericht 07' }).click();
    await heading(page, 'Bericht 07');
    await page.getByRole('link', { name: 'Beantwoorden' }).click();
    await page.locator('#reply-body').waitFor();

    // The file goes with the first post; an empty text is refused, the file stays.
    await page.locator('#reply-files').setInputFiles({
      name: 'antwoord.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('antwoord'),
    });
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Verzenden' }).last().click(),
    ]);
    await page.locator('#reply-body-error').waitFor();
    await expect.poll(() => focused(page)).toContain('error-summary');
    await page.getByRole('list', { name: 'Toegevoegde bijlagen' }).getByText('antwoord.pdf').waitFor();
    await checkWithoutJs(tp, 'message-reply-nojs-errors');

    // 'Voeg toe' opens the fields of a new contact (the typed text stays), 'Toevoegen' adds it.
    await page.locator('#reply-body').fill('Zonder JavaScript verstuurd.');
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Voeg toe' }).click(),
    ]);
    // (autofocus is applied at the next rendering update, after the load event)
    await expect.poll(() => focused(page)).toBe('reply-contact-new-1-firstName');
    await expect(page.locator('#reply-body').inputValue()).resolves.toBe('Zonder JavaScript verstuurd.');
    await page.getByLabel('Voornaam').fill('Nora');
    await page.getByLabel('Familienaam').fill('Nojs');
    await page.getByLabel('E-mailadres', { exact: true }).fill('nora@extern.example');
    await page.getByLabel('Standaard contactpersoon voor dit thema').check();
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Toevoegen' }).click(),
    ]);
    const card = page.locator('.contact-card', { hasText: 'Nora Nojs' });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Standaard contactpersoon');
    // The theme's contact is removed for this message ('kruisje'), then put back.
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Jan Janssens verwijderen voor dit bericht' }).click(),
    ]);
    await page.getByRole('button', { name: 'Jan Janssens terugzetten' }).waitFor();
    await checkWithoutJs(tp, 'message-reply-nojs-steps');
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Jan Janssens terugzetten' }).click(),
    ]);
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Verzenden' }).last().click(),
    ]);
    await page.getByText('Uw bericht is verstuurd naar Bart De Smet (Team Subsidies).').waitFor();

    const thread = await gql(
      stack.api.graphqlUrl,
      `query($ref: String!) { thread(referenceNumber: $ref) {
        messages { body attachments { fileName } }
        contacts { firstName lastName standard confirmed }
      } }`,
      { ref: (sent[6] as { referenceNumber: string }).referenceNumber },
      { token: staff },
    );
    expect(thread.data?.thread.messages.at(-1)).toEqual({
      body: 'Zonder JavaScript verstuurd.',
      attachments: [{ fileName: 'antwoord.pdf' }],
    });
    expect(thread.data?.thread.contacts).toEqual([
      { firstName: 'Jan', lastName: 'Janssens', standard: true, confirmed: true },
      { firstName: 'Nora', lastName: 'Nojs', standard: true, confirmed: false },
    ]);
    await tp.context.close();
  });
});

describe('without JavaScript, a new message', () => {
  it("chooses the theme in a step ('Thema kiezen') and acknowledges the privacy warning in the page", async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    page.setDefaultTimeout(10_000);
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('medewerker@delinde.example');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await Promise.all([
      page.waitForURL(`${stack.baseUrl}/`),
      page.getByRole('button', { name: 'Aanmelden' }).click(),
    ]);
    await page.goto('/messages/new');
    await page.locator('#new-title').fill('Nieuw zonder JavaScript');
    await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Personeel' });
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Thema kiezen' }).click(),
    ]);
    await page.locator('.contacts-panel .contact-name', { hasText: 'Jan Janssens' }).waitFor();
    await expect(page.locator('#new-title').inputValue()).resolves.toBe('Nieuw zonder JavaScript');
    await expect(page.getByLabel('Thema', { exact: true }).inputValue()).resolves.not.toBe('');

    await page.locator('#new-body').fill('Rijksregisternummer 85.07.30-033.28 van de bewoner.');
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Verzenden' }).last().click(),
    ]);
    const dialog = page.getByRole('dialog', { name: 'Persoonsgegevens in uw bericht' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('rijksregisternummer');
    await checkWithoutJs(tp, 'message-privacy-nojs');
    await Promise.all([
      page.waitForLoadState('load'),
      dialog.getByRole('button', { name: 'Toch verzenden' }).click(),
    ]);
    await page.getByText('Uw bericht is verstuurd naar Team Personeel.').waitFor();
    await heading(page, 'Nieuw zonder JavaScript');
    await tp.context.close();
  });
});

describe('in English', () => {
  it('words the inbox, the new message form and the start page in English', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@zonnebloem.example');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await heading(page, /^Welcome/);
    await page.getByText('My received messages').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Messages' }).click();
    await heading(page, 'My messages');
    await page.getByText('You have not received any messages yet.').waitFor();
    await check(tp, 'messages-en');
    await page.getByRole('link', { name: 'Send a new message' }).first().click();
    await heading(page, 'Send a new message');
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Subsidies' });
    await page.getByText('There is no contact person for this message yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Send' }).last().click();
    await page.locator('.error-summary').waitFor();
    await check(tp, 'message-new-en');
    await tp.context.close();
  });
});

describe('JavaScript sent', () => {
  it('stays small on the inbox page', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@delinde.example');
    await page.goto('/messages');
    await hydrated(page);
    const inbox = await scriptBytes(page);
    console.log(
      `[js-size] inbox (/messages): ${inbox.files} files, ${(inbox.raw / 1024).toFixed(1)} KiB raw, ${(inbox.gzip / 1024).toFixed(1)} KiB gzip`,
    );
    expect(inbox.gzip).toBeLessThan(130 * 1024);
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});
