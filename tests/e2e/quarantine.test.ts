// The staff's quarantine page in the browser against a real API with its SMTP intake: a mail with a
// program attached lands in quarantine, one from an unknown address in Te koppelen. Staff see each with its
// reason, download it whole through the web's origin, discard one (a missing reason is refused on its
// field, the typed page kept) and make a ticket of the other, choosing the organisation. Checked with axe
// and photographed at 1280 and 375 px.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { HELPDESK, MAIL_IN_ENV, messageId, sendInto } from '../utils/mail-in.js';
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

const STAFF = 'an.peeters@zorg.example';
let stack: Stack;

beforeAll(async () => {
  stack = await startStack(MAIL_IN_ENV);
});

async function send(from: string, subject: string, program = false) {
  const sent = await sendInto(stack.api.mailInPort ?? 0, {
    from,
    to: HELPDESK,
    subject,
    text: 'Zie bijlage',
    messageId: messageId('e2e'),
    ...(program
      ? {
          attachments: [
            { filename: 'tool.exe', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]) },
          ],
        }
      : {}),
  });
  expect(sent.accepted).toBe(true);
}

describe('the quarantine page', () => {
  it('lists held mails with their reason, downloads, discards with a reason and replays into a ticket', async () => {
    const marker = randomUUID().slice(0, 6);
    await send('beheerder@delinde.example', `Programma ${marker}`, true);
    const stranger = `onbekend-${marker}@elders.example`;
    await send(stranger, `Vraag van buiten ${marker}`);

    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    page.setDefaultTimeout(20_000);
    await login(page, STAFF);
    await page.goto('/staff/quarantine');
    await heading(page, 'Ingekomen mails in quarantaine');
    await hydrated(page);
    const held = page.locator('tbody tr', { hasText: `Programma ${marker}` });
    await held.waitFor();
    await expectNoAxeViolations(page, 'quarantine');
    await screenshots(page, 'quarantine');

    // The raw mail, through the web's origin with the session.
    const href = (await held.getByRole('link', { name: /downloaden/ }).getAttribute('href')) ?? '';
    const raw = await page.request.get(href);
    expect(raw.status()).toBe(200);
    expect(await raw.text()).toContain(`Programma ${marker}`);

    // Discarding needs a reason.
    await held.getByRole('button', { name: /verwijderen/ }).click();
    await held.getByText('Dit veld is verplicht.').waitFor();
    await held.getByLabel('Reden van verwijderen').fill('Programma, niet nodig');
    await held.getByRole('button', { name: /verwijderen/ }).click();
    await page.getByText('De mail van beheerder@delinde.example is verwijderd.').waitFor();
    await page.locator('tbody tr', { hasText: `Programma ${marker}` }).waitFor({ state: 'detached' });

    // Te koppelen: the unknown sender's mail becomes a ticket of the chosen organisation.
    await page.getByRole('link', { name: 'Te koppelen (onbekende afzender)' }).click();
    const unknown = page.locator('tbody tr', { hasText: `Vraag van buiten ${marker}` });
    await unknown.waitFor();
    await expectNoAxeViolations(page, 'quarantine-to-link');
    await unknown.getByLabel('Voorziening').selectOption({ label: 'WZC De Linde' });
    await unknown.getByRole('button', { name: /Ticket maken/ }).click();
    const notice = page.getByText(new RegExp(`De mail van ${stranger} is verwerkt als ticket`));
    await notice.waitFor();
    const [ticket] = await ownerQuery<{ requester_email: string; channel: string }>(
      stack.api.dbUrl,
      `SELECT t.requester_email, t.channel FROM ticket t WHERE t.subject LIKE $1`,
      [`%Vraag van buiten ${marker}%`],
    );
    expect(ticket).toEqual({ requester_email: stranger, channel: 'EMAIL' });
    expectNoBrowserErrors(tp);
    await page.context().close();
  });

  it("shows the quarantine's count in staff's navigation, live when a mail is quarantined", async () => {
    const quarantined = async () =>
      (
        await ownerQuery<{ n: number }>(
          stack.api.dbUrl,
          `SELECT count(*)::int AS n FROM inbound_mail WHERE status = 'QUARANTINED'`,
        )
      )[0]?.n ?? 0;
    // One held mail first, so that the badge shows before the live change.
    await send('beheerder@delinde.example', `Badge ${randomUUID().slice(0, 6)}`, true);
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    page.setDefaultTimeout(20_000);
    await login(page, STAFF);
    await page.goto('/staff/tickets');
    await hydrated(page);
    const entry = page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /Quarantaine/ });
    const badge = entry.locator('.nav-badge [aria-hidden="true"]');
    const before = await quarantined();
    await expect.poll(() => badge.textContent()).toBe(String(before));
    await expect.poll(() => entry.textContent()).toMatch(new RegExp(`${before} mails? in quarantaine`));

    // A mail arrives in quarantine while the page is open: the count follows without a reload.
    await send('beheerder@delinde.example', `Badge live ${randomUUID().slice(0, 6)}`, true);
    await expect.poll(() => badge.textContent(), { timeout: 15_000 }).toBe(String(before + 1));
    await expectNoAxeViolations(page, 'quarantine-badge');
    await screenshots(page, 'quarantine-badge');
    expectNoBrowserErrors(tp);
    await page.context().close();
  });
});
