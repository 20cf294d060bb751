// Single sign-on as a person goes through it, in Chromium, against a real issuer started here
// (oidc-provider): the button on the login page, the issuer's sign-in, back to the page they wanted;
// logging out of Loket and of the issuer; and the pages that refuse a sign-on (decision 0028).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { unique } from '../utils/factories.js';
import { ownerQuery } from '../utils/mailbox.js';
import { ssoEnv, startTestIdp, type TestIdp } from '../utils/oidc-provider.js';
import {
  expectNoAxeViolations,
  expectNoBrowserErrors,
  heading,
  hydrated,
  openPage,
  screenshots,
  type TestPage,
} from '../utils/web.js';
import { freePort, type Stack, startStack } from './setup/stack.js';

let stack: Stack;
let idp: TestIdp;
let organisationId: string;

beforeAll(async () => {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  idp = await startTestIdp(`${baseUrl}/login/sso/callback`, `${baseUrl}/login`);
  stack = await startStack(ssoEnv(idp), { port });
  organisationId = randomUUID();
  await ownerQuery(
    stack.api.dbUrl,
    'INSERT INTO organisation (id, name, external_number) VALUES ($1, $2, $3)',
    [organisationId, `SSO-voorziening ${unique()}`, `S-${unique()}`],
  );
});

/** A user invited to the test's organisation, and the issuer's person with the same verified address. */
async function invitedPerson(firstName: string): Promise<string> {
  const email = `sso-${unique()}@test.example`;
  await ownerQuery(
    stack.api.dbUrl,
    `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status)
     VALUES ($1, $2, $3, $4, 'Janssens', '{MEMBER}', 'INVITED')`,
    [randomUUID(), organisationId, email, firstName],
  );
  return idp.addPerson({ email, email_verified: true, given_name: firstName });
}

async function signInAtIssuer(page: TestPage['page'], sub: string) {
  await page.getByRole('heading', { level: 1, name: 'Test-IdP' }).waitFor();
  await page.getByLabel('Gebruikersnaam').fill(sub);
  await page.getByRole('button', { name: 'Inloggen bij Test-IdP' }).click();
}

/** A refused sign-on answers 4xx by design; Chromium reports the document's status on the console. */
function expectOnlyTheRefusal(tp: TestPage, status: number) {
  tp.problems = tp.problems.filter((p) => !p.includes(`the server responded with a status of ${status}`));
  expectNoBrowserErrors(tp);
}

describe('single sign-on', () => {
  it('logs in through the issuer, back to the page asked for, and logs out of both', async () => {
    const sub = await invitedPerson('Ilse');
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/profile');
    await heading(page, 'Aanmelden');
    await hydrated(page);
    await expectNoAxeViolations(page, 'login page with single sign-on');
    await screenshots(page, 'sso-login');
    await page.getByRole('link', { name: 'Aanmelden met Test-IdP' }).click();
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    await signInAtIssuer(page, sub);
    await heading(page, 'Profiel');
    expect(new URL(page.url()).pathname).toBe('/profile');
    await page.locator('nav.main-nav').waitFor();

    // Logging out ends Loket's session and, through the issuer's logout, the issuer's.
    await page.getByRole('group').or(page.locator('summary')).first().click();
    await page.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { name: 'Afmelden bij Test-IdP?' }).waitFor();
    await page.getByRole('button', { name: 'Ja, afmelden' }).click();
    await heading(page, 'Aanmelden');
    expect(page.url()).toBe(`${stack.baseUrl}/login`);
    await expect(page.locator('.notice').textContent()).resolves.toContain('U bent afgemeld.');
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/login');
    // The issuer asks who you are again: its session is gone too.
    await page.getByRole('link', { name: 'Aanmelden met Test-IdP' }).click();
    await page.getByLabel('Gebruikersnaam').waitFor();
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('works without JavaScript, logout included', async () => {
    const sub = await invitedPerson('Jef');
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    await page.goto('/login');
    await page.getByRole('link', { name: 'Aanmelden met Test-IdP' }).click();
    await signInAtIssuer(page, sub);
    await page.locator('nav.main-nav').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.locator('summary').first().click();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { name: 'Afmelden bij Test-IdP?' }).waitFor();
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('refuses a person Loket does not know, with a page saying what to do', async () => {
    const sub = idp.addPerson({ email: `onbekend-${unique()}@test.example`, email_verified: true });
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/login');
    await hydrated(page);
    await page.getByRole('link', { name: 'Aanmelden met Test-IdP' }).click();
    await signInAtIssuer(page, sub);
    await heading(page, 'Aanmelden is niet gelukt');
    await expect(page.locator('.notice').textContent()).resolves.toContain(
      'u hebt nog geen toegang tot het e-loket',
    );
    await hydrated(page);
    await expectNoAxeViolations(page, 'refused sign-on');
    await screenshots(page, 'sso-refused');
    await page.getByRole('link', { name: 'Naar de aanmeldpagina' }).click();
    await heading(page, 'Aanmelden');
    expectOnlyTheRefusal(tp, 403);
    await tp.context.close();
  });

  it('shows only the button where password login is switched off', async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const closedIdp = await startTestIdp(`${baseUrl}/login/sso/callback`, `${baseUrl}/login`);
    const closed = await startStack(ssoEnv(closedIdp, { PASSWORD_LOGIN: 'false' }), { port });
    const tp = await openPage(closed.browser, closed.baseUrl);
    const { page } = tp;
    await page.goto('/login');
    await heading(page, 'Aanmelden');
    await expect(page.getByRole('link', { name: 'Aanmelden met Test-IdP' }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Wachtwoord').count()).resolves.toBe(0);
    await expect(page.getByText('Wachtwoord vergeten?').count()).resolves.toBe(0);
    await hydrated(page);
    await expectNoAxeViolations(page, 'login page, single sign-on only');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('refuses an answer this browser did not ask for (no state of its own), in English too', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { locale: 'en-GB' });
    const { page } = tp;
    const response = await page.goto(`/login/sso/callback?code=forged&state=${randomUUID()}`);
    expect(response?.status()).toBe(400);
    await heading(page, 'Logging in did not work');
    await expect(page.locator('.notice').textContent()).resolves.toContain('did not come from this browser');
    await expect(page.getByRole('link', { name: 'Log in again' }).count()).resolves.toBe(1);
    expectOnlyTheRefusal(tp, 400);
    await tp.context.close();
  });
});
