// The office-hours chat in the browser, both sides in their own page against a real API: outside hours
// the customer's panel says when the desk opens and offers the ticket form; within hours an agent makes
// themselves available, the customer asks, the agent sees the chat arrive live and takes it, both talk
// live, a reload keeps the customer's chat, and the agent's end registers it as an Opgelost ticket. Each
// page is checked with axe and photographed at 1280 and 375 px.

import { beforeAll, describe, expect, it } from 'vitest';
import { endAbandonedChats } from '../../server/src/modules/chat/chat-abandon.js';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { closedToday, openAllDay } from '../utils/chat.js';
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
import { type Stack, startStack } from './setup/stack.js';

const CUSTOMER = 'medewerker@delinde.example';
const AGENT = 'an.peeters@zorg.example';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

async function check(tp: TestPage, name: string) {
  await expectNoAxeViolations(tp.page, name);
  await screenshots(tp.page, name);
  expectNoBrowserErrors(tp);
}

describe('the chat', () => {
  it('outside hours says when the desk opens and offers the ticket form, also without JavaScript', async () => {
    await closedToday(stack.api.dbUrl);
    const tp = await openPage(stack.browser, stack.baseUrl, { javaScriptEnabled: false });
    const { page } = tp;
    page.setDefaultTimeout(20_000);
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill(CUSTOMER);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await Promise.all([
      page.waitForURL(`${stack.baseUrl}/`),
      page.getByRole('button', { name: 'Aanmelden' }).click(),
    ]);
    await page.goto('/chat');
    await heading(page, 'Chat met de helpdesk');
    await page
      .getByRole('heading', { name: /De helpdesk is nu gesloten\. De chat opent opnieuw op/ })
      .waitFor();
    await page.getByRole('link', { name: 'Maak een ticket aan' }).first().click();
    await page.waitForURL(/\/tickets\/new/);
    await page.context().close();

    // The same page with JavaScript, checked and photographed.
    const withJs = await openPage(stack.browser, stack.baseUrl);
    await login(withJs.page, CUSTOMER);
    await withJs.page.goto('/chat');
    await withJs.page.getByRole('heading', { name: /De helpdesk is nu gesloten/ }).waitFor();
    await hydrated(withJs.page);
    await check(withJs, 'chat-closed');
    await withJs.page.context().close();
  });

  it('an agent takes a chat live, both talk, a reload keeps it, and the end makes an Opgelost ticket', async () => {
    await openAllDay(stack.api.dbUrl);
    const agentTab = await openPage(stack.browser, stack.baseUrl);
    const agent = agentTab.page;
    agent.setDefaultTimeout(20_000);
    await login(agent, AGENT);
    await agent.goto('/staff/chat');
    await heading(agent, 'Chat');
    await hydrated(agent);
    const makeAvailable = agent.getByRole('button', { name: 'Beschikbaar voor chat' });
    if (await makeAvailable.isVisible()) await makeAvailable.click();
    await agent.getByText('U neemt chats aan.').waitFor();

    const customerTab = await openPage(stack.browser, stack.baseUrl);
    const customer = customerTab.page;
    customer.setDefaultTimeout(20_000);
    await login(customer, CUSTOMER);
    await customer.goto('/chat');
    await heading(customer, 'Chat met de helpdesk');
    await hydrated(customer);
    // An empty question is refused on its field.
    await customer.getByRole('button', { name: 'Chat starten' }).click();
    await customer.locator('#start-question-error', { hasText: 'verplicht' }).waitFor();
    const question = `Hoe voeg ik een locatie toe? ${Date.now()}`;
    await customer.getByRole('textbox', { name: 'Uw vraag' }).fill(question);
    await customer.getByRole('button', { name: 'Chat starten' }).click();
    await customer.getByText('U staat in de wachtrij.').waitFor();
    await check(customerTab, 'chat-waiting');

    // The agent's page shows it without a reload.
    const waiting = agent.locator('.chat-waiting', { hasText: question });
    await waiting.waitFor();
    await check(agentTab, 'staff-chat-waiting');
    await waiting.getByRole('button', { name: /opnemen/ }).click();
    const active = agent.locator('.chat-panel', { hasText: question });
    await active.waitFor();

    await customer.getByText('U chat met An van de helpdesk.').waitFor();
    await active.getByLabel('Uw bericht').fill('Via Organisatie, dan Locaties.');
    await active.getByRole('button', { name: 'Versturen' }).click();
    await customer.locator('.chat-line', { hasText: 'Via Organisatie, dan Locaties.' }).waitFor();

    await customer.getByLabel('Uw bericht').fill('Gevonden, dank u!');
    await customer.getByRole('button', { name: 'Versturen' }).click();
    await active.locator('.chat-line', { hasText: 'Gevonden, dank u!' }).waitFor();
    await expect(customer.getByLabel('Uw bericht').inputValue()).resolves.toBe('');

    // A reload keeps the running chat with its conversation.
    await customer.reload();
    await customer.locator('.chat-line', { hasText: 'Gevonden, dank u!' }).waitFor();
    await hydrated(customer);
    await check(customerTab, 'chat-talking');
    await check(agentTab, 'staff-chat-active');

    await active.getByLabel('Opgelost in de chat (ticket Opgelost)').check();
    await active.getByRole('textbox', { name: /^Oplossing/ }).fill('Locatie toegevoegd via Organisatie.');
    await active.getByRole('button', { name: 'Beëindigen en registreren' }).click();
    const notice = agent.getByText(/De chat is afgelopen en geregistreerd als opgelost ticket/);
    await notice.waitFor();
    const number = /ticket (\S+)\./.exec((await notice.textContent()) ?? '')?.[1] ?? '';
    const [ticket] = await ownerQuery<{ status: string; channel: string }>(
      stack.api.dbUrl,
      'SELECT status, channel FROM ticket WHERE number = $1',
      [number],
    );
    expect(ticket).toEqual({ status: 'RESOLVED', channel: 'CHAT' });
    // The customer's panel offers a new chat again (live).
    await customer.getByRole('button', { name: 'Chat starten' }).waitFor();
    expectNoBrowserErrors(customerTab);
    expectNoBrowserErrors(agentTab);
    await agent.getByRole('button', { name: 'Niet meer beschikbaar' }).click();
    await agent.getByText('U neemt nu geen chats aan.').waitFor();
    await agent.context().close();
    await customer.context().close();
  });

  it('a chat nobody writes in ends by itself: both pages say why, live, with the ticket', async () => {
    await openAllDay(stack.api.dbUrl);
    const agentTab = await openPage(stack.browser, stack.baseUrl);
    const agent = agentTab.page;
    agent.setDefaultTimeout(20_000);
    await login(agent, 'bart.desmet@zorg.example');
    await agent.goto('/staff/chat');
    await hydrated(agent);
    const makeAvailable = agent.getByRole('button', { name: 'Beschikbaar voor chat' });
    if (await makeAvailable.isVisible()) await makeAvailable.click();
    await agent.getByText('U neemt chats aan.').waitFor();

    const customerTab = await openPage(stack.browser, stack.baseUrl);
    const customer = customerTab.page;
    customer.setDefaultTimeout(20_000);
    await login(customer, 'medewerkerplus@delinde.example');
    await customer.goto('/chat');
    await hydrated(customer);
    const question = `Stil gesprek ${Date.now()}`;
    await customer.getByRole('textbox', { name: 'Uw vraag' }).fill(question);
    await customer.getByRole('button', { name: 'Chat starten' }).click();
    await customer.getByText('U staat in de wachtrij.').waitFor();
    const waiting = agent.locator('.chat-waiting', { hasText: question });
    await waiting.getByRole('button', { name: /opnemen/ }).click();
    await agent.locator('.chat-panel', { hasText: question }).waitFor();
    await customer.getByText(/U chat met Bart van de helpdesk\./).waitFor();

    // Nobody wrote for half an hour (the chat's last activity moved back); the worker's job runs.
    await ownerQuery(
      stack.api.dbUrl,
      `UPDATE chat SET last_activity_at = now() - interval '30 minutes' WHERE subject = $1`,
      [question],
    );
    const ended = await endAbandonedChats(stack.api.app);
    expect(ended.map((e) => e.reason)).toEqual(['IDLE']);

    const told = customer.getByText(/Uw chat is beëindigd omdat er een tijd niets geschreven werd\./);
    await told.waitFor();
    await customer.getByRole('link', { name: /Ticket .* bekijken/ }).waitFor();
    await customer.getByRole('button', { name: 'Chat starten' }).waitFor();
    await agent.getByText(/Een chat is vanzelf beëindigd: er werd een tijd niets geschreven\./).waitFor();
    await agent.locator('.chat-panel', { hasText: question }).waitFor({ state: 'detached' });
    await hydrated(customer);
    await check(customerTab, 'chat-auto-ended');
    await check(agentTab, 'staff-chat-auto-ended');
    await agent.getByRole('button', { name: 'Niet meer beschikbaar' }).click();
    await agent.getByText('U neemt nu geen chats aan.').waitFor();
    await agent.context().close();
    await customer.context().close();
  });
});
