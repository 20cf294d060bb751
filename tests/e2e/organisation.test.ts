// End to end on Mijn organisatie: the organisation's data (edit mode kept on a format error, the focus
// on the field, then saved; read-only for a MEMBER), the contact persons (add with errors, the
// confirmation link from the mail, the table updating live, the task gone; edit, resend, invite, remove
// with a confirm step; filters and paging; without JavaScript), the history, and the public confirmation
// page. axe-core on every state, screenshots at 1280 and 375 px.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_THEMES } from '../../server/src/seed/demo.js';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { linkIn, type OutboxMail, outbox, ownerQuery } from '../utils/mailbox.js';
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

const ERKENNING = DEMO_THEMES[0]!.id;

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expectNoBrowserErrors(tp);
}

async function lastMail(recipient: string, template: string): Promise<OutboxMail> {
  const mail = (await outbox(stack.api.dbUrl, recipient)).filter((m) => m.template === template).at(-1);
  if (!mail) throw new Error(`no ${template} mail to ${recipient}`);
  return mail;
}

async function tasksOf(email: string) {
  const token = await apiLogin(stack.api.graphqlUrl, email);
  const result = await gql<{ tasks: Array<{ theme: { id: string }; awaitingConfirmation: boolean }> }>(
    stack.api.graphqlUrl,
    '{ tasks { awaitingConfirmation theme { id } } }',
    {},
    { token },
  );
  return result.data?.tasks ?? [];
}

/** Waits until the live connection of the page is up (the subscription is opened after hydration). */
async function liveConnected() {
  const deadline = Date.now() + 10_000;
  while (stack.web.liveConnections() === 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  expect(stack.web.liveConnections()).toBeGreaterThan(0);
}

describe('organisation data', () => {
  it('ADMIN: a bad website keeps the edit mode, the input and the focus; fixed, it is saved', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Organisatie' })
      .click();
    await heading(page, 'Mijn organisatie');
    await page.getByRole('heading', { level: 2, name: 'Organisatiegegevens' }).waitFor();
    await expect(page.locator('.details-list').textContent()).resolves.toContain(
      'https://www.delinde.example',
    );
    await check(tp, 'organisation');

    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Organisatiegegevens bewerken' }).waitFor();
    await hydrated(page);
    await check(tp, 'organisation-edit');
    await page.getByLabel('Telefoonnummer').fill('+32 50 12 34 99');
    await page.getByLabel('Website').fill('www.delinde.example');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.locator('#organisation-websiteUrl-error').waitFor();

    expect(await focused(page)).toBe('organisation-websiteUrl');
    expect(page.url()).toBe(`${stack.baseUrl}/organisation/edit`);
    await expect(page.getByLabel('Website').inputValue()).resolves.toBe('www.delinde.example');
    await expect(page.getByLabel('Telefoonnummer').inputValue()).resolves.toBe('+32 50 12 34 99');
    expect(await page.getByLabel('Website').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Website').getAttribute('aria-describedby')).toContain(
      'organisation-websiteUrl-error',
    );
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      'Website: Geef een volledig webadres in dat begint met https:// of http://.',
    );
    await check(tp, 'organisation-edit-errors');

    await page.getByLabel('Website').fill('https://delinde.example/wzc');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('De organisatiegegevens zijn bewaard.').waitFor();
    // The notice came with the session (a flash), not in the address: once, and not after a reload.
    expect(page.url()).toBe(`${stack.baseUrl}/organisation`);
    const details = await page.locator('.details-list').textContent();
    expect(details).toContain('https://delinde.example/wzc');
    expect(details).toContain('+3250123499'); // stored in E.164
    await check(tp, 'organisation-saved');
    await page.reload();
    await page.locator('.details-list').waitFor();
    await expect(page.getByText('De organisatiegegevens zijn bewaard.').count()).resolves.toBe(0);

    // The change is in the history: who, what, old → new.
    await page.getByRole('link', { name: 'Geschiedenis' }).click();
    await page.getByRole('heading', { level: 2, name: 'Geschiedenis' }).waitFor();
    const row = page.locator('.history-table tbody tr').first();
    const text = await row.textContent();
    expect(text).toContain('Els');
    expect(text).toContain('Organisatiegegevens gewijzigd');
    expect(text).toContain('https://www.delinde.example');
    expect(text).toContain('https://delinde.example/wzc');
    await check(tp, 'organisation-history');
    await tp.context.close();
  });

  it('MEMBER: reads the data and the contacts, without edit buttons or history', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@zonnebloem.example');
    await page.goto('/organisation');
    await hydrated(page);
    await page.getByRole('heading', { level: 2, name: 'Organisatiegegevens' }).waitFor();
    expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Geschiedenis' }).count()).toBe(0);
    await page.getByText('Alleen een beheerder van uw organisatie kan deze gegevens wijzigen.').waitFor();
    await check(tp, 'organisation-member');

    await page.getByRole('link', { name: 'Contactpersonengegevens' }).click();
    await page.getByRole('heading', { level: 2, name: 'Contactpersonengegevens' }).waitFor();
    expect(await page.getByRole('link', { name: /Voeg een nieuwe lijn toe/ }).count()).toBe(0);
    await page
      .getByText('Vraag een beheerder van uw organisatie om per thema een contactpersoon toe te voegen.')
      .waitFor();
    await check(tp, 'contacts-member');

    const edit = await page.goto('/organisation/edit');
    expect(edit?.status()).toBe(403);
    await heading(page, 'Geen toegang');
    const history = await page.goto('/organisation/history');
    expect(history?.status()).toBe(403);
    await tp.context.close();
  });

  it('staff have no organisation of their own and are told so', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    await login(tp.page, 'beheer@zorg.example');
    await tp.page.goto('/organisation');
    await hydrated(tp.page);
    await tp.page.getByText('Deze pagina is voor gebruikers van een organisatie').waitFor();
    await expectNoAxeViolations(tp.page, 'organisation-staff');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('contact persons', () => {
  it('add (errors keep the input) → mail → confirm by the link → Bevestigd live, task gone', async () => {
    const admin = await openPage(stack.browser, stack.baseUrl);
    const { page } = admin;
    await login(page, 'beheerder@zonnebloem.example');
    await page.goto('/organisation/contacts');
    await hydrated(page);
    await page.getByText('Uw organisatie heeft nog geen contactpersonen.').waitFor();
    expect(await page.locator('.task-list li').count()).toBe(4);
    await check(admin, 'contacts-empty');

    await page.getByRole('link', { name: 'Voeg een nieuwe lijn toe' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Contactpersoon toevoegen' }).waitFor();
    await hydrated(page);
    await check(admin, 'contact-add');
    await page.getByLabel('Voornaam').fill('Greet');
    await page.getByLabel('E-mailadres').fill('greet@zonnebloem');
    await page.getByLabel('Telefoonnummer').fill('+32 9 333 44 66');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await focused(page)).toBe('contact-lastName');
    await expect(page.getByLabel('Voornaam').inputValue()).resolves.toBe('Greet');
    await expect(page.getByLabel('E-mailadres').inputValue()).resolves.toBe('greet@zonnebloem');
    await expect(page.getByLabel('Telefoonnummer').inputValue()).resolves.toBe('+32 9 333 44 66');
    const summary = await page.locator('.error-summary').textContent();
    expect(summary).toContain('Familienaam: Dit veld is verplicht.');
    expect(summary).toContain('E-mailadres: Geef een geldig e-mailadres in');
    expect(summary).toContain('Thema’s: Kies minstens één thema.');
    expect(await page.locator('#contact-themeIds').getAttribute('aria-invalid')).toBe('true');
    await check(admin, 'contact-add-errors');

    await page.getByLabel('Familienaam').fill('Goossens');
    await page.getByLabel('E-mailadres').fill('greet.goossens@zonnebloem.example');
    await page.getByLabel('Erkenning').check();
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('De contactpersoon is toegevoegd').waitFor();
    const row = page.locator('.contacts-table tbody tr', { hasText: 'Greet Goossens' });
    await expect(row.textContent()).resolves.toContain('Nog niet bevestigd');
    expect(await row.textContent()).toContain('Erkenning');
    await check(admin, 'contacts-added');

    // The mail names the link to the web's confirmation page.
    const mail = await lastMail('greet.goossens@zonnebloem.example', 'contact-confirmation');
    const link = linkIn(mail, `${stack.baseUrl}/confirm-contact`);
    await liveConnected();

    // Opening the link (as a mail scanner would) confirms nothing: the person presses 'Bevestigen'.
    const visitor = await openPage(stack.browser, stack.baseUrl);
    await visitor.page.goto(link);
    await hydrated(visitor.page);
    await heading(visitor.page, 'Contactpersoon bevestigen');
    await check(visitor, 'confirm-contact');
    expect((await tasksOf('beheerder@zonnebloem.example')).some((t) => t.theme.id === ERKENNING)).toBe(true);
    await visitor.page.getByRole('button', { name: 'Bevestigen' }).click();
    await heading(visitor.page, 'U bent bevestigd');
    const answer = await visitor.page.locator('main').textContent();
    expect(answer).toContain('Dagcentrum De Zonnebloem');
    expect(answer).toContain('Erkenning');
    expect(await focused(visitor.page)).toContain('h1');
    // Never logged in: the visitor has no session cookie and no main navigation.
    expect((await visitor.context.cookies()).some((c) => c.name === 'loket_session')).toBe(false);
    expect(await visitor.page.locator('nav.main-nav').count()).toBe(0);
    await check(visitor, 'confirm-contact-confirmed');

    // The admin's page follows without a reload, and says so in the live region.
    await row.getByText('Bevestigd', { exact: true }).waitFor({ timeout: 10_000 });
    await page.getByText('De contactpersonen en taken zijn bijgewerkt.').waitFor();
    expect(await page.locator('.task-list li').count()).toBe(3);
    expect(await page.locator('.task-list').textContent()).not.toContain('Erkenning');
    expect((await tasksOf('beheerder@zonnebloem.example')).some((t) => t.theme.id === ERKENNING)).toBe(false);

    // The same link again says at once that it was used: no 'Bevestigen' to press first.
    await visitor.page.goto(link);
    await hydrated(visitor.page);
    await heading(visitor.page, 'U was al bevestigd');
    expect(await visitor.page.getByRole('button', { name: 'Bevestigen' }).count()).toBe(0);
    await expect(visitor.page.locator('main').textContent()).resolves.toContain('Dagcentrum De Zonnebloem');
    await check(visitor, 'confirm-contact-already');

    // A link that is not one is answered at once too, and one without a token.
    await visitor.page.goto('/confirm-contact?token=niet-geldig');
    await hydrated(visitor.page);
    await heading(visitor.page, 'Deze link is ongeldig');
    expect(await visitor.page.getByRole('button', { name: 'Bevestigen' }).count()).toBe(0);
    await check(visitor, 'confirm-contact-invalid');
    await visitor.page.goto('/confirm-contact');
    await visitor.page.getByText('Deze link is onvolledig.').waitFor();
    await check(visitor, 'confirm-contact-no-token');
    await visitor.context.close();
    await admin.context.close();
  });

  it('edit the email → Nog niet bevestigd; resend (throttled, then sent); invite; remove after a confirm step', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@zonnebloem.example');
    // A confirmed contact to start from.
    const token = await apiLogin(stack.api.graphqlUrl, 'beheerder@zonnebloem.example');
    const added = await gql(
      stack.api.graphqlUrl,
      'mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { contactPerson { id } errors { code } } }',
      {
        input: {
          firstName: 'Hilde',
          lastName: 'Hermans',
          email: 'hilde@zonnebloem.example',
          themeIds: [DEMO_THEMES[1]!.id, DEMO_THEMES[2]!.id],
        },
      },
      { token },
    );
    const id = added.data?.addContactPerson.contactPerson.id as string;
    await ownerQuery(
      stack.api.dbUrl,
      `UPDATE contact_person SET status = 'CONFIRMED', confirmed_at = now() WHERE id = $1`,
      [id],
    );

    await page.goto('/organisation/contacts');
    await hydrated(page);
    const row = page.locator('.contacts-table tbody tr', { hasText: 'Hilde Hermans' });
    await row.getByText('Bevestigd', { exact: true }).waitFor();
    await row.getByRole('link', { name: 'Hilde Hermans bewerken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Contactpersoon bewerken' }).waitFor();
    await hydrated(page);
    await expect(page.getByLabel('E-mailadres').inputValue()).resolves.toBe('hilde@zonnebloem.example');
    expect(await page.getByLabel('Subsidies').isChecked()).toBe(true);
    expect(await page.getByLabel('Kwaliteit').isChecked()).toBe(true);
    expect(await page.getByLabel('Erkenning').isChecked()).toBe(false);
    await check(tp, 'contact-edit');

    // The address of another contact: refused on the field, input kept.
    await page.getByLabel('E-mailadres').fill('GREET.GOOSSENS@zonnebloem.example');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.locator('#contact-email-error').waitFor();
    expect(await focused(page)).toBe('contact-email');
    await expect(page.getByLabel('E-mailadres').inputValue()).resolves.toBe(
      'GREET.GOOSSENS@zonnebloem.example',
    );
    await expect(page.locator('#contact-email-error').textContent()).resolves.toContain(
      'Er bestaat al een contactpersoon met dit e-mailadres',
    );

    await page.getByLabel('E-mailadres').fill('hilde.hermans@zonnebloem.example');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Het nieuwe e-mailadres moet eerst bevestigd worden').waitFor();
    await expect(row.textContent()).resolves.toContain('Nog niet bevestigd');
    expect(await row.textContent()).toContain('hilde.hermans@zonnebloem.example');
    await lastMail('hilde.hermans@zonnebloem.example', 'contact-confirmation');
    await lastMail('hilde@zonnebloem.example', 'contact-email-changed');

    // Resend: a mail just went out, so the API refuses for a few minutes, and the page says so.
    await row.getByRole('button', { name: 'Bevestigingsmail opnieuw sturen naar Hilde Hermans' }).click();
    await page.getByText('De bevestigingsmail voor Hilde Hermans is niet verstuurd.').waitFor();
    await page.getByText(/U kunt er over \d+ minuten opnieuw een sturen/).waitFor();
    expect(await focused(page)).toContain('notice-anchor');
    await check(tp, 'contacts-resend-throttled');
    await ownerQuery(
      stack.api.dbUrl,
      `UPDATE contact_person SET confirmation_sent_at = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );
    const before = (await outbox(stack.api.dbUrl, 'hilde.hermans@zonnebloem.example')).length;
    await row.getByRole('button', { name: 'Bevestigingsmail opnieuw sturen naar Hilde Hermans' }).click();
    await page
      .getByText('Er is een nieuwe bevestigingsmail gestuurd naar hilde.hermans@zonnebloem.example.')
      .waitFor();
    expect((await outbox(stack.api.dbUrl, 'hilde.hermans@zonnebloem.example')).length).toBe(before + 1);

    // Invite to the e-loket, as Medewerker+.
    await row.getByRole('link', { name: 'Hilde Hermans uitnodigen voor het e-loket' }).click();
    await page.getByRole('heading', { level: 2, name: 'Uitnodigen voor het e-loket' }).waitFor();
    await hydrated(page);
    await check(tp, 'contact-invite');
    await page.getByLabel('Medewerker+').check();
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText('De uitnodiging is verstuurd.').waitFor();
    expect(await row.locator('td[data-label="Toegang tot het e-loket"]').textContent()).toBe('Ja');
    expect(await row.getByRole('link', { name: /uitnodigen/ }).count()).toBe(0);
    const invitation = await lastMail('hilde.hermans@zonnebloem.example', 'invitation');
    expect(invitation).toBeTruthy();

    // Remove, after the confirm step; cancelling first changes nothing.
    await row.getByRole('link', { name: 'Hilde Hermans verwijderen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Contactpersoon verwijderen' }).waitFor();
    await page.getByText('Wilt u Hilde Hermans verwijderen als contactpersoon?').waitFor();
    await hydrated(page);
    await check(tp, 'contact-remove');
    await page.getByRole('link', { name: 'Annuleren' }).click();
    await row.waitFor();
    await row.getByRole('link', { name: 'Hilde Hermans verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('De contactpersoon is verwijderd').waitFor();
    expect(await row.count()).toBe(0);
    await lastMail('hilde.hermans@zonnebloem.example', 'contact-removed');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('a confirmed contact’s removal warns about the themes left without one', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@zonnebloem.example');
    await page.goto('/organisation/contacts');
    await hydrated(page);
    await page
      .locator('.contacts-table tbody tr', { hasText: 'Greet Goossens' })
      .getByRole('link', { name: 'Greet Goossens verwijderen' })
      .click();
    await page.getByText('geen bevestigde contactpersoon meer voor Erkenning').waitFor();
    await check(tp, 'contact-remove-last');

    // The history names who did what to which contact, the confirmation by the contact itself.
    await page.getByRole('link', { name: 'Geschiedenis' }).click();
    await page.getByRole('heading', { level: 2, name: 'Geschiedenis' }).waitFor();
    const history = await page.locator('.history-table').textContent();
    expect(history).toContain('Contactpersoon Greet Goossens bevestigd');
    expect(history).toContain('De contactpersoon zelf');
    expect(history).toContain('Contactpersoon Hilde Hermans verwijderd');
    expect(history).toContain('Gebruiker Hilde Hermans uitgenodigd');
    expect(history).toContain('Nog niet bevestigd');
    await check(tp, 'organisation-history-contacts');
    await tp.context.close();
  });

  it('filters by theme and status, and pages 20 at a time (cards on a phone)', async () => {
    const token = await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example');
    for (let i = 1; i <= 23; i += 1) {
      const result = await gql(
        stack.api.graphqlUrl,
        'mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { errors { code } } }',
        {
          input: {
            firstName: `Persoon`,
            lastName: `Lijst ${String(i).padStart(2, '0')}`,
            email: `lijst${i}@delinde.example`,
            phone: i % 2 ? '+3250123400' : null,
            themeIds: [i <= 3 ? DEMO_THEMES[3]!.id : DEMO_THEMES[4]!.id],
          },
        },
        { token },
      );
      expect(result.data?.addContactPerson.errors).toEqual([]);
    }
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await page.goto('/organisation/contacts');
    await hydrated(page);
    await page.getByText('23 contactpersonen', { exact: true }).waitFor();
    expect(await page.locator('.contacts-table tbody tr').count()).toBe(20);
    await page.getByText('Pagina 1 van 2').waitFor();
    await check(tp, 'contacts');

    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.getByText('Pagina 2 van 2').waitFor();
    expect(await page.locator('.contacts-table tbody tr').count()).toBe(3);
    await expect(page.locator('.contacts-table tbody tr').first().textContent()).resolves.toContain(
      'Lijst 21',
    );
    await page.getByRole('link', { name: 'Vorige' }).click();
    await page.getByText('Pagina 1 van 2').waitFor();
    await expect(page.locator('.contacts-table tbody tr').first().textContent()).resolves.toContain(
      'Lijst 01',
    );

    await page.getByLabel('Thema').selectOption({ label: 'Infectieziekten' });
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.getByText('3 contactpersonen', { exact: true }).waitFor();
    expect(page.url(), page.url()).toContain(`theme=${DEMO_THEMES[3]!.id}`);
    await page.getByLabel('Status').selectOption({ label: 'Bevestigd' });
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.getByText('Geen contactpersonen voor deze filter.').waitFor();
    await check(tp, 'contacts-filtered-empty');
    await page.getByRole('link', { name: 'Filters wissen' }).first().click();
    await page.getByText('23 contactpersonen', { exact: true }).waitFor();
    await tp.context.close();
  });

  it('works without JavaScript: add with an error keeps the input; confirming posts', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('beheerder@delinde.example');
    await page.getByLabel('Wachtwoord').fill('Loket-demo-2026');
    await Promise.all([
      page.waitForURL(`${stack.baseUrl}/`),
      page.getByRole('button', { name: 'Aanmelden' }).click(),
    ]);
    await page.goto(`/organisation/contacts/new?theme=${ERKENNING}`);
    expect(await page.getByLabel('Erkenning').isChecked()).toBe(true);
    await page.getByLabel('Voornaam').fill('Jan');
    await page.getByLabel('Familienaam').fill('Zonder Script');
    await page.getByLabel('E-mailadres').fill('lijst1@DELINDE.example');
    await page.getByLabel('English').check();
    // The refused form is the document's answer: HTTP 400, the page with the errors and the input.
    const [refused] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.request().resourceType() === 'document',
      ),
      page.getByRole('button', { name: 'Bewaren' }).click(),
    ]);
    expect(refused.status()).toBe(400);
    await page.waitForLoadState('load');
    await page.locator('#contact-email-error').waitFor();
    expect(await focused(page)).toContain('error-summary');
    await expect(page.getByLabel('Voornaam').inputValue()).resolves.toBe('Jan');
    expect(await page.getByLabel('English').isChecked()).toBe(true);
    expect(await page.getByLabel('Erkenning').isChecked()).toBe(true);

    await page.getByLabel('E-mailadres').fill('jan.zonder.script@delinde.example');
    await Promise.all([
      page.waitForURL(`${stack.baseUrl}/organisation/contacts`),
      page.getByRole('button', { name: 'Bewaren' }).click(),
    ]);
    await page.getByText('De contactpersoon is toegevoegd').waitFor();
    // Shown once: a reload of the list does not say it again.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Contactpersonengegevens' }).waitFor();
    await expect(page.getByText('De contactpersoon is toegevoegd').count()).resolves.toBe(0);

    // The confirmation page, in English for an English contact's browser, without JavaScript either.
    const mail = await lastMail('jan.zonder.script@delinde.example', 'contact-confirmation');
    const visitor = await openPage(stack.browser, stack.baseUrl, {
      javaScriptEnabled: false,
      locale: 'en-GB',
    });
    await visitor.page.goto(linkIn(mail, `${stack.baseUrl}/confirm-contact`));
    await heading(visitor.page, 'Confirm contact person');
    await Promise.all([
      visitor.page.waitForLoadState('load'),
      visitor.page.getByRole('button', { name: 'Confirm' }).click(),
    ]);
    await heading(visitor.page, 'You are confirmed');
    await expect(visitor.page.locator('main').textContent()).resolves.toContain('Recognition');
    await visitor.context.close();
    await tp.context.close();
  });

  it('in English', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { locale: 'en-GB' });
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await heading(page, /Welcome/);
    await page.goto('/organisation/contacts?status=UNCONFIRMED');
    await hydrated(page);
    await heading(page, 'My organisation');
    await page.getByText('Not confirmed yet').first().waitFor();
    await check(tp, 'contacts-en');
    // Back to Dutch for the other tests of this account.
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await heading(page, 'Mijn organisatie');
    await tp.context.close();
  });
});
