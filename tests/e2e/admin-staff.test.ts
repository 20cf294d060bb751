// End to end on the staff users' administration (/beheer/medewerkers, issue 16): a DEPARTMENT_ADMIN
// invites an agent (a refused form keeps the input and shows the errors at their fields), the agent
// accepts from the mail's link; the admin gives them a helpdesk queue (their ticket view opens on 'Mijn
// wachtrijen'), makes them a department administrator (their next page has the admin's rights) and
// deactivates them (their next page is the login). The history shows it all. axe-core on every page.
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

describe('the administration of staff users', () => {
  it('invites an agent who accepts; their queue, role and deactivation count at once', async () => {
    const suffix = randomUUID().slice(0, 8);
    const email = `agent-${suffix}@zorg.test`;
    const lastName = `Janssens${suffix}`;
    const admin = await openPage(stack.browser, stack.baseUrl);
    const { page } = admin;
    await login(page, 'beheer@zorg.example');
    await page.goto('/beheer');
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Medewerkers' }).click();
    await heading(page, 'Medewerkers');
    await check(admin, 'admin-staff');

    await page.getByRole('link', { name: 'Medewerker uitnodigen' }).click();
    await heading(page, 'Medewerker uitnodigen');
    await hydrated(page);
    await page.getByLabel('Voornaam').fill('Jan');
    await page.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect.poll(() => page.locator('#staff-invite-lastName-error').textContent()).toBeTruthy();
    await expect(page.getByLabel('Voornaam').inputValue()).resolves.toBe('Jan');
    await check(admin, 'admin-staff-invite-refused');

    await page.getByLabel('Familienaam').fill(lastName);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Dossierbehandelaar').check();
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await heading(page, 'Medewerkers');
    await expect(page.locator('.notice').first().textContent()).resolves.toContain(
      'De uitnodiging is verstuurd',
    );
    await page.getByLabel('Zoeken op naam of e-mailadres').fill(lastName);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: `Jan ${lastName}` }).waitFor();
    await expect(page.getByRole('cell', { name: 'Uitgenodigd' }).count()).resolves.toBe(1);
    await check(admin, 'admin-staff-searched');

    // The agent accepts the invitation from the mail.
    const [mail] = await outbox(stack.api.dbUrl, email);
    const agent = await openPage(stack.browser, stack.baseUrl);
    await agent.page.goto(linkIn(mail!, `${stack.baseUrl}/accept-invitation`));
    await hydrated(agent.page);
    await agent.page.getByLabel('Wachtwoord', { exact: true }).fill('Nieuwe-medewerker-1');
    await agent.page.getByLabel('Herhaal het wachtwoord').fill('Nieuwe-medewerker-1');
    await agent.page.getByRole('button', { name: 'Activeren en aanmelden' }).click();
    await agent.page.locator('nav.main-nav').waitFor();

    // The admin gives the agent a helpdesk queue: the agent's ticket view opens on it.
    await page.getByRole('link', { name: `Jan ${lastName}` }).click();
    await heading(page, `Jan ${lastName}`);
    await hydrated(page);
    await check(admin, 'admin-staff-user');
    const queues = page.getByRole('group', { name: /De wachtrijen waarin/ }).getByRole('checkbox');
    await queues.first().check();
    const queueName =
      (await page.locator(`label[for="${await queues.first().getAttribute('id')}"]`).textContent()) ?? '';
    await page.getByRole('button', { name: 'Wachtrijen bewaren' }).click();
    await expect
      .poll(() => page.locator('.notice').first().textContent())
      .toContain('De wachtrijen zijn bewaard');
    await agent.page.goto('/staff/tickets');
    await agent.page.getByRole('heading', { name: 'Mijn wachtrijen', level: 2 }).waitFor();
    await expect(
      agent.page.locator('.staff-ticket-sidebar a[aria-current="page"]').textContent(),
    ).resolves.toBe('Mijn wachtrijen');
    expect(queueName).not.toBe('');

    // A department administrator: the agent's very next page has the rights.
    expect((await agent.page.goto('/beheer'))?.status()).toBe(403);
    await page.getByLabel('Departementsbeheerder').check();
    await page.getByRole('button', { name: 'Rol bewaren' }).click();
    await expect.poll(() => page.locator('.notice').first().textContent()).toContain('De rol is gewijzigd');
    await check(admin, 'admin-staff-user-role');
    expect((await agent.page.goto('/beheer'))?.status()).toBe(200);

    // Deactivated: the agent's next page is the login.
    await page.getByRole('button', { name: 'Medewerker deactiveren' }).click();
    await expect
      .poll(() => page.locator('.notice').first().textContent())
      .toContain('De medewerker is gedeactiveerd en afgemeld');
    await page.getByRole('button', { name: 'Medewerker heractiveren' }).waitFor();
    await check(admin, 'admin-staff-user-deactivated');
    await agent.page.goto('/staff/tickets');
    await agent.page.waitForURL(/\/login/);
    // The one error the browser logged is the agent's deliberate visit to /beheer before the role change.
    expect(agent.problems).toEqual([
      'console.error: Failed to load resource: the server responded with a status of 403 (Forbidden)',
    ]);
    await agent.context.close();

    await page.goto('/beheer/historiek?kind=STAFF');
    await heading(page, 'Historiek');
    await expect(page.getByText(`Medewerker Jan ${lastName} uitgenodigd`).count()).resolves.toBe(1);
    await expect(page.getByText(`Rol van medewerker Jan ${lastName} gewijzigd`).count()).resolves.toBe(1);
    await expect(page.getByText(`Medewerker Jan ${lastName} gedeactiveerd`).count()).resolves.toBe(1);
    await check(admin, 'admin-history-staff');
    await admin.context.close();
  }, 240_000);
});
