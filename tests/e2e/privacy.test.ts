// The privacy tools as people use them (decision 0029), in Chromium against the real web and API with the
// worker running: 'Mijn gegevens downloaden' on the profile, from request to the one-time download through
// the web's origin; and the administration's /beheer/privacy page: find, export, legal hold, erase with
// confirmation. Each test makes its own people.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { beforeAll, expect, it } from 'vitest';
import { createOrganisation, createUser, unique } from '../utils/factories.js';
import { ownerQuery } from '../utils/mailbox.js';
import {
  expectNoAxeViolations,
  expectNoBrowserErrors,
  heading,
  hydrated,
  login,
  openPage,
  screenshots,
} from '../utils/web.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ WORKER: 'inline' });
});

it('lets a user ask for an export of their data and download it once from the profile', async () => {
  const organisation = await createOrganisation(stack.api);
  const user = await createUser(stack.api, organisation, {
    firstName: 'Fien',
    lastName: `Export-${unique()}`,
  });
  const tp = await openPage(stack.browser, stack.baseUrl);
  const { page } = tp;
  await login(page, user.email);
  await page.goto('/profile');
  await hydrated(page);
  await page.getByRole('heading', { level: 2, name: 'Mijn gegevens downloaden' }).waitFor();
  await page.getByText('U vroeg nog geen export aan.').waitFor();
  await page.getByRole('button', { name: 'Export aanvragen' }).click();
  await page.getByText('Uw export wordt klaargemaakt.', { exact: false }).waitFor();
  // The worker builds it; the page shows the link once it is ready.
  const link = page.getByRole('link', { name: 'Downloaden' });
  for (let i = 0; i < 60 && (await link.count()) === 0; i++) {
    await page.waitForTimeout(500);
    await page.goto('/profile');
  }
  await expectNoAxeViolations(page, 'profile with an export');
  await screenshots(page, 'privacy-profile');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = await download.path();
  const zip = await readFile(file);
  expect(zip.subarray(0, 2).toString()).toBe('PK');
  await page.goto('/profile');
  await page.getByText('Gedownload').waitFor();
  expectNoBrowserErrors(tp);
  await tp.context.close();
});

it('lets a DEPARTMENT_ADMIN find a person, ask for an export, set a legal hold and erase after confirming', async () => {
  const organisation = await createOrganisation(stack.api);
  const lastName = `Privacy-${unique()}`;
  // A contact person as the organisation's ADMIN adds one (written directly: this stack's mails point elsewhere).
  const contact = { id: randomUUID(), email: `wim-${unique()}@test.example` };
  await ownerQuery(
    stack.api.dbUrl,
    `INSERT INTO contact_person (id, organisation_id, first_name, last_name, email) VALUES ($1, $2, 'Wim', $3, $4)`,
    [contact.id, organisation.id, lastName, contact.email],
  );
  const held = await createUser(stack.api, organisation, { firstName: 'Hilde', lastName });
  const tp = await openPage(stack.browser, stack.baseUrl);
  const { page } = tp;
  await login(page, 'beheer@zorg.example');
  await page.goto('/beheer');
  await page.getByRole('link', { name: 'Privacy' }).first().click();
  await heading(page, 'Privacy');
  await hydrated(page);
  await page.getByLabel('Naam of e-mailadres').fill(lastName);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const contactRow = page.getByRole('row', { name: new RegExp(contact.email) });
  const heldRow = page.getByRole('row', { name: new RegExp(held.email) });
  await contactRow.waitFor();
  await expectNoAxeViolations(page, 'privacy search');
  await screenshots(page, 'privacy-admin');

  await heldRow.getByRole('button', { name: 'Export aanvragen' }).click();
  await page.getByText(`De export van Hilde ${lastName} wordt klaargemaakt.`, { exact: false }).waitFor();

  await heldRow.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
  await page.getByText(`De juridische bewaarplicht voor Hilde ${lastName} werd ingesteld.`).waitFor();
  await heldRow.getByText('Juridische bewaarplicht').waitFor();
  // Under a legal hold the erasure is refused, with the reason.
  await heldRow.getByLabel(/Wissen bevestigen.*de gegevens van Hilde/).check();
  await heldRow.getByRole('button', { name: 'Wissen' }).click();
  await page.getByText('Deze persoon valt onder een juridische bewaarplicht', { exact: false }).waitFor();

  // Without the confirmation nothing happens; the checkbox says why.
  await contactRow.getByRole('button', { name: 'Wissen' }).click();
  await contactRow.getByText('Vink de bevestiging aan om deze persoon te wissen.').first().waitFor();
  await expectNoAxeViolations(page, 'privacy refused erase');
  await contactRow.getByLabel(/Wissen bevestigen.*de gegevens van Wim/).check();
  await contactRow.getByRole('button', { name: 'Wissen' }).click();
  await page.getByText(`De gegevens van Wim ${lastName} werden gewist.`).waitFor();
  // Erased: no longer found by the old name or address.
  await contactRow.waitFor({ state: 'detached' });
  expectNoBrowserErrors(tp);
  await tp.context.close();
});

it('keeps other staff out of the privacy page', async () => {
  const tp = await openPage(stack.browser, stack.baseUrl);
  const { page } = tp;
  await login(page, 'an.peeters@zorg.example');
  const response = await page.goto('/beheer/privacy');
  expect(response?.status()).toBe(403);
  await heading(page, 'Geen toegang');
  await tp.context.close();
});

it('pages the people found with the search kept and words an erased person in English', async () => {
  const organisation = await createOrganisation(stack.api);
  const lastName = `Paging-${unique()}`;
  const people = await Promise.all(
    Array.from({ length: 27 }, (_, i) =>
      createUser(stack.api, organisation, { firstName: `P${String(i).padStart(2, '0')}`, lastName }),
    ),
  );
  const erased = people[0];
  if (!erased) throw new Error('no user');
  // A DEPARTMENT_ADMIN of the test's own who reads English.
  const staff = await createUser(stack.api, organisation, {
    firstName: 'Eva',
    lastName: `Staff-${unique()}`,
  });
  await ownerQuery(
    stack.api.dbUrl,
    `UPDATE app_user SET organisation_id = NULL, roles = '{DEPARTMENT_ADMIN}', language = 'en' WHERE id = $1`,
    [staff.id],
  );
  const tp = await openPage(stack.browser, stack.baseUrl, { locale: 'en-GB' });
  const { page } = tp;
  await login(page, staff.email);
  await page.goto(`/beheer/privacy?search=${encodeURIComponent(erased.email)}`);
  await hydrated(page);
  const row = page.getByRole('row', { name: new RegExp(erased.email) });
  await row.getByLabel(/Confirm/).check();
  await row.getByRole('button', { name: 'Erase' }).click();
  await page.getByText(`The data of P00 ${lastName} was erased.`).waitFor();

  // Found again by the placeholder address: shown as the English 'deleted user', not the stored name.
  await page.goto(`/beheer/privacy?search=erased-${erased.id}`);
  const erasedRow = page.getByRole('row', { name: /Deleted user/ });
  await erasedRow.waitFor();
  expect(await page.getByText('Verwijderde gebruiker').count()).toBe(0);

  // 26 left by the name: 25 on the first page, one after 'Next', the search kept in the address.
  await page.goto(`/beheer/privacy?search=${encodeURIComponent(lastName)}`);
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBe(25);
  await page.getByText('Page 1 of 2').waitFor();
  await expectNoAxeViolations(page, 'privacy paged');
  await page.getByRole('link', { name: 'Next' }).click();
  await page.getByText('Page 2 of 2').waitFor();
  expect(await rows.count()).toBe(1);
  expect(new URL(page.url()).searchParams.get('search')).toBe(lastName);
  await page.getByRole('link', { name: 'Previous' }).click();
  await page.getByText('Page 1 of 2').waitFor();
  expect(await rows.count()).toBe(25);
  await tp.context.close();
});
