import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { linkIn, outbox, tokenOf } from '../utils/mailbox.js';
import { key, REPLY, SEND, themeId, tinyPdf } from '../utils/messages.js';
import {
  expectNoAxeViolations,
  expectNoBrowserErrors,
  focused,
  heading,
  hydrated,
  login,
  openPage,
  screenshots,
  scriptBytes,
  slowUploads,
  type TestPage,
} from '../utils/web.js';
import { LINDE, paddedPdf } from './messages.fixtures.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
let lindeMember: string;
let zonnebloemMember: string;

const ADD_CONTACT = `mutation($input: AddContactPersonInput!) {
  addContactPerson(input: $input) { contactPerson { id } errors { field code } }
}`;

/**
 * An ADMIN adds a contact person for `themes`; unless `confirm` is false, the contact confirms through
 * the mailed link (which points at the web of this stack, its PUBLIC_URL).
 */
async function addContact(
  adminToken: string,
  contact: { firstName: string; lastName: string; email: string; themes: string[] },
  confirm = true,
) {
  const url = stack.api.graphqlUrl;
  const { themes, ...person } = contact;
  const added = await gql(
    url,
    ADD_CONTACT,
    { input: { ...person, themeIds: themes.map(themeId) } },
    { token: adminToken },
  );
  if (!added.data?.addContactPerson.contactPerson) throw new Error(`not added: ${JSON.stringify(added)}`);
  if (!confirm) return;
  const mail = (await outbox(stack.api.dbUrl, contact.email)).at(-1);
  const token = tokenOf(linkIn(mail!, `${stack.baseUrl}/confirm-contact?token=`));
  const confirmed = await gql(url, 'mutation($t: String!) { confirmContactPerson(token: $t) { status } }', {
    t: token,
  });
  expect(confirmed.data?.confirmContactPerson.status).toBe('CONFIRMED');
}

beforeAll(async () => {
  stack = await startStack();
  const url = stack.api.graphqlUrl;
  const lindeAdmin = await apiLogin(url, 'beheerder@delinde.example');
  const zonnebloemAdmin = await apiLogin(url, 'beheerder@zonnebloem.example');
  // A thread needs a contact person for its theme: give the themes used below a confirmed one.
  await addContact(lindeAdmin, {
    firstName: 'Ria',
    lastName: 'Raes',
    email: 'ria.raes@delinde.example',
    themes: ['ERK', 'KWA'],
  });
  await addContact(zonnebloemAdmin, {
    firstName: 'Wim',
    lastName: 'Wuyts',
    email: 'wim.wuyts@zonnebloem.example',
    themes: ['KWA', 'SUB'],
  });
  // And one that has not confirmed yet, for the directory.
  await addContact(
    lindeAdmin,
    { firstName: 'Nora', lastName: 'Nieuwe', email: 'nora.nieuwe@delinde.example', themes: ['SUB'] },
    false,
  );
  lindeMember = await apiLogin(url, 'medewerker@delinde.example');
  zonnebloemMember = await apiLogin(url, 'medewerker@zonnebloem.example');
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expectNoBrowserErrors(tp);
}

/** An organisation's user sends a new message through GraphQL; returns its reference number. */
async function send(token: string, theme: string, title: string, body: string): Promise<string> {
  const result = await gql(
    stack.api.graphqlUrl,
    SEND,
    { input: { clientKey: key(), themeId: themeId(theme), title, body } },
    { token },
  );
  const reference = result.data?.sendMessage.message?.referenceNumber as string | undefined;
  if (!reference) throw new Error(`not sent: ${JSON.stringify(result.data ?? result.errors)}`);
  return reference;
}

/**
 * Resolves once the page has asked the API (over its WebSocket) for `operation`, and a moment more for
 * the API to start listening, so that an event sent after it cannot be missed.
 */
function subscribed(page: Page, operation: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framesent', (frame) => {
        const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString();
        if (text.includes('"subscribe"') && text.includes(operation)) setTimeout(resolve, 500);
      });
    });
  });
}

/** The rows' titles of the inbox table on the page. */
async function inboxTitles(page: Page): Promise<string[]> {
  if ((await page.locator('table tbody').count()) === 0) return [];
  return page.locator('table tbody th a').allTextContents();
}

/**
 * Waits until the list shows `present` and not `absent`: the address changes as the navigation commits, and
 * the table may render the new page a moment later.
 */
async function shows(page: Page, present: string, absent: string) {
  await expect
    .poll(async () => {
      const titles = await inboxTitles(page);
      return { present: titles.includes(present), absent: titles.includes(absent) };
    })
    .toEqual({ present: true, absent: false });
}

/** Submits the inbox's filter form and waits for the page it leads to. */
async function filter(page: Page) {
  const before = page.url();
  await page.getByRole('button', { name: 'Filteren' }).click();
  await page.waitForURL((url) => url.href !== before);
  await hydrated(page);
}

describe('a message from an organisation, handled by its team', () => {
  it('appears live, is opened, assigned and answered; the organisation sees the reply and its contact a mail', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    const listening = subscribed(page, 'LiveMessageAdded');
    await login(page, 'an.peeters@zorg.example');
    // Staff start in their inbox, with their own navigation.
    await heading(page, 'Inbox');
    expect(new URL(page.url()).pathname).toBe('/staff');
    await expect(page.locator('nav.main-nav').textContent()).resolves.toBe(
      'InboxTicketsChatOrganisatiesRapportenMislukte mailsQuarantaineProfiel',
    );
    await page.getByText('Er zijn nog geen berichten voor uw teams.').waitFor();
    await check(tp, 'staff-inbox-empty');
    await listening;

    const title = 'Vraag over de erkenning van de nieuwe vleugel';
    const reference = await send(
      lindeMember,
      'ERK',
      title,
      'Goedemiddag,\n\nWe openen in mei een nieuwe vleugel.\nWelke documenten hebt u nodig?\n\nMet vriendelijke groet,\nTom',
    );
    // Without a reload: the row arrives, marked new, and the live region says so.
    await page.getByRole('link', { name: title }).waitFor();
    await expect(page.locator('.live-status').textContent()).resolves.toContain(
      `Nieuw bericht van WZC De Linde: ${title} (${reference}).`,
    );
    const row = page.locator('tbody tr', { hasText: title });
    await expect(row.textContent()).resolves.toContain('Nieuw');
    await expect(row.textContent()).resolves.toContain(reference);
    await expect(row.textContent()).resolves.toContain('Onbeantwoord');
    await expect(row.textContent()).resolves.toContain('Team Erkenning');
    await check(tp, 'staff-inbox');

    // The thread, from the row.
    await page.getByRole('link', { name: title }).click();
    await heading(page, title);
    await hydrated(page);
    expect(new URL(page.url()).pathname).toBe(`/staff/threads/${reference}`);
    // Plain text, line breaks kept (as rendered).
    const body = page.locator('.staff-message-body').first();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text shows the kept line breaks
    await expect(body.innerText()).resolves.toContain(
      'We openen in mei een nieuwe vleugel.\nWelke documenten',
    );
    await expect(page.locator('.staff-contact-list').textContent()).resolves.toContain('Ria Raes');
    await check(tp, 'staff-thread');

    // Assign to a colleague of the team.
    await page.getByLabel('Dossierbehandelaar').selectOption({ label: 'Dirk Willems' });
    await page.getByRole('button', { name: 'Toewijzen' }).click();
    await page.getByText('Het bericht is toegewezen aan Dirk Willems.').waitFor();
    await page.locator('.staff-thread-summary', { hasText: 'Dirk Willems' }).waitFor({ timeout: 5000 });

    // A reply with an attachment (uploaded at once, listed when the API took it) and an account
    // number: the privacy guard asks first, in a modal dialog.
    const reply = page.getByLabel('Uw antwoord');
    await reply.fill('Beste Tom,\nStort de bijdrage op BE68 5390 0754 7034.\nGroeten,\nAn');
    await page.locator('#reply-files').setInputFiles({
      name: 'checklist.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('checklist'),
    });
    await page.locator('.file-list .file-name', { hasText: 'checklist.pdf' }).waitFor();
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Persoonsgegevens in uw bericht' });
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
    await expect(dialog.textContent()).resolves.toContain('rekeningnummer (IBAN)');
    expect(await focused(page)).toBe('reply-privacy-edit');
    await check(tp, 'staff-thread-privacy');
    // Back to the text: the dialog closes and the focus is on the reply, as typed.
    await dialog.getByRole('link', { name: 'Bericht aanpassen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toBe('reply-body');
    await expect(reply.inputValue()).resolves.toContain('BE68 5390 0754 7034');
    await reply.fill('Beste Tom,\nStuur ons het grondplan en de brandweerattest.\nGroeten,\nAn');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('Uw antwoord is verstuurd naar').waitFor();
    await expect(reply.inputValue()).resolves.toBe('');
    await page.locator('.staff-message-department').waitFor();
    // The attachment went along (kept through the privacy question) and downloads from this site.
    const download = page.locator('.staff-message-department').getByRole('link', { name: 'checklist.pdf' });
    const file = await page.request.get((await download.getAttribute('href')) ?? '');
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(page.locator('#reply-form .file-list').count()).resolves.toBe(0);
    await expect(page.locator('.staff-thread-summary').textContent()).resolves.toContain('Beantwoord');
    await check(tp, 'staff-thread-replied');

    // The organisation sees the reply (INBOUND), and its contact got a mail with the link.
    const thread = await gql(
      stack.api.graphqlUrl,
      'query($r: String!) { thread(referenceNumber: $r) { messages { direction body attachments { fileName } } } }',
      { r: reference },
      { token: lindeMember },
    );
    const last = thread.data?.thread.messages.at(-1);
    expect(last.direction).toBe('INBOUND');
    expect(last.body.replace(/\r\n/g, '\n')).toBe(
      'Beste Tom,\nStuur ons het grondplan en de brandweerattest.\nGroeten,\nAn',
    );
    expect(last.attachments).toEqual([{ fileName: 'checklist.pdf' }]);
    const mails = (await outbox(stack.api.dbUrl, 'ria.raes@delinde.example')).filter(
      (mail) => mail.template === 'message-for-contact',
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toContain(reference);

    // The inbox shows it answered and assigned.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inbox' }).click();
    await heading(page, 'Inbox');
    const answered = page.locator('tbody tr', { hasText: title });
    await expect(answered.textContent()).resolves.toContain('Beantwoord');
    await expect(answered.textContent()).resolves.toContain('Dirk Willems');
    await tp.context.close();
  });
});

describe('the inbox filters', () => {
  it('narrow the list by theme, organisation, handler, unanswered, reference number and title', async () => {
    const url = stack.api.graphqlUrl;
    const staff = await apiLogin(url, 'an.peeters@zorg.example');
    const erk = await send(lindeMember, 'ERK', 'Filter: erkenning De Linde', 'Een vraag over de erkenning.');
    const kwa = await send(
      zonnebloemMember,
      'KWA',
      'Filter: kwaliteit Zonnebloem',
      'Een vraag over kwaliteit.',
    );
    // The first is answered by the department, the second assigned to An.
    await gql(
      url,
      REPLY,
      { input: { referenceNumber: erk, clientKey: key(), body: 'Antwoord.' } },
      { token: staff },
    );
    const me = await gql(url, '{ me { id } }', {}, { token: staff });
    await gql(
      url,
      'mutation($r: String!, $h: ID) { assignThread(referenceNumber: $r, handlerId: $h) { errors { code } } }',
      { r: kwa, h: me.data?.me.id },
      { token: staff },
    );

    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'an.peeters@zorg.example');
    await heading(page, 'Inbox');
    await hydrated(page);
    const titles = await inboxTitles(page);
    expect(titles).toContain('Filter: erkenning De Linde');
    expect(titles).toContain('Filter: kwaliteit Zonnebloem');

    await page.getByLabel('Thema').selectOption({ label: 'Kwaliteit' });
    await filter(page);
    await shows(page, 'Filter: kwaliteit Zonnebloem', 'Filter: erkenning De Linde');
    // The form shows the filter in force.
    await expect(page.getByLabel('Thema').inputValue()).resolves.toBe(themeId('KWA'));
    await check(tp, 'staff-inbox-filtered');

    await page.getByRole('link', { name: 'Filters wissen' }).first().click();
    await page.waitForURL((u) => u.search === '');
    await page.getByLabel('Organisatie').selectOption({ label: 'WZC De Linde' });
    await filter(page);
    await shows(page, 'Filter: erkenning De Linde', 'Filter: kwaliteit Zonnebloem');

    await page.goto('/staff');
    await page.getByLabel('Alleen onbeantwoorde berichten').check();
    await filter(page);
    await shows(page, 'Filter: kwaliteit Zonnebloem', 'Filter: erkenning De Linde');

    await page.goto('/staff');
    await page.getByLabel('Toegewezen aan').selectOption({ label: 'Aan mij' });
    await filter(page);
    await expect.poll(() => inboxTitles(page)).toEqual(['Filter: kwaliteit Zonnebloem']);
    await page.getByLabel('Toegewezen aan').selectOption({ label: 'Niet toegewezen' });
    await filter(page);
    await shows(page, 'Filter: erkenning De Linde', 'Filter: kwaliteit Zonnebloem');

    await page.goto('/staff');
    await page.getByLabel('Referentienummer').fill(kwa.slice(-6));
    await filter(page);
    await expect.poll(() => inboxTitles(page)).toEqual(['Filter: kwaliteit Zonnebloem']);

    await page.goto('/staff');
    await page.getByLabel('Woorden in de titel').fill('erkenning De Linde');
    await filter(page);
    await expect.poll(() => inboxTitles(page)).toEqual(['Filter: erkenning De Linde']);

    // Another team's threads: chosen by name; none for Team Subsidies here.
    await page.goto('/staff');
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Team Subsidies' });
    await filter(page);
    await page.getByText('Geen berichten gevonden met deze filters.').waitFor();
    await check(tp, 'staff-inbox-filtered-empty');
    await tp.context.close();
  });
});

describe('an AGENT of another team', () => {
  it('reads the thread through the mailed link but is told in words that only the team can reply', async () => {
    const title = 'Voor Team Erkenning alleen';
    const reference = await send(lindeMember, 'ERK', title, 'Een vraag voor het team Erkenning.');
    // Team Erkenning (its address) was mailed the deep link to the thread.
    const [mail] = (await outbox(stack.api.dbUrl, 'erkenning@zorg.example')).filter((m) =>
      m.text_body.includes(reference),
    );
    const link = linkIn(mail!, `${stack.baseUrl}/staff/threads/`);

    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'bart.desmet@zorg.example');
    await page.goto(link);
    await heading(page, title);
    await hydrated(page);
    await page
      .getByText('Alleen de dossierbehandelaars van Team Erkenning kunnen op dit bericht antwoorden.')
      .waitFor();
    await page.getByLabel('Uw antwoord').fill('Ik antwoord toch.');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain(
      'Uw antwoord is niet verstuurd: dit bericht hoort bij Team Erkenning en u bent geen lid van dat team.',
    );
    expect(await focused(page)).toContain('error-summary');
    await expect(page.getByLabel('Uw antwoord').inputValue()).resolves.toBe('Ik antwoord toch.');
    await check(tp, 'staff-thread-forbidden');

    // Nothing was sent.
    const thread = await gql(
      stack.api.graphqlUrl,
      'query($r: String!) { thread(referenceNumber: $r) { messageCount } }',
      { r: reference },
      { token: lindeMember },
    );
    expect(thread.data?.thread.messageCount).toBe(1);

    // Assigning is refused in words too.
    await page.getByLabel('Dossierbehandelaar').selectOption({ label: 'An Peeters' });
    await page.getByRole('button', { name: 'Toewijzen' }).click();
    await page.getByText('U kunt dit bericht niet toewijzen: het hoort bij Team Erkenning').waitFor();
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('the organisation directory', () => {
  it('finds organisations and shows one with its contacts’ confirmation state, tasks, users and threads', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'an.peeters@zorg.example');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Organisaties' })
      .click();
    await heading(page, 'Organisaties');
    await hydrated(page);
    await expect(page.locator('table tbody').textContent()).resolves.toContain('Dagcentrum De Zonnebloem');
    await check(tp, 'staff-organisations');

    await page.getByLabel('Zoek op naam of nummer').fill('0412.345');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/search=/);
    await expect(page.locator('table tbody th').allTextContents()).resolves.toEqual(['WZC De Linde']);
    await page.getByLabel('Zoek op naam of nummer').fill('bestaat niet');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Geen organisatie gevonden voor “bestaat niet”.').waitFor();
    await check(tp, 'staff-organisations-empty');

    await page.goto('/staff/organisations?search=Linde');
    await page.getByRole('link', { name: 'WZC De Linde' }).click();
    await heading(page, 'WZC De Linde');
    await hydrated(page);
    const contacts = page.locator('section', { has: page.getByRole('heading', { name: 'Contactpersonen' }) });
    const ria = contacts.locator('tr', { hasText: 'Ria Raes' });
    await expect(ria.textContent()).resolves.toContain('Bevestigd');
    await expect(ria.textContent()).resolves.toContain('Erkenning, Kwaliteit');
    const nora = contacts.locator('tr', { hasText: 'Nora Nieuwe' });
    await expect(nora.textContent()).resolves.toContain('Niet bevestigd');
    const tasks = await page
      .locator('section', { has: page.getByRole('heading', { name: 'Openstaande taken' }) })
      .textContent();
    expect(tasks).toContain('Subsidies');
    expect(tasks).toContain('Wacht op bevestiging');
    expect(tasks).not.toContain('Erkenning');
    const users = await page
      .locator('section', { has: page.getByRole('heading', { name: 'Gebruikers' }) })
      .textContent();
    expect(users).toContain('Els Janssens');
    expect(users).toContain('Beheerder');
    await expect(
      page
        .locator('section', { has: page.getByRole('heading', { name: 'Recente berichten van uw teams' }) })
        .textContent(),
    ).resolves.toContain('Vraag over de erkenning van de nieuwe vleugel');
    await check(tp, 'staff-organisation');
    await tp.context.close();
  });
});

describe('a new message to an organisation', () => {
  it('picks the organisation, checks the fields, passes the privacy guard and confirms on the thread', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'an.peeters@zorg.example');
    await page
      .locator('.staff-page-heading')
      .getByRole('link', { name: 'Nieuw bericht aan een organisatie' })
      .click();
    await heading(page, 'Nieuw bericht aan een organisatie');
    await hydrated(page);
    await check(tp, 'staff-new-message-pick');
    await page.getByLabel('Naam of nummer van de organisatie').fill('Linde');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'WZC De Linde kiezen' }).click();
    await page.getByLabel('Thema').waitFor();
    await hydrated(page);
    // Only the themes of An's teams, each with its team.
    await expect(page.getByLabel('Thema').locator('option').allTextContents()).resolves.toEqual([
      'Kies een thema',
      'Erkenning (Team Erkenning)',
      'Kwaliteit (Team Kwaliteit)',
    ]);
    await check(tp, 'staff-new-message');

    // An attachment, uploaded at once: it stays through the errors and the privacy question.
    await page.locator('#new-message-files').setInputFiles({
      name: 'uitnodiging.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('uitnodiging'),
    });
    const added = page.getByRole('list', { name: 'Toegevoegde bijlagen' });
    await added.getByText('uitnodiging.pdf').waitFor();

    // Nothing filled in: the errors per field, the focus on the first.
    await page.getByLabel('Titel').fill('Inspectie');
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await focused(page)).toBe('new-message-themeId');
    expect(await page.getByLabel('Bericht', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Inspectie');
    await expect(added.textContent()).resolves.toContain('uitnodiging.pdf');
    await check(tp, 'staff-new-message-errors');

    await page.getByLabel('Thema').selectOption({ label: 'Kwaliteit (Team Kwaliteit)' });
    await page
      .getByLabel('Bericht', { exact: true })
      .fill('Beste,\nDe inspectie van bewoner 85.07.30-033.28 is gepland op 3 juni.\nGroeten,\nAn Peeters');
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Persoonsgegevens in uw bericht' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('rijksregisternummer');
    await expect(added.textContent()).resolves.toContain('uitnodiging.pdf');
    await check(tp, 'staff-new-message-privacy');
    await dialog.getByRole('button', { name: 'Toch verzenden' }).click();

    await page.waitForURL(/\/staff\/threads\/[^/?]+$/);
    await heading(page, 'Inspectie');
    await page
      .getByText(
        'Uw bericht is verstuurd naar WZC De Linde. De contactpersonen voor Kwaliteit kregen een e-mail.',
      )
      .waitFor();
    await page.locator('.staff-message-department').getByRole('link', { name: 'uitnodiging.pdf' }).waitFor();
    await check(tp, 'staff-new-message-sent');
    const reference = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    const mails = (await outbox(stack.api.dbUrl, 'ria.raes@delinde.example')).filter((mail) =>
      mail.text_body.includes(reference),
    );
    expect(mails).toHaveLength(1);
    await tp.context.close();
  });
});

/** Neither a pdf nor anything else the API takes as an attachment (a Windows program's header). */
const PROGRAM = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256)]);

describe('attachments to a reply, with JavaScript', () => {
  it('uploads with progress, says which file was refused, takes one off; the organisation downloads the sent one', async () => {
    const title = 'Graag het inspectieverslag';
    const reference = await send(
      lindeMember,
      'KWA',
      title,
      'Kunt u ons het verslag van de inspectie bezorgen?',
    );
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'an.peeters@zorg.example');
    await page.goto(`/staff/threads/${reference}`);
    await heading(page, title);
    await hydrated(page);
    await page.getByLabel('Uw antwoord').fill('Beste,\nHierbij het verslag.\nGroeten,\nAn');

    // A file the API refuses: said beside it, in the user's language; it can be closed.
    await page.locator('#reply-files').setInputFiles({
      name: 'programma.exe',
      mimeType: 'application/octet-stream',
      buffer: PROGRAM,
    });
    const refused = page.locator('.file-item.file-error', { hasText: 'programma.exe' });
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain('Dit soort bestand kan niet als bijlage');
    // (the browser reports the refusal, a 415 answer, as a console error itself)
    expect(tp.problems).toEqual([
      'console.error: Failed to load resource: the server responded with a status of 415 (Unsupported Media Type)',
    ]);
    tp.problems.splice(0);
    await check(tp, 'staff-reply-attachment-refused');
    await refused.getByRole('button', { name: 'Sluiten' }).click();
    await refused.waitFor({ state: 'detached' });

    // Uploaded on choosing, its progress shown and sending held back meanwhile (upload slowed down).
    const fullSpeed = await slowUploads(tp);
    await page.locator('#reply-files').setInputFiles({
      name: 'inspectieverslag.pdf',
      mimeType: 'application/pdf',
      buffer: paddedPdf(700),
    });
    const progress = page.getByRole('progressbar', { name: 'inspectieverslag.pdf wordt opgeladen' });
    await progress.waitFor();
    const submit = page.getByRole('button', { name: 'Antwoord versturen' });
    await expect(submit.isDisabled()).resolves.toBe(true);
    await page.getByText('Even geduld: de bijlagen worden nog opgeladen.').waitFor();
    await screenshots(page, 'staff-reply-uploading');
    const added = page.getByRole('list', { name: 'Toegevoegde bijlagen' });
    await added.getByText('inspectieverslag.pdf').waitFor({ timeout: 20_000 });
    await progress.waitFor({ state: 'detached' });
    await fullSpeed();
    await expect(submit.isDisabled()).resolves.toBe(false);

    // A second file, taken off again: the focus stays in the field.
    await page.locator('#reply-files').setInputFiles({
      name: 'concept.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('concept'),
    });
    await added.getByText('concept.pdf').waitFor();
    await page.getByRole('button', { name: 'Bijlage concept.pdf verwijderen' }).click();
    await added.getByText('concept.pdf').waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('reply-files');
    await check(tp, 'staff-reply-attachment');

    await submit.click();
    await page.getByText('Uw antwoord is verstuurd naar').waitFor();
    const sent = page.locator('.staff-message-department');
    await sent.getByRole('link', { name: 'inspectieverslag.pdf' }).waitFor();
    await expect(sent.textContent()).resolves.not.toContain('concept.pdf');
    await expect(page.locator('#reply-form .file-list').count()).resolves.toBe(0);
    await check(tp, 'staff-reply-attachment-sent');
    await tp.context.close();

    // The organisation sees the reply with its attachment and downloads it through the web.
    const org = await openPage(stack.browser, stack.baseUrl);
    await login(org.page, 'medewerker@delinde.example');
    await org.page.goto(`/messages/${reference}`);
    await heading(org.page, title);
    const link = org.page.locator('.message-view .file-item a', { hasText: 'inspectieverslag.pdf' });
    await link.waitFor();
    await expect(org.page.locator('.message-view').textContent()).resolves.not.toContain('concept.pdf');
    const download = await org.page.request.get((await link.getAttribute('href')) ?? '');
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toContain('inspectieverslag.pdf');
    expect((await download.body()).length).toBe(paddedPdf(700).length);
    expectNoBrowserErrors(org);
    await org.context.close();
  });
});

describe('without JavaScript, a new message with attachments', () => {
  it('posts the files with the form, keeps them through errors, says which was refused, and sends', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    page.setDefaultTimeout(10_000);
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('an.peeters@zorg.example');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await heading(page, 'Inbox');
    await page.goto(`/staff/messages/new?organisationId=${LINDE}`);
    await heading(page, 'Nieuw bericht aan een organisatie');
    const submit = page.getByRole('button', { name: 'Bericht versturen' });
    const added = page.getByRole('list', { name: 'Toegevoegde bijlagen' });
    const summary = page.locator('.error-summary');

    // The file goes with the first post; the theme and the text are missing: the file stays.
    await page.getByLabel('Titel').fill('Verslag zonder JavaScript');
    await page.locator('#new-message-files').setInputFiles({
      name: 'verslag.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('verslag'),
    });
    await Promise.all([page.waitForEvent('load'), submit.click()]);
    await page.locator('#new-message-themeId-error').waitFor();
    await added.getByText('verslag.pdf').waitFor();
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Verslag zonder JavaScript');
    await screenshots(page, 'staff-new-message-nojs-errors');

    // Two more: the one the API refuses is named in the summary and beside the field; the other stays.
    await page.locator('#new-message-files').setInputFiles([
      { name: 'programma.exe', mimeType: 'application/octet-stream', buffer: PROGRAM },
      { name: 'bijlage-twee.pdf', mimeType: 'application/pdf', buffer: tinyPdf('twee') },
    ]);
    await Promise.all([page.waitForEvent('load'), submit.click()]);
    await summary.getByText(/programma\.exe: Dit soort bestand kan niet als bijlage/).waitFor();
    await expect(page.locator('#new-message-files-error').textContent()).resolves.toContain('programma.exe');
    await expect(added.locator('.file-name').allTextContents()).resolves.toEqual([
      'verslag.pdf',
      'bijlage-twee.pdf',
    ]);
    await screenshots(page, 'staff-new-message-nojs-refused');

    // Taken off with its button (the form comes back without it, what was typed kept).
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Bijlage bijlage-twee.pdf verwijderen' }).click(),
    ]);
    await page
      .getByRole('button', { name: 'Bijlage bijlage-twee.pdf verwijderen' })
      .waitFor({ state: 'detached' });
    await expect(added.locator('.file-name').allTextContents()).resolves.toEqual(['verslag.pdf']);
    await expect(summary.count()).resolves.toBe(0);
    await expect(page.getByLabel('Titel').inputValue()).resolves.toBe('Verslag zonder JavaScript');

    await page.getByLabel('Thema').selectOption({ label: 'Kwaliteit (Team Kwaliteit)' });
    await page.getByLabel('Bericht', { exact: true }).fill('Beste,\nHierbij het verslag.\nGroeten,\nAn');
    await Promise.all([page.waitForURL(/\/staff\/threads\/[^/?]+$/), submit.click()]);
    await heading(page, 'Verslag zonder JavaScript');
    await page.locator('.staff-message-department').getByRole('link', { name: 'verslag.pdf' }).waitFor();
    await screenshots(page, 'staff-new-message-nojs-sent');
    const reference = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    const thread = await gql(
      stack.api.graphqlUrl,
      'query($r: String!) { thread(referenceNumber: $r) { messages { direction attachments { fileName } } } }',
      { r: reference },
      { token: lindeMember },
    );
    expect(thread.data?.thread.messages).toEqual([
      { direction: 'INBOUND', attachments: [{ fileName: 'verslag.pdf' }] },
    ]);
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('in English', () => {
  it('shows the inbox and a thread in the account’s language', async () => {
    const url = stack.api.graphqlUrl;
    const token = await apiLogin(url, 'bart.desmet@zorg.example');
    await gql(url, 'mutation { setLanguage(language: en) { errors { code } } }', {}, { token });
    const reference = await send(zonnebloemMember, 'SUB', 'Subsidy question', 'Line one\nLine two');

    const tp = await openPage(stack.browser, stack.baseUrl, { locale: 'en-GB' });
    const { page } = tp;
    await login(page, 'bart.desmet@zorg.example');
    await heading(page, 'Inbox');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('nav.main-nav').textContent()).resolves.toBe(
      'InboxTicketsChatOrganisationsReportsFailed mailsQuarantineProfile',
    );
    const row = page.locator('tbody tr', { hasText: 'Subsidy question' });
    await expect(row.textContent()).resolves.toContain('Unanswered');
    await check(tp, 'staff-inbox-en');
    await row.getByRole('link', { name: 'Subsidy question' }).click();
    await heading(page, 'Subsidy question');
    await page.getByText('From the organisation').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/staff/threads/${reference}`);
    await check(tp, 'staff-thread-en');
    await tp.context.close();
  });
});

describe('an organisation’s user', () => {
  it('has no access to the staff pages', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerker@delinde.example');
    await expect(page.locator('nav.main-nav').textContent()).resolves.not.toContain('Inbox');
    for (const path of ['/staff', '/staff/organisations', '/staff/messages/new']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await heading(page, 'Geen toegang');
    }
    tp.problems.splice(0); // the browser reports the 403 answers themselves as console errors
    await tp.context.close();
  });
});

describe('without JavaScript', () => {
  it('filters the inbox, and replies past the privacy question shown in the page', async () => {
    const title = 'Zonder JavaScript';
    const reference = await send(lindeMember, 'KWA', title, 'Een vraag over kwaliteit.');
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('an.peeters@zorg.example');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await heading(page, 'Inbox');
    await page.getByLabel('Referentienummer').fill(reference);
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/reference=/);
    expect(await inboxTitles(page)).toEqual([title]);

    await page.getByRole('link', { name: title }).click();
    await heading(page, title);
    await page.getByLabel('Uw antwoord').fill('Uw rekening BE68 5390 0754 7034 is genoteerd.');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    // The question is in the page (not modal), its button sends the same form with the acknowledgement.
    const dialog = page.getByRole('dialog', { name: 'Persoonsgegevens in uw bericht' });
    await dialog.waitFor();
    await expect(page.getByLabel('Uw antwoord').inputValue()).resolves.toContain('BE68 5390 0754 7034');
    await dialog.getByRole('button', { name: 'Toch verzenden' }).click();
    await page.getByText('Uw antwoord is verstuurd naar WZC De Linde').waitFor();
    await expect(page.locator('.staff-message-department').textContent()).resolves.toContain(
      'Uw rekening BE68 5390 0754 7034 is genoteerd.',
    );
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});

describe('JavaScript sent', () => {
  it('stays small on the inbox page', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'an.peeters@zorg.example');
    // A fresh load of the inbox, as after a reload.
    await page.goto('/staff');
    await hydrated(page);
    const js = await scriptBytes(page);
    console.log(
      `[js-size] staff inbox: ${js.files} files, ${(js.raw / 1024).toFixed(1)} KiB raw, ${(js.gzip / 1024).toFixed(1)} KiB gzip`,
    );
    expect(js.gzip).toBeLessThan(120 * 1024);
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});
