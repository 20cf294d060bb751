// Layout at real widths with realistic data: long Flemish names, long email addresses and two themes
// per contact person, measured in the browser at 1280 and 375 px on the contacts page, the remove
// confirmation, the message lists and a theme page. Nothing may stick out sideways, the contacts table's
// action column stays inside its container, a card's label never runs into its value, and an email
// address wraps only after '@', '.' or '-'. Screenshots go to test-results/screenshots/layout-*.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { login as apiLogin, gql } from '../utils/graphql.js';
import { key, SEND, themeId } from '../utils/messages.js';
import {
  expectNoAxeViolations,
  expectNoBrowserErrors,
  heading,
  hydrated,
  login,
  openPage,
  SCREENSHOT_DIR,
} from '../utils/web.js';
import { confirmedContact, departmentSends, LINDE } from './messages.fixtures.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
const contactIds: string[] = [];

const CONTACTS = [
  { firstName: 'Marie-Jeanne', lastName: 'Vandenbroucke', themes: ['ERK', 'SUB'] },
  { firstName: 'Jean-Baptiste', lastName: 'Vanderstraeten-Degrave', themes: ['KWA', 'INF'] },
  { firstName: 'Anne-Sophie', lastName: 'Van den Heuvel-Vermeulen', themes: ['PER', 'ERK'] },
  { firstName: 'Pieter-Jan', lastName: 'Verhaegen-Goossens', themes: ['SUB', 'KWA'] },
];
const emailOf = (c: { firstName: string; lastName: string }) => {
  const local = `${c.firstName}.${c.lastName}`.toLowerCase().replaceAll(' ', '');
  return `${local}@wzc-delinde.be`;
};

beforeAll(async () => {
  stack = await startStack();
  const admin = await apiLogin(stack.api.graphqlUrl, 'beheerder@delinde.example');
  const staff = await apiLogin(stack.api.graphqlUrl, 'bart.desmet@zorg.example');
  for (const [n, contact] of CONTACTS.entries()) {
    const email = emailOf(contact);
    if (n % 2 === 0) {
      contactIds.push(await confirmedContact(stack, admin, { ...contact, email }));
    } else {
      const added = await gql<{ addContactPerson: { contactPerson: { id: string } | null } }>(
        stack.api.graphqlUrl,
        'mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { contactPerson { id } } }',
        {
          input: {
            firstName: contact.firstName,
            lastName: contact.lastName,
            email,
            themeIds: contact.themes.map(themeId),
          },
        },
        { token: admin },
      );
      const id = added.data?.addContactPerson.contactPerson?.id;
      if (!id) throw new Error(`contact not added: ${JSON.stringify(added)}`);
      contactIds.push(id);
    }
  }
  for (const theme of ['SUB', 'PER']) {
    await departmentSends(stack, staff, {
      organisationId: LINDE,
      theme,
      title: 'Aanvraag tot wijziging van de erkenningsvoorwaarden voor woonzorgcentra',
      body: 'Tekst.',
    });
  }
  const sent = await gql(
    stack.api.graphqlUrl,
    SEND,
    {
      input: {
        clientKey: key(),
        themeId: themeId('SUB'),
        title: 'Vraag over de infectiepreventiemaatregelen in de dagverzorging',
        body: 'Tekst.',
        attachmentIds: [],
        acknowledgePrivacyWarning: true,
      },
    },
    { token: admin },
  );
  if (!sent.data?.sendMessage.message) throw new Error(`not sent: ${JSON.stringify(sent)}`);
});

/**
 * What is wrong with the page's layout at the current width: the page scrolling sideways, elements
 * sticking out of the viewport, a table's action cell outside the table's container, a card label
 * (the `data-label` shown before a value on a phone) wider than its column, and an email address
 * wrapped anywhere but after '@', '.' or '-'.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const problems = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    const nameOf = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    if (root.scrollWidth > width) problems.push('page scrolls sideways: ' + root.scrollWidth + ' > ' + width);
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1 && !el.closest('.visually-hidden'))
        problems.push(nameOf(el) + ' sticks out: right=' + Math.round(box.right) + ' > ' + width);
    }
    for (const cell of document.querySelectorAll('table .cell-action')) {
      const container = cell.closest('table').parentElement.getBoundingClientRect();
      for (const child of cell.querySelectorAll('*')) {
        const box = child.getBoundingClientRect();
        if (box.width > 0 && (box.right > container.right + 1 || box.left < container.left - 1))
          problems.push('action ' + nameOf(child) + ' outside its table container: ' + Math.round(box.left) + '..' + Math.round(box.right) + ' vs ' + Math.round(container.left) + '..' + Math.round(container.right));
      }
    }
    // A card's label: its longest word, in the label's own font, must fit the label column.
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;left:-9999px';
    document.body.appendChild(probe);
    for (const cell of document.querySelectorAll('[data-label]')) {
      const style = getComputedStyle(cell);
      if (style.display !== 'grid') continue;
      // A subgrid cell reports 'subgrid'; its columns are the card's (the row's).
      const tracks = style.gridTemplateColumns.startsWith('subgrid')
        ? getComputedStyle(cell.parentElement).gridTemplateColumns
        : style.gridTemplateColumns;
      const column = parseFloat(tracks.split(' ')[0]);
      const before = getComputedStyle(cell, '::before');
      probe.style.font = before.font;
      probe.style.letterSpacing = before.letterSpacing;
      for (const word of cell.dataset.label.split(/\\s+/)) {
        probe.textContent = word;
        const needed = probe.getBoundingClientRect().width;
        if (needed > column + 0.5)
          problems.push('card label "' + word + '" needs ' + Math.round(needed) + ' px, its column has ' + Math.round(column));
      }
      const value = cell.getBoundingClientRect();
      for (const child of cell.children) {
        const box = child.getBoundingClientRect();
        if (box.width > 0 && box.right > value.right + 1)
          problems.push('value ' + nameOf(child) + ' of "' + cell.dataset.label + '" sticks out of its card');
      }
    }
    probe.remove();
    // Email addresses: find the line breaks (a character starting lower than the one before it).
    for (const el of document.querySelectorAll('.email-address')) {
      const text = el.textContent;
      const range = document.createRange();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let previous = null;
      let before = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          if (box.width === 0) continue;
          if (previous !== null && box.top > previous + 2 && !/[@.-]$/.test(before))
            problems.push('email "' + text + '" breaks after "' + before + '"');
          previous = box.top;
          before += node.data[i];
        }
      }
    }
    return problems.slice(0, 15);
  })()`)) as string[];
}

/** Axe at 1280 px, then the layout measured and a screenshot taken at 1280 and at 375 px. */
async function checkLayout(page: Page, name: string) {
  await expectNoAxeViolations(page, name);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `layout-${name}-${width}.png`), fullPage: true });
    const card = page.locator('table tbody tr').first();
    if (width === 375 && (await card.count()) > 0)
      await card.screenshot({ path: path.join(SCREENSHOT_DIR, `layout-${name}-375-card.png`) });
    expect(await layoutProblems(page), `layout of ${name} at ${width} px`).toEqual([]);
  }
  await expectNoAxeViolations(page, `${name} at 375 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('layout with long names and email addresses', () => {
  it('the contacts table and the remove confirmation fit at 1280 and 375 px', async () => {
    const tp = await openPage(stack.browser, stack.baseUrl);
    const { page } = tp;
    await login(page, 'beheerder@delinde.example');
    await page.goto('/organisation/contacts');
    await hydrated(page);
    await page.getByRole('cell', { name: 'marie-jeanne.vandenbroucke@wzc-delinde.be' }).waitFor();
    expect(await page.locator('.contacts-table tbody tr').count()).toBe(CONTACTS.length);
    expect(await page.locator('.contacts-table .email-address').count()).toBe(CONTACTS.length);
    await checkLayout(page, 'contacts');

    await page.goto(`/organisation/contacts/${contactIds[1]}/remove`);
    await hydrated(page);
    await page.getByText('jean-baptiste.vanderstraeten-degrave@wzc-delinde.be').first().waitFor();
    await checkLayout(page, 'contact-remove');
    expectNoBrowserErrors(tp);
    await tp.context.close();
  });

  it('the message lists and a theme page fit at 1280 and 375 px, in Dutch and English', async () => {
    for (const locale of ['nl-BE', 'en-GB']) {
      const tp = await openPage(stack.browser, stack.baseUrl, { locale });
      const { page } = tp;
      await login(page, 'beheerder@delinde.example');
      const lang = locale.slice(0, 2);
      // The account's language rules once logged in: switch it for the English round.
      if (lang === 'en') {
        await page.getByRole('button', { name: 'Switch to English' }).click();
        await heading(page, /Welcome/);
      }
      await page.goto('/messages');
      await hydrated(page);
      expect(await page.locator('.message-table tbody tr').count()).toBe(2);
      await checkLayout(page, `messages-received-${lang}`);
      await page.goto('/messages?box=sent');
      await hydrated(page);
      expect(await page.locator('.message-table tbody tr').count()).toBe(1);
      await checkLayout(page, `messages-sent-${lang}`);
      await page.goto(`/themes/${themeId('SUB')}`);
      await hydrated(page);
      expect(await page.locator('.message-table tbody tr').count()).toBe(2);
      await checkLayout(page, `theme-${lang}`);
      if (lang === 'en') {
        // Back to Dutch for the other tests of this account.
        await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
        await page.getByRole('button', { name: 'Switch to English' }).waitFor();
      }
      expectNoBrowserErrors(tp);
      await tp.context.close();
    }
  });
});
