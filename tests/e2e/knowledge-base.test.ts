// End to end on the knowledge base (issue 16, 003 §2): an anonymous visitor searches it (Dutch stemming,
// highlighted words), reads an article, the outages and news, and the Atom feed; an outage a
// DEPARTMENT_ADMIN reports in /beheer/kennisbank appears live on a page a user has open, and disappears
// when resolved; a user's ticket subject brings up matching articles (with and without JavaScript) and
// 'this solved my question' is recorded. axe on every page, screenshots at 1280 and 375 px.
import { beforeAll, describe, expect, it } from 'vitest';
import { Topic } from '../../server/src/graphql/topics.js';
import { unique } from '../utils/factories.js';
import { ownerQuery } from '../utils/mailbox.js';
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
import { overflowAt375 } from './messages.fixtures.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expect(await overflowAt375(tp.page), `sideways overflow at 375 px on ${name}`).toEqual([]);
  expectNoBrowserErrors(tp);
}

describe('an anonymous visitor', () => {
  it('searches the knowledge base, reads an article, the outages and news, and finds the feed', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await page.goto('/kennisbank');
    await heading(page, 'Kennisbank');
    await hydrated(page);
    await page.getByRole('link', { name: 'Waar vind ik mijn factuur?' }).waitFor();
    await check(tp, 'kb-index');

    await page.getByLabel('Zoek in de kennisbank').fill('facturen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { name: 'Resultaten voor “facturen”' }).waitFor();
    const hit = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Waar vind ik mijn factuur?' }) });
    expect(await hit.locator('mark').first().textContent()).toMatch(/^factu/i);
    await check(tp, 'kb-search');

    await page.getByLabel('Zoek in de kennisbank').fill('zzqxnietsgevonden');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Geen artikels gevonden voor “zzqxnietsgevonden”.').waitFor();

    await page.goto('/kennisbank?q=facturen');
    await page.getByRole('link', { name: 'Waar vind ik mijn factuur?' }).click();
    await heading(page, 'Waar vind ik mijn factuur?');
    await page.getByText('Organisatie › Facturen').waitFor();
    // Not logged in: no ticket to offer.
    expect(await page.getByRole('link', { name: 'Maak een ticket aan' }).count()).toBe(0);
    await check(tp, 'kb-article');

    await page.getByRole('contentinfo').getByRole('link', { name: 'Storingen en nieuws' }).click();
    await heading(page, 'Storingen en nieuws');
    await page.getByRole('link', { name: 'De kennisbank is online' }).waitFor();
    await check(tp, 'kb-updates');
    await page.getByRole('link', { name: 'De kennisbank is online' }).click();
    await heading(page, 'De kennisbank is online');
    await check(tp, 'kb-news');

    const feed = await fetch(`${stack.baseUrl}/kennisbank/feed.xml`);
    expect(feed.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await feed.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain(
      `<link rel="alternate" type="text/html" href="${stack.baseUrl}/nieuws/nieuwe-kennisbank"/>`,
    );

    // A draft or unknown slug: the not-found page, in the site's frame.
    const missing = await page.goto('/kennisbank/bestaat-niet');
    expect(missing?.status()).toBe(404);
    await tp.context.close();
  });
});

describe('outages', () => {
  it('appear live on an open page when a DEPARTMENT_ADMIN reports one, and go when resolved', async () => {
    const user = await openPage(stack.browser, stack.baseUrl);
    await login(user.page, 'medewerker@delinde.example');
    await user.page.goto('/tickets');
    await hydrated(user.page);
    const banner = user.page.getByRole('region', { name: 'Actuele storingen' });
    const title = `Berichten komen vertraagd aan ${unique()}`;
    expect(await banner.getByText(title).count()).toBe(0);

    const admin = await openPage(stack.browser, stack.baseUrl);
    await login(admin.page, 'beheer@zorg.example');
    await admin.page.goto('/beheer');
    await admin.page.getByRole('link', { name: 'Kennisbank' }).first().click();
    await heading(admin.page, 'Kennisbank');
    await hydrated(admin.page);
    await check(admin, 'admin-kb');

    // Refused: every field is required; what was typed stays.
    await admin.page.getByLabel('Titel (Nederlands)').fill(title);
    await admin.page.getByRole('button', { name: 'Storing melden' }).click();
    await admin.page.getByText('Dit veld is verplicht.').first().waitFor();
    expect(await admin.page.getByLabel('Titel (Nederlands)').inputValue()).toBe(title);

    const listening = () => stack.api.app.pubsub.listenerCount(Topic.OutagesChanged);
    const deadline = Date.now() + 10_000;
    while (listening() < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(listening()).toBeGreaterThan(0);

    await admin.page.getByLabel('Titel (Engels)').fill('Messages arrive late');
    await admin.page.getByLabel('Getroffen dienst').fill('Berichten');
    await admin.page.getByLabel('Toelichting (Nederlands)').fill('We onderzoeken de oorzaak.');
    await admin.page.getByLabel('Toelichting (Engels)').fill('We are looking into it.');
    await admin.page.getByRole('button', { name: 'Storing melden' }).click();
    await admin.page.getByText('De storing is gemeld en verschijnt op elke pagina.').waitFor();

    // The user's page did not reload: the banner came over the subscription.
    await banner.getByText(`Storing bij Berichten: ${title}`).waitFor({ timeout: 10_000 });
    await check(user, 'outage-banner');

    // An anonymous page shows it too (read with the page).
    const anonymous = await openPage(stack.browser, stack.baseUrl);
    await anonymous.page.goto('/login');
    await anonymous.page.getByRole('region', { name: 'Actuele storingen' }).getByText(title).waitFor();
    await anonymous.context.close();

    const form = admin.page.getByRole('form', { name: `Bijwerken: ${title}` });
    await form.getByLabel('Nieuwe status').selectOption('RESOLVED');
    await form.getByLabel('Toelichting (Nederlands)').fill('Opgelost.');
    await form.getByLabel('Toelichting (Engels)').fill('Resolved.');
    await form.getByRole('button', { name: 'Storing bijwerken' }).click();
    await admin.page.getByText('De storing is bijgewerkt.').waitFor();
    await banner.getByText(title).waitFor({ state: 'detached', timeout: 10_000 });

    await user.page.goto('/storingen');
    await user.page.getByRole('heading', { name: title }).waitFor();
    await check(user, 'kb-updates-resolved');
    await user.context.close();
    await admin.context.close();
  });

  it('lets a DEPARTMENT_ADMIN write an article, keeping the input of a refused form', async () => {
    const admin = await openPage(stack.browser, stack.baseUrl);
    const { page } = admin;
    await login(page, 'beheer@zorg.example');
    await page.goto('/beheer/kennisbank/artikel/nieuw');
    await heading(page, 'Nieuw artikel');
    await hydrated(page);
    await check(admin, 'admin-kb-new');
    const slug = `e2e-${unique()}`;
    await page.getByLabel('Titel (Nederlands)').fill('Printen lukt niet');
    await page.getByLabel('Adresnaam').fill('Niet Goed');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Dit veld is verplicht.').first().waitFor();
    expect(await page.getByLabel('Titel (Nederlands)').inputValue()).toBe('Printen lukt niet');
    await page.getByLabel('Titel (Engels)').fill('Printing fails');
    await page.getByLabel('Adresnaam').fill(slug);
    await page.getByLabel('Status').selectOption('PUBLISHED');
    await page.getByLabel('Tekst (Nederlands)').fill('Kies **Afdrukken** in het menu.');
    await page.getByLabel('Tekst (Engels)').fill('Choose **Print** in the menu.');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByText('Bewaard.').waitFor();
    await page.goto(`/kennisbank/${slug}`);
    await page.locator('.kb-article-body strong', { hasText: 'Afdrukken' }).waitFor();
    await admin.context.close();
  });
});

describe('the new-ticket form', () => {
  it('suggests articles while the subject is typed, and records "this solved my question"', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'medewerkerplus@delinde.example');
    await page.goto('/tickets/new');
    await heading(page, 'Nieuw ticket');
    await hydrated(page);
    await page.getByLabel('Onderwerp').pressSequentially('wachtwoord vergeten', { delay: 20 });
    const suggestions = page.getByRole('region', { name: 'Zoek eerst in de kennisbank' });
    await suggestions
      .getByRole('link', { name: /Ik ben mijn wachtwoord vergeten/ })
      .waitFor({ timeout: 10_000 });
    await check(tp, 'ticket-suggestions');
    await suggestions
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: /Ik ben mijn wachtwoord vergeten/ }) })
      .getByRole('button', { name: /^Dit loste mijn vraag op/ })
      .click();
    await heading(page, 'Ik ben mijn wachtwoord vergeten');
    await page.getByText('Fijn dat dit artikel uw vraag oploste.').waitFor();
    const rows = await ownerQuery<{ query: string; solved: boolean }>(
      stack.api.dbUrl,
      `SELECT d.query, d.solved_article_id IS NOT NULL AS solved FROM kb_deflection d
         JOIN app_user u ON u.id = d.user_id WHERE u.email = $1`,
      ['medewerkerplus@delinde.example'],
    );
    expect(rows).toContainEqual({ query: 'wachtwoord vergeten', solved: true });
    await tp.context.close();
  });

  it('has a "search first" step without JavaScript', async () => {
    const withScript = await openPage(stack.browser, stack.baseUrl);
    await login(withScript.page, 'beheerder@delinde.example');
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    await tp.context.addCookies(await withScript.context.cookies());
    await withScript.context.close();
    const { page } = tp;
    await page.goto('/tickets/new');
    const suggestions = page.getByRole('region', { name: 'Zoek eerst in de kennisbank' });
    await suggestions.getByLabel('Zoek in de kennisbank').fill('bijlagen meesturen');
    await suggestions.getByRole('button', { name: 'Zoek artikels' }).click();
    await suggestions
      .getByRole('link', { name: /Welke bijlagen kan ik met een bericht meesturen/ })
      .waitFor();
    // The subject starts from the search.
    expect(await page.getByLabel('Onderwerp').inputValue()).toBe('bijlagen meesturen');
    // axe runs in the page's JavaScript: the same page with JavaScript is checked above.
    await screenshots(page, 'ticket-suggestions-nojs');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });
});
