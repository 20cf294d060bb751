// End to end, as a person uses it: logging in and out, the way back after login, forgotten password
// through the mailed link, and accepting an invitation (source: reference 001 and 003, account pages).
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { linkIn, outbox } from '../utils/mailbox.js';
import { expectNoBrowserErrors, focused, heading, hydrated, login, openPage } from '../utils/web.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});

describe('login', () => {
  it('logs in and shows the organisation name in the header', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('header .brand-owner').textContent()).resolves.toBe('WZC De Linde');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Welkom, Els');
    // As after a page load, the focus is at the top of the new page: its heading.
    expect(await focused(page)).toMatch(/^h1/);
    expect(await page.getAttribute('html', 'lang')).toBe('nl-BE');
    await expect(page.title()).resolves.toBe('Start · e-loket Departement Zorg');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('shows Departement Zorg in the header of department staff', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    await login(tp.page, 'an.peeters@zorg.example');
    await expect(tp.page.locator('header .brand-owner').textContent()).resolves.toBe('Departement Zorg');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('shows the error for a wrong password, keeps the email and moves focus to the error', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/login');
    await hydrated(page);
    await page.getByLabel('E-mailadres').fill('medewerker@delinde.example');
    await page.getByLabel('Wachtwoord').fill('wrong-Password-1');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Het e-mailadres of het wachtwoord klopt niet.');
    await expect(page.getByLabel('E-mailadres').inputValue()).resolves.toBe('medewerker@delinde.example');
    await expect(page.getByLabel('Wachtwoord').inputValue()).resolves.toBe('');
    expect(await focused(page)).toContain('error-summary');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('marks empty fields beside the field, and focuses the first', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/login');
    await hydrated(page);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.locator('.error-summary').waitFor();
    const email = page.getByLabel('E-mailadres');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toBe('login-email-error');
    await expect(page.locator('#login-email-error').textContent()).resolves.toContain(
      'Dit veld is verplicht.',
    );
    expect(await focused(page)).toBe('login-email');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('works without JavaScript: the error summary takes the focus, the email is kept', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('medewerker@delinde.example');
    await page.getByLabel('Wachtwoord').fill('wrong-Password-1');
    // The API's refusal is the document's answer: 400, the form again.
    const [refused] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.request().resourceType() === 'document',
      ),
      page.getByRole('button', { name: 'Aanmelden' }).click(),
    ]);
    expect(refused.status()).toBe(400);
    await page.waitForLoadState('load');
    await page.locator('.error-summary').waitFor();
    await expect(page.getByLabel('E-mailadres').inputValue()).resolves.toBe('medewerker@delinde.example');
    expect(await focused(page)).toContain('error-summary');

    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await Promise.all([page.waitForURL('**/'), page.getByRole('button', { name: 'Aanmelden' }).click()]);
    await expect(page.locator('header .brand-owner').textContent()).resolves.toBe('WZC De Linde');
    await tp.context.close();
  });

  it('sends a visitor who is not logged in to the login page and back afterwards', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/profile');
    expect(page.url()).toBe(`${stack.baseUrl}/login?redirectTo=%2Fprofile`);
    await hydrated(page);
    await page.getByLabel('E-mailadres').fill('medewerkerplus@delinde.example');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await heading(page, 'Profiel');
    expect(new URL(page.url()).pathname).toBe('/profile');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('logs out through the user menu', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@zonnebloem.example');
    await page.getByRole('group').or(page.locator('summary')).first().click();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await heading(page, 'Aanmelden');
    expect(page.url()).toBe(`${stack.baseUrl}/login`);
    await expect(page.locator('.notice').textContent()).resolves.toContain('U bent afgemeld.');
    // Said once: a reload of the login page does not say it again.
    await page.reload();
    await heading(page, 'Aanmelden');
    await expect(page.getByText('U bent afgemeld.').count()).resolves.toBe(0);
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/login');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('forgotten password', () => {
  it('mails a reset link; the new password must follow the rules and then works', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/login');
    await hydrated(page);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await heading(page, 'Wachtwoord vergeten');
    await page.getByLabel('E-mailadres').fill('medewerker@delinde.example');
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await page.getByRole('heading', { name: 'Kijk in uw mailbox' }).waitFor();

    const [mail] = await outbox(stack.api.dbUrl, 'medewerker@delinde.example');
    expect(mail).toBeDefined();
    const link = linkIn(mail!, `${stack.baseUrl}/reset-password`);
    await page.goto(link);
    await hydrated(page);
    await expect(page.locator('.password-rules').textContent()).resolves.toContain(
      'minstens 8 tekens lang zijn',
    );

    // Every broken rule is reported.
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('abc');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('abc');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.locator('.error-summary').waitFor();
    const errors = await page.locator('#reset-password-error p').allTextContents();
    expect(errors).toHaveLength(3);
    expect(errors.join(' ')).toContain('minstens 8 tekens');
    expect(errors.join(' ')).toContain('hoofdletter');
    expect(errors.join(' ')).toContain('cijfer of symbool');
    expect(await focused(page)).toBe('reset-password');

    // The two entries must agree.
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Nieuw-wachtwoord-1');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Nieuw-wachtwoord-2');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.locator('#reset-passwordConfirm-error').waitFor();
    expect(await focused(page)).toBe('reset-passwordConfirm');

    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Nieuw-wachtwoord-1');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Nieuw-wachtwoord-1');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await heading(page, 'Aanmelden');
    await expect(page.locator('.notice').textContent()).resolves.toContain('Uw wachtwoord is gewijzigd.');

    await login(page, 'medewerker@delinde.example', 'Nieuw-wachtwoord-1');
    await expect(page.locator('header .brand-owner').textContent()).resolves.toBe('WZC De Linde');

    // The link works once.
    await page.goto(link);
    await hydrated(page);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Ander-wachtwoord-1');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Ander-wachtwoord-1');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('al gebruikt');
    await page.getByRole('link', { name: 'Nieuwe link aanvragen' }).waitFor();
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('confirms in the same words for an unknown address', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/forgot-password');
    await hydrated(page);
    await page.getByLabel('E-mailadres').fill('niemand@nergens.example');
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await page.getByRole('heading', { name: 'Kijk in uw mailbox' }).waitFor();
    await expect(page.locator('.notice').textContent()).resolves.toContain(
      'U ontvangt binnen enkele minuten een e-mail op dit adres',
    );
    // The same work as for an account: one mail, which says that no account has this address.
    const mails = await outbox(stack.api.dbUrl, 'niemand@nergens.example');
    expect(mails.map((m) => m.template)).toEqual(['password-reset-no-account']);
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('invitation', () => {
  it('lets an invited colleague choose a password and logs them in', async () => {
    const token = await apiLogin(stack.api.graphqlUrl, 'beheerder@zonnebloem.example');
    const invited = await gql(
      stack.api.graphqlUrl,
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { errors { code } user { id } } }`,
      {
        input: { email: 'nieuw@zonnebloem.example', firstName: 'Nina', lastName: 'Nieuw', roles: ['MEMBER'] },
      },
      { token },
    );
    expect(invited.data?.inviteUser.errors).toEqual([]);
    const [mail] = await outbox(stack.api.dbUrl, 'nieuw@zonnebloem.example');
    const link = linkIn(mail!, `${stack.baseUrl}/accept-invitation`);

    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto(link);
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Uw account activeren');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('Zonnebloem-2026');
    await page.getByLabel('Herhaal het wachtwoord').fill('Zonnebloem-2026');
    await page.getByRole('button', { name: 'Activeren en aanmelden' }).click();
    await heading(page, 'Welkom, Nina');
    expect(page.url()).toBe(`${stack.baseUrl}/`);
    await expect(page.locator('header .brand-owner').textContent()).resolves.toBe('Dagcentrum De Zonnebloem');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('says what to do when the link has no token', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    await tp.page.goto('/accept-invitation');
    await expect(tp.page.locator('.notice').textContent()).resolves.toContain(
      'uitnodigingslink is onvolledig',
    );
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('a malformed cookie', () => {
  const cookie = 'loket_session=%E0%A4%A; loket_lang=%E0%A4%A';

  it('is no cookie for pages and attachment downloads: the login page, never an error', async () => {
    const page = await fetch(`${stack.baseUrl}/`, { headers: { cookie }, redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toMatch(/^\/login/);
    const login = await fetch(`${stack.baseUrl}/login`, { headers: { cookie } });
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('lang="nl');
    const download = await fetch(`${stack.baseUrl}/attachments/00000000-0000-4000-8000-000000000000`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect([302, 303]).toContain(download.status);
    expect(download.headers.get('location')).toMatch(/^\/login/);
  });
});
