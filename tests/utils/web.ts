// Browser fixtures for the end-to-end tests: Debian's Chromium through playwright-core, pages that fail
// the test on any browser console error, logging in, axe-core checks and screenshots at two widths.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test-results/screenshots',
);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far (checked by `expectNoBrowserErrors`). */
  problems: string[];
}

export interface PageOptions {
  /** The browser's language preference (Accept-Language); Dutch unless said otherwise. */
  locale?: string;
  width?: number;
  javaScriptEnabled?: boolean;
}

/** A fresh browser context (own cookies) with one page, recording every console error. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: PageOptions = {},
): Promise<TestPage> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: options.locale ?? 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' || isRefusedForm(message.text()) || isSupersededNavigation(message.text()))
      return;
    problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/**
 * A form the server refused answers 400 by design (the page shows why), and Chromium reports every 4xx
 * answer on the console, whether the document's (without JavaScript) or Remix's data request: that line
 * is no problem of the page.
 */
function isRefusedForm(text: string): boolean {
  return text.startsWith('Failed to load resource: the server responded with a status of 400');
}

/**
 * The router aborts a navigation (a form's submission or a live re-read) that a newer one supersedes, and
 * rejects the older one's promise with a bare AbortError: the newer one is what the page shows, so that line
 * is no problem of the page either. Seen under CI load on the webhook page (a rotation right after a refusal).
 */
function isSupersededNavigation(text: string): boolean {
  return text.startsWith('AbortError: signal is aborted without reason');
}

export function expectNoBrowserErrors(testPage: TestPage) {
  expect(testPage.problems, 'browser console errors').toEqual([]);
}

/** Waits until React has hydrated the page (Remix sets window.__remixRouter once the client runs). */
export async function hydrated(page: Page, timeoutMs = 10_000) {
  // Polled through page.evaluate (the DevTools protocol): waitForFunction would eval, which the CSP forbids.
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate('window.__remixRouter !== undefined && document.readyState === "complete"'))
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`page ${page.url()} did not hydrate within ${timeoutMs} ms`);
}

/** Logs in through the login page and waits for the first page behind it (with the main navigation). */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await hydrated(page);
  await page.getByLabel(/^(E-mailadres|Email address)$/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Aanmelden|Log in)$/ }).click();
  await page.locator('nav.main-nav').waitFor();
}

/** Waits for the page's h1 to read `text` (client-side navigations change the URL before the page). */
export async function heading(page: Page, text: string | RegExp) {
  await page.getByRole('heading', { level: 1, name: text }).waitFor();
}

/** The id of the focused element (or its tag and class when it has none). */
export function focused(page: Page): Promise<string> {
  return page.evaluate(
    '(() => { const e = document.activeElement; return e ? (e.id || e.tagName.toLowerCase() + "." + e.className) : ""; })()',
  );
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary: string }>;
}

/** Runs axe-core (every rule but the experimental ones) on the page; fails listing each violation. */
export async function expectNoAxeViolations(page: Page, label: string) {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)',
  )) as AxeViolation[];
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`,
  );
  expect(report, `axe violations on ${label}`).toEqual([]);
}

/** Full-page screenshots at 1280 and 375 px wide under test-results/screenshots/<name>-<width>.png. */
export async function screenshots(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}

/** The gzip size of every script the page loaded from this site (entry, route and shared chunks). */
export async function scriptBytes(page: Page): Promise<{ files: number; raw: number; gzip: number }> {
  const urls = (await page.evaluate(
    'performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".js"))',
  )) as string[];
  const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/build/client');
  let raw = 0;
  let gzip = 0;
  for (const url of new Set(urls)) {
    const file = readFileSync(path.join(clientDir, new URL(url).pathname));
    raw += file.length;
    gzip += gzipSync(file, { level: 9 }).length;
  }
  return { files: new Set(urls).size, raw, gzip };
}

/**
 * Slows the page's uploads to 256 KB/s, so that an upload's progress can be seen and tested; the answer
 * restores full speed.
 */
export async function slowUploads(tp: TestPage): Promise<() => Promise<void>> {
  const cdp = await tp.context.newCDPSession(tp.page);
  const upload = (uploadThroughput: number) =>
    cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput,
    });
  await cdp.send('Network.enable');
  await upload(256 * 1024);
  return async () => {
    await upload(-1);
  };
}
