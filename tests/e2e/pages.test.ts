import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from '../../web/server.mjs';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { linkIn, outbox } from '../utils/mailbox.js';
import {
  expectNoAxeViolations,
  expectNoBrowserErrors,
  heading,
  hydrated,
  login,
  openPage,
  screenshots,
  scriptBytes,
  type TestPage,
} from '../utils/web.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expectNoBrowserErrors(tp);
}

describe('public pages', () => {
  it('login, with and without errors, in Dutch and English', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/login');
    await hydrated(page);
    await check(tp, 'login');
    await page.getByLabel('E-mailadres').fill('medewerker@delinde.example');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.locator('.error-summary').waitFor();
    await check(tp, 'login-errors');
    await tp.context.close();

    const en = await openPage(stack.browser, stack.baseUrl, { locale: 'en-GB' });
    await en.page.goto('/login?reason=expired');
    await hydrated(en.page);
    await check(en, 'login-en');
    await en.context.close();
  });

  it('forgotten password and its confirmation', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/forgot-password');
    await hydrated(page);
    await check(tp, 'forgot-password');
    await page.getByLabel('E-mailadres').fill('medewerkerplus@zonnebloem.example');
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await heading(page, 'Kijk in uw mailbox');
    await check(tp, 'forgot-password-sent');
    await tp.context.close();
  });

  it('reset password, with the rules and their errors', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/forgot-password');
    await hydrated(page);
    await page.getByLabel('E-mailadres').fill('beheerder@zonnebloem.example');
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await heading(page, 'Kijk in uw mailbox');
    const [mail] = await outbox(stack.api.dbUrl, 'beheerder@zonnebloem.example');
    await page.goto(linkIn(mail!, `${stack.baseUrl}/reset-password`));
    await hydrated(page);
    await check(tp, 'reset-password');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.locator('.error-summary').waitFor();
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Bijna-goed');
    await check(tp, 'reset-password-errors');
    await page.goto('/reset-password');
    await check(tp, 'reset-password-no-token');
    await tp.context.close();
  });

  it('accept invitation', async () => {
    const token = await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example');
    await gql(
      stack.api.graphqlUrl,
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { errors { code } } }`,
      { input: { email: 'gast@delinde.example', firstName: 'Gust', lastName: 'Gast', roles: ['MEMBER'] } },
      { token },
    );
    const [mail] = await outbox(stack.api.dbUrl, 'gast@delinde.example');
    const tp = await openPage(stack.browser, stack.baseUrl);
    await tp.page.goto(linkIn(mail!, `${stack.baseUrl}/accept-invitation`));
    await hydrated(tp.page);
    await check(tp, 'accept-invitation');
    await tp.context.close();
  });

  it('a page that does not exist', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const response = await tp.page.goto('/bestaat-niet');
    expect(response?.status()).toBe(404);
    await heading(tp.page, 'Pagina niet gevonden');
    tp.problems.splice(0); // the browser reports the 404 response itself as a console error
    await check(tp, 'not-found');
    await tp.context.close();
  });
});

describe('when the API is down', () => {
  it('says the e-loket is temporarily unavailable, in the frame when it can', async () => {
    // A web server whose API address answers nothing (port 9, discard, is closed on the test machines).
    const web = await startWebServer({ port: 0, apiUrl: 'http://127.0.0.1:9/graphql' });
    afterAll(() => web.close());
    const tp = await openPage(stack.browser, web.url);
    const { page } = tp;
    await page.goto('/login');
    await hydrated(page);
    await page.getByLabel('E-mailadres').fill('beheerder@delinde.example');
    await page.getByLabel('Wachtwoord').fill('Wat-dan-ook-1');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await heading(page, 'Tijdelijk niet beschikbaar');
    tp.problems.splice(0); // the browser logs the 503 answer itself
    await check(tp, 'api-down-login');

    // With a session cookie: the page behind the login cannot be built either.
    await tp.context.addCookies([{ name: 'loket_session', value: 'x'.repeat(43), url: web.url }]);
    const response = await page.goto('/profile');
    expect(response?.status()).toBe(503);
    await heading(page, 'Tijdelijk niet beschikbaar');
    tp.problems.splice(0);
    await check(tp, 'api-down-logged-in');
    await tp.context.close();
  });
});

describe('pages behind the login', () => {
  it('start, profile, the sections not built yet, for an organisation user and for staff', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await check(tp, 'start');
    await page.getByRole('navigation').getByRole('link', { name: 'Profiel' }).click();
    await heading(page, 'Profiel');
    await check(tp, 'profile');
    await page.locator('#personal-email').fill('geen-adres');
    await page.getByRole('button', { name: 'Gegevens bewaren' }).click();
    await page.locator('.error-summary').waitFor();
    await check(tp, 'profile-errors');
    for (const [name, title] of [
      ['messages', 'Berichten'],
      ['organisation', 'Organisatie'],
      ['tickets', 'Tickets'],
    ]) {
      await page.getByRole('navigation').getByRole('link', { name: title }).click();
      await heading(page, title as string);
      await check(tp, name as string);
    }
    // The user menu, opened.
    await page.locator('.user-menu summary').click();
    await check(tp, 'user-menu');
    await tp.context.close();

    const staff = await openPage(stack.browser, stack.baseUrl, { locale: 'en' });
    await login(staff.page, 'beheer@zorg.example');
    await check(staff, 'start-staff');
    await staff.context.close();
  });
});

describe('JavaScript sent', () => {
  it('stays small on the login and start pages', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/login');
    await hydrated(page);
    const loginJs = await scriptBytes(page);
    await login(page, 'medewerker@zonnebloem.example');
    // A fresh load of the start page, as after a reload.
    await page.goto('/');
    await hydrated(page);
    const startJs = await scriptBytes(page);
    console.log(
      `[js-size] login: ${loginJs.files} files, ${(loginJs.raw / 1024).toFixed(1)} KiB raw, ${(loginJs.gzip / 1024).toFixed(1)} KiB gzip; ` +
        `start: ${startJs.files} files, ${(startJs.raw / 1024).toFixed(1)} KiB raw, ${(startJs.gzip / 1024).toFixed(1)} KiB gzip`,
    );
    expect(loginJs.gzip).toBeLessThan(120 * 1024);
    expect(startJs.gzip).toBeLessThan(120 * 1024);
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});
