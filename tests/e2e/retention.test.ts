// The retention page and legal holds as people use them (decision 0038), in Chromium against the real web
// and API: a DEPARTMENT_ADMIN sets a retention period (refused with the reason when wrong, input kept),
// puts a thread and a ticket on legal hold from their staff pages with a reason (refused without one),
// finds them in the list on /beheer/privacy/bewaring and lifts one there; an AGENT sees the hold but cannot
// change it and is kept out of the page. Axe on every page.
import { beforeAll, expect, it } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, unique } from '../utils/factories.js';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { key, STAFF_SEND, themeId } from '../utils/messages.js';
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

const CREATE_TICKET = graphql(`
  mutation RetentionE2eTicket($input: CreateTicketInput!) {
    createTicket(input: $input) { errors { code } ticket { id number } }
  }
`);

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

/** A thread (the department writes to a new organisation) and a ticket of that organisation. */
async function records() {
  const organisation = await createOrganisation(stack.api);
  const member = await createUser(stack.api, organisation);
  const admin = await apiLogin(stack.api.graphqlUrl, 'beheer@zorg.example');
  const title = `Bewaring ${unique()}`;
  const sent = await gql(
    stack.api.graphqlUrl,
    STAFF_SEND,
    {
      input: {
        clientKey: key(),
        organisationId: organisation.id,
        themeId: themeId('ERK'),
        title,
        body: 'Beste, uw dossier is volledig.',
      },
    },
    { token: admin },
  );
  expect(sent.data?.sendMessageToOrganisation.errors).toEqual([]);
  const reference = sent.data?.sendMessageToOrganisation.message?.referenceNumber ?? '';
  const [category] = await ownerQuery<{ id: string }>(
    stack.api.dbUrl,
    'SELECT id FROM ticket_category LIMIT 1',
  );
  const [type] = await ownerQuery<{ id: string }>(
    stack.api.dbUrl,
    'SELECT id FROM ticket_support_type LIMIT 1',
  );
  const created = await gql(
    stack.api.graphqlUrl,
    CREATE_TICKET,
    {
      input: {
        clientKey: key(),
        subject: `Ticket ${title}`,
        description: 'Het werkt niet',
        categoryId: category?.id ?? '',
        supportTypeId: type?.id ?? '',
        attachmentIds: [],
      },
    },
    { token: member.token },
  );
  const number = created.data?.createTicket.ticket?.number ?? '';
  expect(number).not.toBe('');
  return { reference, number, title };
}

it('lets a DEPARTMENT_ADMIN set retention periods and legal holds with a reason, and lift them', async () => {
  const { reference, number } = await records();
  const tp = await openPage(stack.browser, stack.baseUrl);
  const { page } = tp;
  await login(page, 'beheer@zorg.example');
  await page.goto('/beheer/privacy');
  await hydrated(page);
  await page.getByRole('link', { name: 'Bewaartermijnen en bewaarplicht' }).click();
  await page.getByRole('heading', { level: 2, name: 'Laatste verwijderronde' }).waitFor();
  await page.getByText('De verwijderronde liep nog niet.').waitFor();
  await expectNoAxeViolations(page, 'retention page');

  // A period that is no number, then one out of range: refused, the input kept; then saved.
  const days = page.getByLabel('Bewaartermijn in dagen voor Kwaliteit');
  const save = page.getByRole('button', { name: /Bewaartermijn van Kwaliteit bewaren/ });
  await days.fill('tien');
  await save.click();
  await page.getByText('Geef een geheel aantal dagen, of laat het veld leeg.').waitFor();
  expect(await page.getByLabel('Bewaartermijn in dagen voor Kwaliteit').inputValue()).toBe('tien');
  await expectNoAxeViolations(page, 'retention period refused');
  await page.getByLabel('Bewaartermijn in dagen voor Kwaliteit').fill('40000');
  await save.click();
  await page.getByText('Geef een bewaartermijn tussen 1 en 36500 dagen', { exact: false }).waitFor();
  expect(await page.getByLabel('Bewaartermijn in dagen voor Kwaliteit').inputValue()).toBe('40000');
  await page.getByLabel('Bewaartermijn in dagen voor Kwaliteit').fill('3650');
  await save.click();
  await page.getByText('De bewaartermijn van Kwaliteit werd bewaard.').waitFor();
  expect(await page.getByLabel('Bewaartermijn in dagen voor Kwaliteit').inputValue()).toBe('3650');

  // The thread's staff page: no hold yet; a hold without a reason is refused on the hold page.
  await page.goto(`/staff/threads/${reference}`);
  await hydrated(page);
  const panel = page.getByRole('region', { name: 'Juridische bewaarplicht' });
  await panel.getByText('Geen bewaarplicht: volgt de gewone bewaartermijn.').waitFor();
  await panel.getByLabel('Reden (komt in de historiek)').fill('   ');
  await panel.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
  await heading(page, `Bewaarplicht van ${reference}`);
  await page.getByText('Geef de reden op (minstens 3 tekens)', { exact: false }).waitFor();
  await expectNoAxeViolations(page, 'legal hold refused');
  await page.getByLabel('Reden (komt in de historiek)').fill('Klacht bij de ombudsman');
  await page.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
  // Back on the thread's page, which says so.
  await heading(page, /Bewaring/);
  await page.getByText(`De bewaarplicht van ${reference} werd ingesteld.`).waitFor();
  await panel.getByText('Onder bewaarplicht', { exact: false }).waitFor();
  await panel.getByText('Klacht bij de ombudsman').waitFor();
  await expectNoAxeViolations(page, 'thread on hold');
  await screenshots(page, 'legal-hold-thread');

  // The ticket's staff page: set directly.
  await page.goto(`/staff/tickets/${number}`);
  await hydrated(page);
  const ticketPanel = page.getByRole('region', { name: 'Juridische bewaarplicht' });
  await ticketPanel.getByLabel('Reden (komt in de historiek)').fill('Gerechtelijk onderzoek');
  await ticketPanel.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
  await page.getByText(`De bewaarplicht van ${number} werd ingesteld.`).waitFor();
  await ticketPanel.getByText('Gerechtelijk onderzoek').waitFor();
  await expectNoAxeViolations(page, 'ticket on hold');

  // Both in the list, newest first; the thread's hold lifted from there.
  await page.goto('/beheer/privacy/bewaring');
  await hydrated(page);
  const ticketRow = page.getByRole('row', { name: new RegExp(number) });
  const threadRow = page.getByRole('row', { name: new RegExp(reference) });
  await ticketRow.getByText('Gerechtelijk onderzoek').waitFor();
  await threadRow.getByText('Klacht bij de ombudsman').waitFor();
  await expectNoAxeViolations(page, 'retention page with holds');
  await screenshots(page, 'retention-page');
  await threadRow.getByRole('link', { name: /Beheren/ }).click();
  await heading(page, `Bewaarplicht van ${reference}`);
  await page.getByLabel('Reden (komt in de historiek)').fill('Klacht afgehandeld');
  await page.getByRole('button', { name: 'Bewaarplicht opheffen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Laatste verwijderronde' }).waitFor();
  await page.getByText(`De bewaarplicht van ${reference} werd opgeheven.`).waitFor();
  await page.getByRole('row', { name: new RegExp(reference) }).waitFor({ state: 'detached' });
  const audit = await ownerQuery<{ action: string }>(
    stack.api.dbUrl,
    `SELECT a.action FROM audit_event a JOIN message_thread t ON t.id = a.entity_id
      WHERE t.reference_number = $1 ORDER BY a.created_at`,
    [reference],
  );
  expect(audit.map((a) => a.action)).toEqual(['legal_hold.set', 'legal_hold.lifted']);
  expectNoBrowserErrors(tp);
  await tp.context.close();
});

it('shows an AGENT the hold without the form, and keeps them out of the retention page', async () => {
  const { reference } = await records();
  const tp = await openPage(stack.browser, stack.baseUrl);
  const { page } = tp;
  await login(page, 'an.peeters@zorg.example');
  await page.goto(`/staff/threads/${reference}`);
  await hydrated(page);
  const panel = page.getByRole('region', { name: 'Juridische bewaarplicht' });
  await panel.getByText('Geen bewaarplicht', { exact: false }).waitFor();
  expect(await panel.getByRole('button').count()).toBe(0);
  const response = await page.goto('/beheer/privacy/bewaring');
  expect(response?.status()).toBe(403);
  await heading(page, 'Geen toegang');
  await tp.context.close();
});
