// End to end on the administration of themes and teams (/beheer/themas, /beheer/teams; issue 16): a
// DEPARTMENT_ADMIN creates a team (a missing English name refused with the input kept and the error at the
// field), adds a case handler and stops offering them in 'Hulp nodig?', creates a theme on another team,
// moves it to the new team (new messages only), and moves its open thread after confirming; the history
// page shows the changes. axe-core on every page and state.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../server/src/seed/demo.js';
import { graphql } from '../graphql/generated/gql.js';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { SEND } from '../utils/messages.js';
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

const THEME_ID = graphql(`query E2eThemeIds { themes { id code } }`);

describe('the administration of themes and teams', () => {
  it('creates a team and a theme, adds a handler, moves the theme and its open thread', async () => {
    const suffix = randomUUID().slice(0, 6);
    const teamName = `Team Proef ${suffix}`;
    const themeName = `Proefthema ${suffix}`;
    const code = `P${suffix.replace(/[^0-9a-f]/g, '')}`.toUpperCase();
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheer@zorg.example');
    await page.goto('/beheer');
    await heading(page, 'Beheer');
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Teams' }).click();
    await heading(page, 'Teams');
    await hydrated(page);
    await check(tp, 'admin-teams');

    await page.getByLabel('Naam in het Nederlands').fill(teamName);
    await page.getByRole('button', { name: 'Team aanmaken' }).click();
    await expect
      .poll(() => page.locator('#new-team-nameEn-error').textContent())
      .toContain('Dit veld is verplicht');
    await expect(page.getByLabel('Naam in het Nederlands').inputValue()).resolves.toBe(teamName);
    await check(tp, 'admin-teams-refused');
    await page.getByLabel('Naam in het Engels').fill(`Trial team ${suffix}`);
    await page.getByRole('button', { name: 'Team aanmaken' }).click();
    await heading(page, teamName);
    await expect(page.locator('.notice').first().textContent()).resolves.toContain('aangemaakt');
    await check(tp, 'admin-team-new');

    await page
      .getByLabel('Medewerker', { exact: true })
      .selectOption({ label: 'Chloé Maes (chloe.maes@zorg.example)' });
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect
      .poll(() => page.locator('.notice').first().textContent())
      .toContain('Chloé Maes is toegevoegd aan het team.');
    const row = page.getByRole('row', { name: /Chloé Maes/ });
    await expect.poll(() => row.getByText('Aangeboden', { exact: true }).count()).toBe(1);
    await check(tp, 'admin-team-member');
    await row.getByRole('button', { name: 'Niet meer aanbieden voor Chloé Maes' }).click();
    await expect
      .poll(() => page.locator('.notice').first().textContent())
      .toContain('Chloé Maes wordt niet meer aangeboden');
    await expect.poll(() => row.getByText('Niet aangeboden', { exact: true }).count()).toBe(1);

    // A theme on Team Erkenning, which an organisation writes about before it moves.
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Thema’s' }).click();
    await heading(page, 'Thema’s');
    await hydrated(page);
    await check(tp, 'admin-themes');
    await page.getByLabel('Naam in het Nederlands').fill(themeName);
    await page.getByLabel('Naam in het Engels').fill(`Trial theme ${suffix}`);
    await page.getByLabel('Code').fill(code);
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Team Erkenning' });
    await page.getByRole('button', { name: 'Thema aanmaken' }).click();
    await heading(page, themeName);
    await expect(page.locator('.notice').first().textContent()).resolves.toContain('aangemaakt');
    await expect
      .poll(() => page.getByText('Nieuwe berichten over dit thema gaan nu naar Team Erkenning.').count())
      .toBe(1);
    await check(tp, 'admin-theme');

    const organisation = DEMO_ORGANISATIONS[0]?.id;
    const themes = await gql(
      stack.api.graphqlUrl,
      THEME_ID,
      {},
      { token: await apiLogin(stack.api.graphqlUrl, 'beheer@zorg.example') },
    );
    const themeId = themes.data?.themes.find((t) => t.code === code)?.id;
    await ownerQuery(
      stack.api.dbUrl,
      'INSERT INTO organisation_theme (organisation_id, theme_id) VALUES ($1, $2)',
      [organisation, themeId],
    );
    const beheerder = await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example');
    const sent = await gql(
      stack.api.graphqlUrl,
      SEND,
      {
        input: {
          clientKey: randomUUID(),
          themeId: themeId ?? '',
          title: 'Vraag voor de verhuis',
          body: 'Vraag',
          contacts: {
            add: [{ email: `c-${suffix}@test.example`, firstName: 'Cas', lastName: 'C', standard: false }],
          },
        },
      },
      { token: beheerder },
    );
    expect(sent.data?.sendMessage.errors).toEqual([]);

    await page.getByLabel('Team', { exact: true }).selectOption({ label: teamName });
    await page.getByRole('button', { name: 'Thema verplaatsen' }).click();
    await expect
      .poll(() => page.locator('.notice').first().textContent())
      .toContain(
        `Nieuwe berichten over dit thema gaan nu naar ${teamName}. Bestaande gesprekken blijven bij hun team.`,
      );
    await expect.poll(() => page.getByText(`bij een ander team dan ${teamName}: 1.`).count()).toBe(1);
    await check(tp, 'admin-theme-moved');

    // Not confirmed: refused, nothing moved.
    await page.getByRole('button', { name: 'Open gesprekken verplaatsen' }).click();
    await expect
      .poll(() => page.locator('#theme-threads-confirm-error').textContent())
      .toContain('Vink eerst aan');
    await check(tp, 'admin-theme-threads-unconfirmed');
    await page.getByLabel(`Ja, verplaats deze 1 open gesprekken naar ${teamName}.`).check();
    await page.getByRole('button', { name: 'Open gesprekken verplaatsen' }).click();
    await expect
      .poll(() => page.locator('.notice').first().textContent())
      .toContain(`Open gesprekken verplaatst naar ${teamName}: 1.`);
    await expect
      .poll(() => page.getByText(`Geen enkel open gesprek over dit thema ligt bij een ander team`).count())
      .toBe(1);
    await check(tp, 'admin-theme-threads-moved');

    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Historiek' }).click();
    await heading(page, 'Historiek');
    await expect.poll(() => page.getByText(`Thema ${themeName} aangemaakt`).count()).toBe(1);
    await expect.poll(() => page.getByText(`Team ${teamName} aangemaakt`).count()).toBe(1);
    await expect.poll(() => page.getByText(`Dossierbehandelaar toegevoegd aan ${teamName}`).count()).toBe(1);
    await check(tp, 'admin-history-themes-teams');
    await tp.context.close();
  });
});
