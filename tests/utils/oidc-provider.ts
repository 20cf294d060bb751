// A real OpenID Connect issuer for tests (`oidc-provider`) on a free 127.0.0.1 port: one confidential
// client, people added by the test, a plain sign-in page (field "Gebruikersnaam", the person's `sub`) and
// consent given in advance. `signIn` walks the authorization request as a browser would, without one.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { afterAll } from 'vitest';

export interface TestPerson {
  email?: string;
  email_verified?: boolean;
  given_name?: string;
  family_name?: string;
  locale?: string;
  kbo_number?: string;
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds a person and answers their `sub`. `codeTtlSeconds`: how long their authorization codes live. */
  addPerson(person: TestPerson, options?: { codeTtlSeconds?: number }): string;
  /** Replaces what the issuer says about `sub`. */
  updatePerson(sub: string, person: TestPerson): void;
  /** Follows `authorizationUrl` through the sign-in as `sub`; answers the callback address with its query. */
  signIn(authorizationUrl: string, sub: string): Promise<string>;
}

/** The environment Loket needs to use this issuer. */
export function ssoEnv(idp: TestIdp, extra: Record<string, string> = {}): Record<string, string> {
  return {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_DISPLAY_NAME: 'Test-IdP',
    ...extra,
  };
}

function signInPage(uid: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Test-IdP</title></head><body>
<main><h1>Test-IdP</h1><form method="post" action="/interaction/${uid}">
<label>Gebruikersnaam <input name="login" autocomplete="username"></label>
<button type="submit">Inloggen bij Test-IdP</button></form></main></body></html>`;
}

function logoutPage(_ctx: KoaContextWithOIDC, form: string): void {
  _ctx.body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Test-IdP</title></head><body>
<main><h1>Afmelden bij Test-IdP?</h1>${form}<button form="op.logoutForm" name="logout" value="yes">Ja, afmelden</button></main></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Starts the issuer; `redirectUri` and `postLogoutRedirectUri` are Loket's (PUBLIC_URL/login/sso/callback
 * and PUBLIC_URL/login). Closed after the file.
 */
export async function startTestIdp(redirectUri: string, postLogoutRedirectUri: string): Promise<TestIdp> {
  const people = new Map<string, TestPerson>();
  const codeTtl = new Map<string, number>();
  const clientId = `loket-${randomUUID().slice(0, 8)}`;
  const clientSecret = randomUUID();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomUUID()] },
    pkce: { required: () => true, methods: ['S256'] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name', 'locale'],
      kbo: ['kbo_number'],
    },
    // Claims in the ID token itself, as many government issuers do (Loket reads only the ID token).
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: logoutPage },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const person = people.get(sub);
      return person ? { accountId: sub, claims: () => ({ sub, ...person }) } : undefined;
    },
    // Consent is given in advance: every scope the client asks for.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope('openid email profile kbo');
      await grant.save();
      return grant;
    },
    ttl: {
      AuthorizationCode: (_ctx, code) => codeTtl.get(code.accountId ?? '') ?? 60,
      IdToken: 300,
      AccessToken: 300,
      Grant: 300,
      Interaction: 300,
      Session: 3600,
    },
  };
  const provider = new Provider(issuer, configuration);
  const handle = provider.callback();

  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // Browsers ask for an icon; a 404 would be a console error of the page.
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
    if (!match) return handle(req, res);
    void (async () => {
      if (req.method === 'GET') {
        await provider.interactionDetails(req, res);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(signInPage(match[1] ?? ''));
        return;
      }
      const login = (await readForm(req)).get('login') ?? '';
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: login } },
        { mergeWithLastSubmission: false },
      );
    })().catch((error: Error) => {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(error.message);
    });
  });
  afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

  return {
    issuer,
    clientId,
    clientSecret,
    addPerson(person, options = {}) {
      const sub = `person-${randomUUID()}`;
      people.set(sub, person);
      if (options.codeTtlSeconds) codeTtl.set(sub, options.codeTtlSeconds);
      return sub;
    },
    updatePerson(sub, person) {
      people.set(sub, person);
    },
    async signIn(authorizationUrl, sub) {
      const cookies = new Map<string, string>();
      let url = authorizationUrl;
      let body: URLSearchParams | undefined;
      for (let hop = 0; hop < 10; hop++) {
        const response = await fetch(url, {
          method: body ? 'POST' : 'GET',
          body,
          redirect: 'manual',
          headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        for (const line of response.headers.getSetCookie()) {
          const [pair = ''] = line.split(';');
          const at = pair.indexOf('=');
          cookies.set(pair.slice(0, at), pair.slice(at + 1));
        }
        await response.arrayBuffer();
        const location = response.headers.get('location');
        if (response.status === 200 && /\/interaction\//.test(url)) {
          body = new URLSearchParams({ login: sub });
          continue;
        }
        if (!location) throw new Error(`the issuer answered ${response.status} at ${url}`);
        const next = new URL(location, url).href;
        if (next.startsWith(redirectUri)) return next;
        url = next;
        body = undefined;
      }
      throw new Error('the sign-in did not come back to Loket');
    },
  };
}
