import { beforeAll, describe, expect, it } from 'vitest';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { outbox } from '../utils/mailbox.js';
import {
  expectNoAxeViolations,
  expectNoBrowserErrors,
  focused,
  heading,
  hydrated,
  login,
  openPage,
  screenshots,
  slowUploads,
  type TestPage,
} from '../utils/web.js';
import {
  announced,
  confirmedContact,
  departmentSends,
  LINDE,
  liveConnected,
  overflowAt375,
  paddedPdf,
} from './messages.fixtures.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
let staff: string;

beforeAll(async () => {
  stack = await startStack();
  const admin = await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example');
  staff = await apiLogin(stack.api.graphqlUrl, 'bart.desmet@zorg.example');
  await confirmedContact(stack, admin, {
    firstName: 'Jan',
    lastName: 'Janssens',
    email: 'jan.janssens@delinde.example',
    themes: ['SUB'],
  });
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expect(await overflowAt375(tp.page), `sideways overflow at 375 px on ${name}`).toEqual([]);
  expectNoBrowserErrors(tp);
}

const THREAD = `query($ref: String!) {
  thread(referenceNumber: $ref) {
    messages { direction body attachments { fileName contentType sizeBytes } }
    contacts { firstName lastName email standard }
  }
}`;

describe('a message from the department, answered by the organisation', () => {
  it('appears live, opens read, and the reply with attachment and one-off contact reaches the department', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@delinde.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Berichten' }).click();
    await heading(page, 'Mijn berichten');
    await hydrated(page);
    await page.getByText('U hebt nog geen berichten ontvangen.').waitFor();
    await check(tp, 'messages-empty');
    await liveConnected(stack);

    // The department writes: it appears without a reload, unread, and the badge counts it.
    const title = 'Aanvraag werkingssubsidie 2027';
    const sent = await departmentSends(stack, staff, {
      organisationId: LINDE,
      theme: 'SUB',
      title,
      body: 'Beste,\n\nGelieve het formulier aan te vullen op https://www.vlaanderen.be/departement-zorg.\n\nMet vriendelijke groeten',
    });
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.waitFor({ timeout: 10_000 });
    await expect(row.textContent()).resolves.toContain('Ongelezen');
    await expect(row.textContent()).resolves.toContain(sent.referenceNumber);
    await page.locator('.nav-badge', { hasText: '1' }).waitFor();
    await announced(page, 'Nieuw bericht ontvangen. U hebt 1 ongelezen bericht.');
    expect(await page.getByRole('link', { name: /^Berichten 1 ongelezen bericht$/ }).count()).toBe(1);
    await check(tp, 'messages-received');

    // Opening it marks it read (the badge goes) and shows the text as written, its link made clickable.
    await row.getByRole('link', { name: title }).click();
    await heading(page, title);
    await page.locator('.nav-badge').waitFor({ state: 'detached' });
    const body = page.locator('.message-view .message-body');
    expect(await body.textContent()).toContain('Beste,\n\nGelieve');
    expect(await body.getByRole('link').getAttribute('href')).toBe(
      'https://www.vlaanderen.be/departement-zorg',
    );
    expect(await page.locator('.message-view').textContent()).toContain('Bart De Smet (Team Subsidies)');
    await check(tp, 'message-detail');

    // Beantwoorden: the text takes the focus.
    await page.getByRole('link', { name: 'Beantwoorden' }).click();
    await page.locator('#reply-body').waitFor();
    expect(await focused(page)).toBe('reply-body');
    await page.locator('#reply-body').fill('Hierbij het ingevulde formulier.\nGroeten,\nTom');

    // The attachment is uploaded on choosing, with its progress shown (upload slowed down to see it).
    const fullSpeed = await slowUploads(tp);
    await page.locator('#reply-files').setInputFiles({
      name: 'formulier ingevuld.pdf',
      mimeType: 'application/pdf',
      buffer: paddedPdf(700),
    });
    const progress = page.getByRole('progressbar', { name: 'formulier ingevuld.pdf wordt opgeladen' });
    await progress.waitFor();
    await expect(page.getByRole('button', { name: 'Verzenden' }).last().isDisabled()).resolves.toBe(true);
    await screenshots(page, 'message-reply-uploading');
    await page
      .getByRole('list', { name: 'Toegevoegde bijlagen' })
      .getByText('formulier ingevuld.pdf')
      .waitFor({ timeout: 20_000 });
    await progress.waitFor({ state: 'detached' });
    await fullSpeed();

    // Contactdetails: the theme's contact, and a one-off contact added for this message.
    const panel = page.locator('.contacts-panel');
    await expect(panel.textContent()).resolves.toContain('Jan Janssens');
    await panel.getByRole('button', { name: 'Voeg toe' }).click();
    expect(await focused(page)).toMatch(/^reply-contact-new-1-firstName$/);
    await panel.getByLabel('Voornaam').fill('Piet');
    await panel.getByLabel('Familienaam').fill('Pieters');
    await panel.getByLabel('E-mailadres').fill('piet@boekhouding.example');
    await check(tp, 'message-reply-contact-form');
    await panel.getByRole('button', { name: 'Toevoegen' }).click();
    await panel.getByRole('listitem').filter({ hasText: 'Piet Pieters' }).getByText('Nieuw').waitFor();
    await expect(panel.textContent()).resolves.toContain('Alleen voor dit bericht');
    await check(tp, 'message-reply-form');

    await page.getByRole('button', { name: 'Verzenden' }).last().click();
    const confirmation = page.getByText('Uw bericht is verstuurd naar Bart De Smet (Team Subsidies).');
    await confirmation.waitFor();
    expect(await focused(page)).toContain('sent-notice');
    // The reply is the message shown; the department's message is in the Berichthistoriek.
    await expect(page.locator('.message-view .message-body').textContent()).resolves.toContain(
      'Hierbij het ingevulde formulier.\nGroeten,\nTom',
    );
    const history = page.locator('.history-item');
    expect(await history.count()).toBe(1);
    await history.locator('summary').click();
    await expect(history.locator('.message-body').textContent()).resolves.toContain('Gelieve het formulier');
    await check(tp, 'message-sent');

    // The attachment downloads through the web with the session.
    const href = await page.locator('.message-view .file-item a').getAttribute('href');
    const download = await page.request.get(href as string);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toContain('formulier ingevuld.pdf');
    expect((await download.body()).length).toBe(paddedPdf(700).length);

    // The department sees the reply, with the attachment and the contacts.
    const thread = await gql(stack.api.graphqlUrl, THREAD, { ref: sent.referenceNumber }, { token: staff });
    const messages = thread.data?.thread.messages as any[];
    expect(messages.map((m) => m.direction)).toEqual(['INBOUND', 'OUTBOUND']);
    expect(messages[1].body).toBe('Hierbij het ingevulde formulier.\nGroeten,\nTom');
    expect(messages[1].attachments).toEqual([
      {
        fileName: 'formulier ingevuld.pdf',
        contentType: 'application/pdf',
        sizeBytes: paddedPdf(700).length,
      },
    ]);
    expect(thread.data?.thread.contacts).toEqual([
      { firstName: 'Jan', lastName: 'Janssens', email: 'jan.janssens@delinde.example', standard: true },
      { firstName: 'Piet', lastName: 'Pieters', email: 'piet@boekhouding.example', standard: false },
    ]);
    const told = (await outbox(stack.api.dbUrl, 'bart.desmet@zorg.example')).at(-1);
    expect(told?.template).toBe('message-for-department');

    // Under 'Verstuurde berichten', addressed to the handler.
    await page.getByRole('link', { name: 'Mijn berichten' }).click();
    await heading(page, 'Mijn berichten');
    await page.getByRole('link', { name: /^Verstuurde berichten/ }).click();
    await page.getByRole('row', { name: /Bart De Smet \(Team Subsidies\)/ }).waitFor();
    await check(tp, 'messages-sent');

    // The department answers: it appears in the open thread without a reload.
    await page
      .getByRole('row', { name: new RegExp(title) })
      .getByRole('link')
      .click();
    await page.locator('.message-view').waitFor();
    await liveConnected(stack);
    await gql(
      stack.api.graphqlUrl,
      `mutation($input: ReplyInput!) { replyToThread(input: $input) { errors { code } } }`,
      {
        input: {
          clientKey: crypto.randomUUID(),
          referenceNumber: sent.referenceNumber,
          body: 'Goed ontvangen, dank u.',
        },
      },
      { token: staff },
    );
    await announced(page, 'Nieuw bericht in deze berichthistoriek');
    expect(await page.locator('.history-item').count()).toBe(2);

    // A dropped connection: once back, the page catches up with what arrived meanwhile.
    stack.web.dropLiveConnections();
    await page.getByText('De live verbinding is onderbroken.', { exact: false }).waitFor();
    await gql(
      stack.api.graphqlUrl,
      `mutation($input: ReplyInput!) { replyToThread(input: $input) { errors { code } } }`,
      {
        input: {
          clientKey: crypto.randomUUID(),
          referenceNumber: sent.referenceNumber,
          body: 'Nog een aanvulling.',
        },
      },
      { token: staff },
    );
    await page.getByText('De live verbinding is hersteld.').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('.history-item').count(), { timeout: 10_000 }).toBe(3);
    await tp.context.close();
  });
});

describe('Contactdetails of a reply', () => {
  it('an ADMIN changes a standard contact with the pencil and removes one for this thread with the cross', async () => {
    const sent = await departmentSends(stack, staff, {
      organisationId: LINDE,
      theme: 'SUB',
      title: 'Vraag om aanvulling',
      body: 'Wie volgt dit op?',
    });
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await page.goto(`/messages/${sent.referenceNumber}?reply=1`);
    await hydrated(page);
    const panel = page.locator('.contacts-panel');
    // One-off contact for this thread, then taken off again by its cross before sending.
    await panel.getByRole('button', { name: 'Voeg toe' }).click();
    await panel.getByLabel('Voornaam').fill('Tijdelijk');
    await panel.getByLabel('Familienaam').fill('Contact');
    await panel.getByLabel('E-mailadres').fill('tijdelijk@extern.example');
    await panel.getByLabel('E-mailadres').press('Enter');
    await panel.getByRole('button', { name: 'Tijdelijk Contact verwijderen voor dit bericht' }).click();
    expect(await panel.getByText('Tijdelijk Contact').count()).toBe(0);

    // The pencil: the standard contact's phone; 'Annuleren' first puts the old details back.
    await panel.getByRole('button', { name: 'Jan Janssens wijzigen' }).click();
    expect(await focused(page)).toMatch(/^reply-contact-.+-firstName$/);
    await panel.getByLabel('Telefoonnummer').fill('+32 50 12 34 56');
    await panel.getByRole('button', { name: 'Annuleren' }).click();
    expect(await panel.getByText('Gewijzigd').count()).toBe(0);
    await panel.getByRole('button', { name: 'Jan Janssens wijzigen' }).click();
    await panel.getByLabel('Telefoonnummer').fill('+32 50 12 34 56');
    await panel.getByRole('button', { name: 'Klaar' }).click();
    await panel.locator('.contact-card', { hasText: 'Jan Janssens' }).getByText('Gewijzigd').waitFor();
    await page.locator('#reply-body').fill('Jan Janssens volgt dit op; zijn nummer is aangepast.');
    await check(tp, 'message-reply-contact-edited');
    await page.getByRole('button', { name: 'Verzenden' }).last().click();
    await page.getByText('Uw bericht is verstuurd naar Bart De Smet (Team Subsidies).').waitFor();

    const thread = await gql(stack.api.graphqlUrl, THREAD, { ref: sent.referenceNumber }, { token: staff });
    expect(thread.data?.thread.contacts).toEqual([
      { firstName: 'Jan', lastName: 'Janssens', email: 'jan.janssens@delinde.example', standard: true },
    ]);
    const contacts = await gql(
      stack.api.graphqlUrl,
      '{ contactPersons(first: 10) { edges { node { email phone } } } }',
      {},
      { token: await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example') },
    );
    expect(contacts.data?.contactPersons.edges.map((e: any) => e.node)).toContainEqual({
      email: 'jan.janssens@delinde.example',
      phone: '+3250123456',
    });
    await tp.context.close();
  });
});

describe('writing a new message', () => {
  it('keeps the input on a validation error, points at the fields, and asks about personal data', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerkerplus@delinde.example');
    await page.goto('/messages');
    await hydrated(page);
    await page.getByRole('link', { name: 'Stuur nieuw bericht' }).first().click();
    await heading(page, 'Stuur nieuw bericht');
    await hydrated(page);
    // No theme yet: no contacts.
    await page.getByText('Er is nog geen contactpersoon voor dit bericht.').waitFor();
    await check(tp, 'message-new');

    // Choosing the theme loads its confirmed contacts.
    await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Subsidies' });
    await page.locator('.contacts-panel .contact-name', { hasText: 'Jan Janssens' }).waitFor();
    await page.locator('#new-body').fill('Deze tekst blijft staan.');
    const panel = page.locator('.contacts-panel');
    await panel.getByRole('button', { name: 'Voeg toe' }).click();
    await panel.getByLabel('Voornaam').fill('Eva');
    await panel.getByLabel('Familienaam').fill('Extern');
    await panel.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: 'Verzenden' }).last().click();

    await page.locator('.error-summary').waitFor();
    expect(await focused(page)).toBe('new-title');
    expect(await page.locator('#new-title').getAttribute('aria-invalid')).toBe('true');
    await expect(page.locator('#new-body').inputValue()).resolves.toBe('Deze tekst blijft staan.');
    const email = page.locator('#new-contact-new-1-email');
    await expect(email.inputValue()).resolves.toBe('geen-adres');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toContain('new-contact-new-1-email-error');
    const summary = await page.locator('.error-summary').textContent();
    expect(summary).toContain('Titel: ');
    expect(summary).toContain('Contactpersoon Eva Extern – E-mailadres: ');
    await check(tp, 'message-new-errors');

    // Fixed, but with a bank account number in the text: the privacy guard asks first.
    await page.locator('#new-title').fill('Terugbetaling voorschot');
    await email.fill('eva@extern.example');
    await page.locator('#new-body').fill('Gelieve terug te storten op BE71 0961 2345 6769.');
    await page.getByRole('button', { name: 'Verzenden' }).last().click();
    const dialog = page.getByRole('dialog', { name: 'Persoonsgegevens in uw bericht' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('rekeningnummer (IBAN)');
    expect(await page.evaluate('document.querySelector("dialog").matches(":modal")')).toBe(true);
    await check(tp, 'message-privacy-dialog');

    // 'Bericht aanpassen' goes back to the text; sending again asks again; 'Toch verzenden' sends.
    await dialog.getByRole('link', { name: 'Bericht aanpassen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('new-body');
    await page.getByRole('button', { name: 'Verzenden' }).last().click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Toch verzenden' }).click();
    await page.getByText('Uw bericht is verstuurd naar Team Subsidies.').waitFor();
    await heading(page, 'Terugbetaling voorschot');
    // One message, though it was sent after a warning and an error (the same client key throughout).
    const admin = await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example');
    const mine = await gql(
      stack.api.graphqlUrl,
      `{ messages(first: 10, filter: { title: "Terugbetaling voorschot" }) { totalCount } }`,
      {},
      { token: admin },
    );
    expect(mine.data?.messages.totalCount).toBe(1);
    await tp.context.close();
  });

  it("starts from 'Hulp nodig?' with the handler picked", async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@delinde.example');
    await hydrated(page);
    await page
      .locator('.team-list > li', { has: page.getByRole('link', { name: 'Team Subsidies', exact: true }) })
      .getByRole('link', { name: 'Bart De Smet' })
      .click();
    await heading(page, 'Stuur nieuw bericht');
    await page.getByText('Uw bericht gaat naar Bart De Smet (Team Subsidies).').waitFor();
    // The team's theme is chosen for the user, with its contacts.
    await expect(page.getByLabel('Thema', { exact: true }).inputValue()).resolves.not.toBe('');
    await page.locator('.contacts-panel .contact-name', { hasText: 'Jan Janssens' }).waitFor();
    await check(tp, 'message-new-handler');
    await page.locator('#new-title').fill('Vraag aan de dossierbehandelaar');
    await page.locator('#new-body').fill('Kunnen we even bellen?');
    await page.getByRole('button', { name: 'Verzenden' }).last().click();
    await page.getByText('Uw bericht is verstuurd naar Bart De Smet (Team Subsidies).').waitFor();
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});
