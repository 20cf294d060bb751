// Hand-edited or stale addresses of the list pages (issue 10, item 7): an impossible day, a crafted cursor,
// a control character in a search. Each page answers with its list (the bad parameter dropped, or the
// first page), never an HTTP 500.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../server/src/lists/keyset.js';
import { themeId } from '../utils/messages.js';
import { expectNoBrowserErrors, login, openPage, type TestPage } from '../utils/web.js';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;
let member: TestPage;
let admin: TestPage;
let staff: TestPage;

// Well-formed cursors whose values are not a list's sort key, and one that is not a cursor at all.
const wrongValues = encodeCursor(['yesterday', 'not-a-uuid']);
const impossibleTime = encodeCursor(['2026-02-30T10:00:00.000Z', '00000000-0000-0000-0000-000000000000']);
const notACursor = '%25%25%25';

beforeAll(async () => {
  stack = await startStack();
  member = await openPage(stack.browser, stack.baseUrl);
  await login(member.page, 'medewerker@delinde.example');
  admin = await openPage(stack.browser, stack.baseUrl);
  await login(admin.page, 'beheerder@delinde.example');
  staff = await openPage(stack.browser, stack.baseUrl);
  await login(staff.page, 'bart.desmet@zorg.example');
});

/** Opens `path` and returns the HTTP status of the page finally shown (after any redirect). */
async function statusOf(page: Page, path: string): Promise<number> {
  const response = await page.goto(path);
  return response?.status() ?? 0;
}

describe('organisation pages', () => {
  it.each([
    '/messages?from=2026-02-30',
    '/messages?from=0000-01-01&to=2026-13-01',
    `/messages?after=${wrongValues}`,
    `/messages?before=${impossibleTime}&page=2`,
    `/messages?after=${notACursor}`,
    '/messages?q=a%00b&ref=%01&sender=%7F',
    `/themes/${themeId('SUB')}?from=2026-02-30&after=${wrongValues}`,
  ])('%s shows the messages', async (path) => {
    expect(await statusOf(member.page, path)).toBe(200);
    await member.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await member.page.locator('h1').textContent()).toMatch(/Mijn berichten|Subsidies/);
    expectNoBrowserErrors(member);
  });

  it.each([
    `/organisation/contacts?pages=${wrongValues}`,
    `/organisation/contacts?pages=${impossibleTime}`,
    `/organisation/history?pages=${wrongValues}`,
  ])('%s shows the first page', async (path) => {
    expect(await statusOf(admin.page, path)).toBe(200);
    expectNoBrowserErrors(admin);
  });
});

describe('staff pages', () => {
  it.each([
    `/staff?after=${wrongValues}`,
    `/staff?after=${impossibleTime}`,
    '/staff?text=a%00b&reference=%01',
  ])('%s shows the inbox', async (path) => {
    expect(await statusOf(staff.page, path)).toBe(200);
    expect(await staff.page.locator('h1').textContent()).toBe('Inbox');
    expectNoBrowserErrors(staff);
  });

  it.each([`/staff/organisations?after=${wrongValues}`, '/staff/organisations?search=a%00b'])(
    '%s shows the organisations',
    async (path) => {
      expect(await statusOf(staff.page, path)).toBe(200);
      expect(await staff.page.locator('h1').textContent()).toBe('Organisaties');
      expectNoBrowserErrors(staff);
    },
  );
});
