// A mail that finally failed, as people see it (docs/decisions/0013): the organisation's contact list says
// 'E-mailadres onbestelbaar: 550 No such user (date)' and its task list asks to correct the address; staff
// find it under 'Mislukte mails' and send it again, in Dutch and English.
import { beforeAll, expect, it } from 'vitest';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { themeId } from '../utils/messages.js';
import {
  expectNoAxeViolations,
  expectNoBrowserErrors,
  focused,
  hydrated,
  login,
  openPage,
} from '../utils/web.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
const EMAIL = 'onbestelbaar@delinde.example';

beforeAll(async () => {
  stack = await startStack();
  const admin = await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example');
  const added = await gql(
    stack.api.graphqlUrl,
    `mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { contactPerson { id } } }`,
    {
      input: {
        firstName: 'Omer',
        lastName: 'Onbestelbaar',
        email: EMAIL,
        language: 'nl',
        themeIds: [themeId('KWA')],
      },
    },
    { token: admin },
  );
  expect(added.data?.addContactPerson.contactPerson.id).toBeTruthy();
  // What the worker records when the SMTP server answers 550 (tested against a real SMTP server in
  // tests/integration/undeliverable-mail.test.ts); this stack runs no worker.
  await ownerQuery(
    stack.api.dbUrl,
    `WITH failed AS (
       UPDATE outbound_mail SET status = 'FAILED', failed_at = '2026-12-02T10:00:00Z', attempts = 1,
              last_error = '550 No such user'
        WHERE recipient = $1 RETURNING organisation_id)
     UPDATE contact_person SET email_undeliverable_at = '2026-12-02T10:00:00Z',
            email_undeliverable_reason = '550 No such user', email_undeliverable_source = 'SMTP_REJECTION'
      WHERE email = $1 AND organisation_id IN (SELECT organisation_id FROM failed)`,
    [EMAIL],
  );
});

it('shows the undeliverable address on the contact list and as a task', async () => {
  const tp = await openPage(stack.browser, stack.baseUrl);
  const { page } = tp;
  await login(page, 'beheerder@delinde.example');
  await page.goto('/organisation/contacts');
  await hydrated(page);
  await page.getByText('E-mailadres onbestelbaar: 550 No such user (2 december 2026)').waitFor();
  await page.getByText(/^E-mailadres van Omer Onbestelbaar onbestelbaar/).waitFor();
  await page.getByRole('link', { name: 'E-mailadres aanpassen' }).click();
  await page.waitForURL(/\/organisation\/contacts\/[0-9a-f-]+\/edit$/);
  expectNoBrowserErrors(tp);
  await tp.context.close();
});

it('lists the failed mail for staff, who send it again', async () => {
  const tp = await openPage(stack.browser, stack.baseUrl);
  const { page } = tp;
  await login(page, 'an.peeters@zorg.example');
  await page.getByRole('link', { name: 'Mislukte mails' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mislukte mails' }).waitFor();
  await hydrated(page);
  const row = page.getByRole('row', { name: new RegExp(EMAIL) });
  await row.getByText('550 No such user').waitFor();
  await expectNoAxeViolations(page, 'failed mails');
  await page.getByRole('button', { name: `De mail aan ${EMAIL} opnieuw sturen` }).click();
  await page.getByText(`De mail aan ${EMAIL} wordt opnieuw verstuurd.`).waitFor();
  // A fetcher answered, on the same page: the row left, so its answer has the focus.
  expect(await focused(page)).toContain('notice-anchor');
  const [mail] = await ownerQuery(stack.api.dbUrl, 'SELECT status FROM outbound_mail WHERE recipient = $1', [
    EMAIL,
  ]);
  expect(mail.status).toBe('PENDING');
  await page.getByText('Er zijn geen mislukte mails.').waitFor();
  expectNoBrowserErrors(tp);
  await tp.context.close();
});
