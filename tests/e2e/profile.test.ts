// End to end on Profiel and the language: personal data confirmed with the password (errors keep the
// input and take the focus), the language switch and setting, and a session revoked elsewhere ending
// the page live (mySessionRevoked over the same-origin WebSocket).
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { outbox } from '../utils/mailbox.js';
import { expectNoBrowserErrors, focused, heading, hydrated, login, openPage } from '../utils/web.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});

describe('personal data', () => {
  it('keeps what was typed on a validation error, marks the field and moves the focus to it', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@delinde.example');
    await page.goto('/profile');
    await hydrated(page);
    await page.getByLabel('Voornaam').fill('Thomas');
    await page.locator('#personal-email').fill('geen-geldig-adres');
    await page.locator('#personal-phone').fill('12');
    await page.locator('#personal-currentPassword').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Gegevens bewaren' }).click();
    await page.locator('#personal-email-error').waitFor();

    expect(await focused(page)).toBe('personal-email');
    await expect(page.getByLabel('Voornaam').inputValue()).resolves.toBe('Thomas');
    await expect(page.locator('#personal-email').inputValue()).resolves.toBe('geen-geldig-adres');
    await expect(page.locator('#personal-currentPassword').inputValue()).resolves.toBe('');
    expect(await page.locator('#personal-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#personal-email').getAttribute('aria-describedby')).toContain(
      'personal-email-error',
    );
    const summary = await page.locator('.error-summary').textContent();
    expect(summary).toContain('E-mailadres: Geef een geldig e-mailadres in');
    expect(summary).toContain('Telefoonnummer: ');

    // A wrong password is reported on its own field; nothing was saved.
    await page.locator('#personal-email').fill('tom.claes@delinde.example');
    await page.locator('#personal-phone').fill('');
    await page.locator('#personal-currentPassword').fill('Niet-het-wachtwoord-1');
    await page.getByRole('button', { name: 'Gegevens bewaren' }).click();
    await page.locator('#personal-currentPassword-error').waitFor();
    expect(await focused(page)).toBe('personal-currentPassword');
    await expect(page.locator('#personal-currentPassword-error').textContent()).resolves.toContain(
      'Het huidige wachtwoord klopt niet.',
    );

    await page.locator('#personal-currentPassword').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Gegevens bewaren' }).click();
    await page.getByText('We stuurden een link naar tom.claes@delinde.example').waitFor();
    await expect(page.locator('#personal-currentPassword').inputValue()).resolves.toBe('');
    // The new address applies once confirmed from its mailbox.
    await page.reload();
    await expect(page.locator('#personal-email').inputValue()).resolves.toBe('medewerker@delinde.example');
    const confirmation = (await outbox(stack.api.dbUrl, 'tom.claes@delinde.example')).at(-1);
    const link = confirmation?.text_body.match(/http:\/\/\S+\/confirm-email\?token=\S+/)?.[0];
    if (!link) throw new Error('no confirmation link');
    await page.goto(link.replace(/^http:\/\/[^/]+/, ''));
    await page.getByRole('button', { name: 'Dit adres bevestigen' }).click();
    await page.getByText('Uw nieuwe e-mailadres is bevestigd.').waitFor();
    await page.goto('/profile');
    await expect(page.locator('#personal-email').inputValue()).resolves.toBe('tom.claes@delinde.example');
    await expect(page.locator('header .user-menu-name').textContent()).resolves.toBe('Thomas Claes');
    // The old address is told about the change.
    const mails = await outbox(stack.api.dbUrl, 'medewerker@delinde.example');
    expect(mails.some((m) => m.template === 'account-email-changed')).toBe(true);
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('works without JavaScript: input kept, the summary first and focused', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('medewerkerplus@zonnebloem.example');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await Promise.all([
      page.waitForURL(`${stack.baseUrl}/`),
      page.getByRole('button', { name: 'Aanmelden' }).click(),
    ]);
    await page.goto('/profile');
    await page.getByLabel('Familienaam').fill('');
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Gegevens bewaren' }).click(),
    ]);
    await page.locator('#personal-lastName-error').waitFor();
    expect(await focused(page)).toContain('error-summary');
    await expect(page.getByLabel('Voornaam').inputValue()).resolves.toBe('Joris');
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      'Familienaam: Dit veld is verplicht.',
    );
    await tp.context.close();
  });
});

describe('password change', () => {
  it('reports each broken rule, then changes the password', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@zonnebloem.example');
    await page.goto('/profile');
    await hydrated(page);
    await page.locator('#password-currentPassword').fill(DEMO_PASSWORD);
    await page.locator('#password-newPassword').fill('alleenkleineletters');
    await page.locator('#password-newPasswordConfirm').fill('alleenkleineletters');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.locator('#password-newPassword-error').waitFor();
    const errors = await page.locator('#password-newPassword-error p').allTextContents();
    expect(errors).toHaveLength(2);
    expect(await focused(page)).toBe('password-newPassword');

    await page.locator('#password-currentPassword').fill(DEMO_PASSWORD);
    await page.locator('#password-newPassword').fill('Zonnig-2027');
    await page.locator('#password-newPasswordConfirm').fill('Zonnig-2027');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Uw wachtwoord is gewijzigd.').waitFor();
    await apiLogin(stack.api.graphqlUrl, 'medewerker@zonnebloem.example', 'Zonnig-2027');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('language', () => {
  it('follows the browser, switches by the header button and stays switched', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { locale: 'en-GB' });
    const { page } = tp;
    await page.goto('/login');
    await hydrated(page);
    await heading(page, 'Log in');
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await heading(page, 'Aanmelden');
    expect(await page.getAttribute('html', 'lang')).toBe('nl-BE');
    await page.reload();
    await heading(page, 'Aanmelden');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('switches a logged-in user to English, saved to the account (pages, dates, API messages)', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await heading(page, 'Welcome, Els');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.getByRole('navigation').textContent()).resolves.toContain('Messages');

    await page.getByRole('navigation').getByRole('link', { name: 'Profile' }).click();
    await heading(page, 'Profile');
    // Dates in English, in Brussels time.
    const created = await page.locator('tbody tr').first().locator('time').first().textContent();
    expect(created).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
    // The API answers in the account's language now.
    await page.locator('#personal-currentPassword').fill('wrong-Password-9');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('The current password is not correct.').first().waitFor();

    const token = await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example');
    const me = await gql(stack.api.graphqlUrl, '{ me { language } }', {}, { token });
    expect(me.data?.me.language).toBe('en');

    // And back through the profile's language setting.
    await page.getByLabel('Nederlands').check();
    await page.getByRole('button', { name: 'Save language' }).click();
    await page.getByText('De taal is bewaard.').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl-BE');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('live connection', () => {
  it('announces a dropped connection and its return', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@zonnebloem.example');
    await hydrated(page);
    const deadline = Date.now() + 10_000;
    while (stack.web.liveConnections() === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(stack.web.liveConnections()).toBeGreaterThan(0);
    const status = page.locator('.live-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toBe('');

    stack.web.dropLiveConnections();
    await page.getByText('De live verbinding is onderbroken.', { exact: false }).waitFor();
    await page.getByText('De live verbinding is hersteld.').waitFor({ timeout: 15_000 });
    expect(stack.web.liveConnections()).toBeGreaterThan(0);
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('sessions', () => {
  it('lists the sessions and, when one is ended elsewhere, that page says so and goes to the login', async () => {
    const first = await openPage(stack.browser, stack.baseUrl);
    await login(first.page, 'medewerkerplus@delinde.example');
    await first.page.goto('/tickets');
    await hydrated(first.page);

    const second = await openPage(stack.browser, stack.baseUrl);
    await login(second.page, 'medewerkerplus@delinde.example');
    await second.page.goto('/profile');
    await hydrated(second.page);
    const rows = second.page.locator('table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    await expect(rows.first().textContent()).resolves.toContain('Deze sessie');
    await expect(rows.first().textContent()).resolves.toContain('Chrome op Linux');

    // End the other (older) browser session from this one.
    await second.page
      .getByRole('button', { name: /^Sessie op Chrome op Linux beëindigen$/ })
      .first()
      .click();
    await second.page.getByText('De sessie is beëindigd.').waitFor();

    const alert = first.page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    await expect(alert.textContent()).resolves.toContain('Uw sessie werd beëindigd.');
    await first.page.waitForURL(/\/login\?reason=revoked&redirectTo=%2Ftickets$/, { timeout: 10_000 });
    await heading(first.page, 'Aanmelden');
    await expect(first.page.locator('.notice').textContent()).resolves.toContain('Uw sessie werd beëindigd');

    expectNoBrowserErrors(second);
    await first.context.close();
    await second.context.close();
  });
});
