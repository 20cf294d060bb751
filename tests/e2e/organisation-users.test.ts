// End to end on Mijn organisatie › Gebruikers: a Beheerder (created here) invites a Medewerker (errors per
// field first, the input kept), the Medewerker accepts through the mail's link, and the Beheerder
// promotes them to Medewerker+ with the own password (a wrong one first: refused, focus on the field).
// Without JavaScript the same forms work. axe-core on every state, screenshots at 1280 and 375 px.
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, unique } from '../utils/factories.js';
import { linkIn, outbox, ownerQuery } from '../utils/mailbox.js';
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

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expectNoBrowserErrors(tp);
}

async function beheerder() {
  const organisation = await createOrganisation(stack.api);
  const admin = await createUser(stack.api, organisation, {
    roles: ['ADMIN'],
    firstName: 'Bea',
    lastName: 'Heerder',
  });
  return { organisation, admin };
}

describe('Gebruikers', () => {
  it('a Beheerder invites a Medewerker, who accepts; promoted to Medewerker+ with the password', async () => {
    const { admin } = await beheerder();
    const email = `medewerker-${unique()}@test.example`;
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, admin.email);
    await page.goto('/organisation/users');
    await heading(page, 'Mijn organisatie');
    await page.getByRole('heading', { level: 2, name: 'Gebruikers' }).waitFor();
    await expect(page.getByRole('link', { name: 'Gebruikers' }).getAttribute('aria-current')).resolves.toBe(
      'page',
    );
    await check(tp, 'organisation-users');

    await page.getByRole('link', { name: 'Gebruiker uitnodigen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gebruiker uitnodigen' }).waitFor();
    await hydrated(page);
    await page.getByLabel('Voornaam').fill('Mira');
    await page.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('#user-invite-lastName-error').textContent()).resolves.toBeTruthy();
    await expect(page.locator('#user-invite-email-error').textContent()).resolves.toBeTruthy();
    await expect(page.getByLabel('Voornaam').inputValue()).resolves.toBe('Mira');
    await check(tp, 'organisation-users-invite-errors');

    await page.getByLabel('Familienaam').fill('Medewerker');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('radio', { name: 'Medewerker', exact: true }).check();
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByText('De uitnodiging is verstuurd.').waitFor();
    const row = page.getByRole('row', { name: /Mira Medewerker/ });
    await expect(row.textContent()).resolves.toContain('Uitgenodigd');

    // The Medewerker accepts with the link in the mail, in a browser of their own.
    const invitation = (await outbox(stack.api.dbUrl, email)).find((m) => m.template === 'invitation');
    if (!invitation) throw new Error('no invitation mail');
    const guest = await openPage(stack.browser, stack.baseUrl);
    await guest.page.goto(linkIn(invitation, `${stack.baseUrl}/accept-invitation`));
    await hydrated(guest.page);
    await guest.page.getByLabel('Wachtwoord', { exact: true }).fill('Mijn-eigen-wachtwoord-1');
    await guest.page.getByLabel('Herhaal het wachtwoord').fill('Mijn-eigen-wachtwoord-1');
    await guest.page.getByRole('button', { name: 'Activeren en aanmelden' }).click();
    await guest.page.locator('nav.main-nav').waitFor();
    expectNoBrowserErrors(guest);
    await guest.context.close();

    await page.reload();
    await expect(page.getByRole('row', { name: /Mira Medewerker/ }).textContent()).resolves.toContain(
      'Actief',
    );
    await page.getByRole('link', { name: 'Mira Medewerker beheren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Gebruiker Mira Medewerker' }).waitFor();
    await hydrated(page);
    await check(tp, 'organisation-user');

    // A wrong password: refused, nothing saved, the focus on the password.
    await page.getByRole('radio', { name: 'Medewerker+' }).check();
    const roleForm = page.locator('form', {
      has: page.getByRole('heading', { name: 'Autorisatierol aanpassen' }),
    });
    await roleForm.getByLabel('Uw wachtwoord').fill('Niet-het-wachtwoord-1');
    await page.getByRole('button', { name: 'Aanpassen' }).click();
    await page.locator('#user-role-currentPassword-error').waitFor();
    expect(await focused(page)).toBe('user-role-currentPassword');
    await expect(page.getByRole('radio', { name: 'Medewerker+' }).isChecked()).resolves.toBe(true);
    await check(tp, 'organisation-user-wrong-password');
    const before = await ownerQuery(stack.api.dbUrl, 'SELECT roles FROM app_user WHERE lower(email) = $1', [
      email,
    ]);
    expect(before[0].roles).toEqual(['MEMBER']);

    await roleForm.getByLabel('Uw wachtwoord').fill(admin.password);
    await page.getByRole('button', { name: 'Aanpassen' }).click();
    await page.getByText('De autorisatierol is aangepast. De gebruiker kreeg een e-mail.').waitFor();
    await expect(page.getByRole('row', { name: /Mira Medewerker/ }).textContent()).resolves.toContain(
      'Medewerker+',
    );
    const after = await ownerQuery(stack.api.dbUrl, 'SELECT roles FROM app_user WHERE lower(email) = $1', [
      email,
    ]);
    expect(after[0].roles).toEqual(['MEMBER_PLUS']);
    const mails = (await outbox(stack.api.dbUrl, email)).map((m) => m.template);
    expect(mails).toEqual(['invitation', 'user-role-changed']);
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('without JavaScript: a Beheerder deactivates a colleague with the password, then reactivates', async () => {
    const { organisation, admin } = await beheerder();
    const colleague = await createUser(stack.api, organisation, { firstName: 'Cas', lastName: 'Collega' });
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(admin.email);
    await page.getByLabel('Wachtwoord').fill(admin.password);
    await Promise.all([
      page.waitForURL(`${stack.baseUrl}/`),
      page.getByRole('button', { name: 'Aanmelden' }).click(),
    ]);
    await page.goto(`/organisation/users/${colleague.id}`);
    await page.getByRole('heading', { level: 2, name: 'Gebruiker Cas Collega' }).waitFor();
    const deactivate = page.locator('form', {
      has: page.getByRole('heading', { name: 'Gebruiker deactiveren' }),
    });
    await deactivate.getByRole('button', { name: 'Deactiveren' }).click();
    await page.locator('#user-deactivate-currentPassword-error').waitFor();
    // axe needs scripts (the page has none here): the same page with JavaScript is checked above.
    await screenshots(page, 'organisation-user-deactivate-errors');

    await deactivate.getByLabel('Uw wachtwoord').fill(admin.password);
    await deactivate.getByRole('button', { name: 'Deactiveren' }).click();
    await page.getByText('De gebruiker is gedeactiveerd en werd meteen afgemeld.').waitFor();
    await expect(page.getByRole('row', { name: /Cas Collega/ }).textContent()).resolves.toContain(
      'Gedeactiveerd',
    );

    await page.getByRole('link', { name: 'Cas Collega beheren' }).click();
    await page.getByRole('button', { name: 'Opnieuw activeren' }).click();
    await page.getByText('De gebruiker is opnieuw actief.').waitFor();
    await expect(page.getByRole('row', { name: /Cas Collega/ }).textContent()).resolves.toContain('Actief');

    // Your own account: no role to change, nothing to deactivate.
    await page.goto(`/organisation/users/${admin.id}`);
    await page.getByText('Dit is uw eigen account.', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Deactiveren' }).count()).resolves.toBe(0);
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});
