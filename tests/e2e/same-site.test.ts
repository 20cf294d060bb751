// Cross-site requests to the web server (issue 10, item 10): a state-changing request from another site's
// page is refused with 403 before any route runs — the resource routes without a session (language switch,
// logout) too, and page actions, which Remix would otherwise refuse with a 500 and an error log.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './setup/stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

/** POSTs a form to `path` of the web server with `origin` (none: a non-browser client). */
async function post(path: string, origin: string | undefined) {
  return fetch(`${stack.baseUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(origin ? { origin } : {}),
    },
    body: new URLSearchParams({ language: 'en', redirectTo: '/' }),
  });
}

describe('a state-changing request from another site', () => {
  it.each(['/language', '/logout', '/login', '/messages/new', '/uploads'])(
    'POST %s with a foreign Origin is refused with 403, and nothing is set',
    async (path) => {
      const response = await post(path, 'https://evil.example');
      expect(response.status).toBe(403);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await response.text()).toMatch(/did not come from a page of this site/);
    },
  );

  it('is told apart from our own pages and from clients that send no Origin', async () => {
    const own = await post('/language', stack.baseUrl);
    expect(own.status).toBe(302);
    expect(own.headers.get('set-cookie')).toMatch(/loket_lang=en/);
    const noOrigin = await post('/language', undefined);
    expect(noOrigin.status).toBe(302);
    // Reading is never refused: a link from another site still opens the page.
    const read = await fetch(`${stack.baseUrl}/login`, { headers: { origin: 'https://evil.example' } });
    expect(read.status).toBe(200);
  });
});
