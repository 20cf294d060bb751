// End to end on the administration (/beheer, issue 16): a DEPARTMENT_ADMIN creates an organisation (a
// wrong enterprise number refused with the input kept and the error at the field), invites its Beheerder,
// who accepts from the mail's link and lands in the e-loket of the new organisation; the organisation is
// deactivated and reactivated; the history page shows the changes. axe-core on every page and state.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkIn, outbox } from '../utils/mailbox.js';
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

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expectNoBrowserErrors(tp);
}

/** A valid enterprise number of the test's own, as digits. */
function enterpriseNumber(): string {
  const base = `0${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
  return `${base}${String(97 - (Number(base) % 97)).padStart(2, '0')}`;
}

describe('the administration of organisations', () => {
  it('creates an organisation, invites its Beheerder, who accepts and lands in the e-loket', async () => {
    const suffix = randomUUID().slice(0, 8);
    const name = `Voorziening ${suffix}`;
    const beheerder = `beheerder-${suffix}@test.example`;
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheer@zorg.example');
    await page.goto('/beheer');
    await heading(page, 'Beheer');
    await check(tp, 'admin-overview');
    await page
      .getByRole('navigation', { name: 'Beheer' })
      .getByRole('link', { name: 'Organisaties' })
      .click();
    await heading(page, 'Organisaties');
    await check(tp, 'admin-organisations');

    await page.getByRole('link', { name: 'Nieuwe organisatie' }).click();
    await heading(page, 'Nieuwe organisatie');
    await hydrated(page);
    await check(tp, 'admin-organisation-new');
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByLabel('Ondernemingsnummer (KBO)').fill('0123.456.789');
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await expect
      .poll(() => page.locator('#admin-organisation-enterpriseNumber-error').textContent())
      .toContain('Geef een geldig ondernemingsnummer in');
    await expect(page.getByLabel('Naam', { exact: true }).inputValue()).resolves.toBe(name);
    await check(tp, 'admin-organisation-new-refused');

    const number = enterpriseNumber();
    await page.getByLabel('Ondernemingsnummer (KBO)').fill(number);
    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await heading(page, name);
    await expect(page.locator('.notice').first().textContent()).resolves.toContain('aangemaakt');
    await check(tp, 'admin-organisation');

    await page.getByLabel('Voornaam').fill('Els');
    await page.getByLabel('Familienaam').fill('Peeters');
    await page.getByLabel('E-mailadres', { exact: true }).first().fill(beheerder);
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect
      .poll(() => page.locator('.notice').first().textContent())
      .toContain(`De uitnodiging is verstuurd naar ${beheerder}`);
    await expect(page.getByText(`Els Peeters (${beheerder})`)).toBeTruthy();
    await check(tp, 'admin-organisation-invited');

    await page.getByRole('link', { name: 'Historiek' }).click();
    await heading(page, 'Historiek');
    await expect(page.getByText(`Organisatie ${name} aangemaakt`).count()).resolves.toBe(1);
    await expect(page.getByText(`Beheerder van ${name} uitgenodigd`).count()).resolves.toBe(1);
    await check(tp, 'admin-history');
    await tp.context.close();

    const [mail] = await outbox(stack.api.dbUrl, beheerder);
    const invited = await openPage(stack.browser, stack.baseUrl);
    await invited.page.goto(linkIn(mail!, `${stack.baseUrl}/accept-invitation`));
    await hydrated(invited.page);
    await invited.page.getByLabel('Wachtwoord', { exact: true }).fill('Nieuwe-voorziening-1');
    await invited.page.getByLabel('Herhaal het wachtwoord').fill('Nieuwe-voorziening-1');
    await invited.page.getByRole('button', { name: 'Activeren en aanmelden' }).click();
    await heading(invited.page, 'Welkom, Els');
    await expect(invited.page.locator('header .brand-owner').textContent()).resolves.toBe(name);
    expectNoBrowserErrors(invited);
    await invited.context.close();
  });
});
