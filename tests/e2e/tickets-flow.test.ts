// Issue 13's whole flow with both sides in the browser at once (two contexts, each logged in through the
// UI): a MEMBER creates a ticket with a file, it arrives live in the agent's open Helpdesk queue; the agent
// sees the file and replies, the MEMBER's open page shows the reply live and announces it; the MEMBER asks
// to close, the agent's open page shows that live; the agent resolves it, the MEMBER's page shows Opgelost
// with the solution live, and the solution mail carries it with a link to the ticket. Nothing is reloaded:
// a mark set in each page's window survives. axe on each new state.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Topic } from '../../server/src/graphql/topics.js';
import { outbox } from '../utils/mailbox.js';
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
import { announced, overflowAt375, paddedPdf } from './messages.fixtures.js';
import { type Stack, startStack } from './setup/stack.js';

const MEMBER = 'medewerker@delinde.example';
const AGENT = 'an.peeters@zorg.example';
const NUMBER = /HD-\d{4}-\d{6}/;

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

async function check(tp: TestPage, name: string, { phone = true } = {}) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  // (The staff pages are desk pages: staff-tickets.test.ts does not hold them to 375 px either.)
  if (phone) expect(await overflowAt375(tp.page), `sideways overflow at 375 px on ${name}`).toEqual([]);
  expectNoBrowserErrors(tp);
}

/**
 * Resolves once the API holds more than `before` live subscriptions on `topic`: a page's subscription is
 * then registered and hears every event committed afterwards (rather than waiting a while and hoping).
 */
async function listening(topic: string, before: number) {
  await vi.waitFor(
    () => {
      const now = stack.api.app.pubsub.listenerCount(topic);
      if (now <= before) throw new Error(`${now} listeners on ${topic}, waiting for more than ${before}`);
    },
    { timeout: 15_000, interval: 20 },
  );
}

const listeners = (topic: string) => stack.api.app.pubsub.listenerCount(topic);

/** Marks the page's window: the mark is gone after any full load, so a live change is told from a reload. */
async function markWindow(page: Page) {
  await page.evaluate('window.__flowMark = true');
}

async function stillSameWindow(page: Page) {
  expect(await page.evaluate('window.__flowMark === true'), `${page.url()} was reloaded`).toBe(true);
}

describe('a ticket from a MEMBER worked by a helpdesk agent, both in the browser', () => {
  it('goes from creation with a file to the solution mail, each side seeing the other live', async () => {
    const member = await openPage(stack.browser, stack.baseUrl);
    const agent = await openPage(stack.browser, stack.baseUrl);
    member.page.setDefaultTimeout(15_000);
    agent.page.setDefaultTimeout(15_000);
    const subject = `Bijlage opent niet ${crypto.randomUUID().slice(0, 6)}`;
    const solution = 'De PDF-lezer is bijgewerkt.\nDe factuur opent nu wel.';

    // The agent opens the Helpdesk queue and keeps it open.
    const queuesBefore = listeners(Topic.TicketQueueChanged);
    await login(agent.page, AGENT);
    await agent.page.goto('/staff/tickets');
    await heading(agent.page, 'Tickets');
    await hydrated(agent.page);
    await agent.page.locator('a[data-queue="HELPDESK"]').click();
    await agent.page.getByRole('heading', { level: 2, name: 'Helpdesk' }).waitFor();
    await listening(Topic.TicketQueueChanged, queuesBefore);
    await markWindow(agent.page);

    // The MEMBER creates the ticket with a file on /tickets/new.
    await login(member.page, MEMBER);
    await member.page.goto('/tickets/new');
    await heading(member.page, 'Nieuw ticket');
    await hydrated(member.page);
    await member.page.getByLabel('Onderwerp').fill(subject);
    await member.page.getByLabel('Categorie').selectOption({ label: 'Techniek' });
    await member.page.getByLabel('Soort melding').selectOption({ label: 'Vraag' });
    await member.page.getByLabel('Omschrijving').fill('De factuur in bijlage opent niet.');
    await member.page.locator('#ticket-files').setInputFiles({
      name: 'schermafdruk.pdf',
      mimeType: 'application/pdf',
      buffer: paddedPdf(2),
    });
    await member.page
      .getByRole('list', { name: 'Toegevoegde bijlagen' })
      .getByText('schermafdruk.pdf')
      .waitFor();
    const ticketsBefore = listeners(Topic.TicketUpdated);
    await member.page.getByRole('button', { name: 'Verstuur ticket' }).last().click();
    const created = member.page.getByText(/Uw ticket HD-\d{4}-\d{6} is aangemaakt/);
    await created.waitFor();
    const number = (NUMBER.exec((await created.textContent()) ?? '') ?? [''])[0];
    expect(number).toMatch(NUMBER);
    await heading(member.page, `${number} ${subject}`);
    await member.page.getByRole('link', { name: 'schermafdruk.pdf' }).waitFor();
    await hydrated(member.page);
    await check(member, 'flow-member-created');

    // The agent's queue shows it without a reload, and says so.
    const row = agent.page.locator('tbody tr', { hasText: subject });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(number);
    await expect(row.textContent()).resolves.toContain('Nieuw');
    await announced(agent.page, 'De tickets zijn bijgewerkt.');
    await stillSameWindow(agent.page);
    await check(agent, 'flow-agent-queue', { phone: false });

    // The agent opens it: the file is listed (not downloaded); both ticket pages now listen.
    await row.getByRole('link', { name: subject }).click();
    await heading(agent.page, subject);
    await hydrated(agent.page);
    await agent.page.getByRole('link', { name: 'schermafdruk.pdf' }).waitFor();
    await listening(Topic.TicketUpdated, ticketsBefore + 1);
    await markWindow(agent.page);
    await markWindow(member.page);
    await check(agent, 'flow-agent-ticket', { phone: false });

    // The agent replies; the MEMBER's open page shows it and announces it.
    await agent.page.getByLabel('Tekst').fill('Kunt u de PDF opnieuw downloaden?');
    await agent.page.getByRole('button', { name: 'Toevoegen aan het ticket' }).click();
    await agent.page.getByText('Uw antwoord is verstuurd.').waitFor();
    await member.page.locator('.ticket-entry', { hasText: 'Kunt u de PDF opnieuw downloaden?' }).waitFor();
    await announced(member.page, `Nieuwe reactie van de helpdesk in ticket ${number}.`);
    await member.page.locator('.ticket-panel').getByText('Beantwoord').waitFor();
    await stillSameWindow(member.page);
    await check(member, 'flow-member-answered');

    // The MEMBER asks to close with a reason; the agent's open page shows that and says so.
    await member.page.getByText('Ticket sluiten').click();
    await member.page.getByLabel('Reden').fill('Het werkt weer, bedankt.');
    await member.page.getByRole('button', { name: 'Vraag om te sluiten' }).click();
    await member.page.getByText('U hebt gevraagd om het ticket te sluiten.').first().waitFor();
    await agent.page.getByText('De organisatie vroeg om dit ticket te sluiten.').waitFor();
    const request = agent.page.locator('.staff-message-organisation', {
      hasText: 'Het werkt weer, bedankt.',
    });
    await request.waitFor();
    await expect(request.textContent()).resolves.toContain('Vraagt om het ticket te sluiten');
    await announced(agent.page, 'Het ticket is bijgewerkt.');
    await stillSameWindow(agent.page);
    await check(agent, 'flow-agent-close-requested', { phone: false });

    // The agent resolves it with a solution; the MEMBER's open page shows Opgelost and the solution.
    await agent.page.getByLabel('Nieuwe status').selectOption({ label: 'Opgelost' });
    await agent.page.locator('#status-solution').fill(solution);
    await agent.page.getByRole('button', { name: 'Status wijzigen' }).click();
    await agent.page.getByText('De status is nu Opgelost.').waitFor();
    await member.page.locator('.ticket-panel').getByText('Opgelost').waitFor();
    const shown = member.page.getByRole('region', { name: 'Oplossing' });
    await shown.getByText('De factuur opent nu wel.').waitFor();
    await expect(shown.textContent()).resolves.toContain('De PDF-lezer is bijgewerkt.');
    await announced(member.page, `Ticket ${number} is bijgewerkt.`);
    await stillSameWindow(member.page);
    await check(member, 'flow-member-resolved');
    await check(agent, 'flow-agent-resolved', { phone: false });

    // The requester's solution mail: the solution and a link straight to the ticket.
    const mails = (await outbox(stack.api.dbUrl, MEMBER)).filter(
      (mail) => mail.template === 'ticket-solution' && mail.text_body.includes(number),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toContain('De PDF-lezer is bijgewerkt.');
    expect(mails[0]?.text_body).toContain('De factuur opent nu wel.');
    expect(mails[0]?.text_body).toContain(`${stack.baseUrl}/tickets/${number}`);
    await member.context.close();
    await agent.context.close();
  });
});
