// The system under test for one end-to-end file: a real API server on its own database, the production
// web server in front of it, both on free 127.0.0.1 ports, and a headless Chromium. Stopped after the file.
import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll } from 'vitest';
import { type RunningWebServer, startWebServer } from '../../../web/server.mjs';
import { startTestServer, type TestServer } from '../../utils/server.js';
import { launchBrowser } from '../../utils/web.js';

export interface Stack {
  api: TestServer;
  /** The web's address, e.g. http://127.0.0.1:41234 (also the API's PUBLIC_URL, so mailed links point here). */
  baseUrl: string;
  browser: Browser;
  web: RunningWebServer;
}

/** A port that was free a moment ago (the web must know its address before the API starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `env`: the API's extra configuration (e.g. WORKER=inline for a file whose timers must fire; its
 * OIDC_ISSUER is the web's too). `port`: the web's, when something must know the address first (an issuer).
 */
export async function startStack(
  env: Record<string, string> = {},
  options: { port?: number } = {},
): Promise<Stack> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  // As under `npm start`: the web app is the API's one proxy.
  const api = await startTestServer({ PUBLIC_URL: baseUrl, TRUST_PROXY: '1', ...env });
  const web = await startWebServer({
    port,
    host: '127.0.0.1',
    apiUrl: api.graphqlUrl,
    publicUrl: baseUrl,
    oidcIssuer: env.OIDC_ISSUER,
  });
  afterAll(() => web.close());
  const browser = await launchBrowser();
  afterAll(() => browser.close());
  return { api, baseUrl, browser, web };
}
