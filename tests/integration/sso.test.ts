// Single sign-on against a real OpenID Connect issuer started here (oidc-provider): people linked by
// verified address and then by `sub`, created through the organisation claim, and every answer that must
// be refused (tampered state or nonce, replayed or expired code, another issuer's answer, unknown or
// disabled people) refused with its code and a localised message, never a 500 (decision 0028).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { graphql } from '../graphql/generated/gql.js';
import { TEST_PUBLIC_URL } from '../setup/test-env.js';
import { createOrganisation, type TestOrganisation, unique } from '../utils/factories.js';
import { gql, LOGIN, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { ssoEnv, startTestIdp, type TestIdp } from '../utils/oidc-provider.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const CALLBACK = `${TEST_PUBLIC_URL}/login/sso/callback`;
const AFTER_LOGOUT = `${TEST_PUBLIC_URL}/login`;

const LOGIN_OPTIONS = graphql(`query SsoLoginOptions { loginOptions { password singleSignOn { name } } }`);
const START = graphql(`
  mutation SsoStart { startSingleSignOn { errors { code } authorizationUrl state nonce codeVerifier } }
`);
const COMPLETE = graphql(`
  mutation SsoComplete($input: CompleteSingleSignOnInput!) {
    completeSingleSignOn(input: $input) { token errors { field code message } user { id email status roles organisationId } }
  }
`);
const SIGN_OUT_URL = graphql(`query SsoSignOutUrl { singleSignOutUrl }`);
const ME = graphql(`query SsoMe { me { id email } }`);

let idp: TestIdp;
let server: TestServer;
let organisation: TestOrganisation;

beforeAll(async () => {
  idp = await startTestIdp(CALLBACK, AFTER_LOGOUT);
  server = await startTestServer(
    ssoEnv(idp, { OIDC_ORGANISATION_CLAIM: 'kbo_number', OIDC_SCOPES: 'openid email profile kbo' }),
  );
  organisation = await createOrganisation(server);
});

interface Started {
  authorizationUrl: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

async function begin(target = server): Promise<Started> {
  const result = await gql(target.graphqlUrl, START, {});
  const started = result.data?.startSingleSignOn;
  if (!started?.authorizationUrl || !started.state || !started.nonce || !started.codeVerifier)
    throw new Error(`no start: ${JSON.stringify(result)}`);
  return {
    authorizationUrl: started.authorizationUrl,
    state: started.state,
    nonce: started.nonce,
    codeVerifier: started.codeVerifier,
  };
}

async function complete(callbackUrl: string, started: Started, headers: Record<string, string> = {}) {
  const { state, nonce, codeVerifier } = started;
  const result = await gql(
    server.graphqlUrl,
    COMPLETE,
    { input: { callbackUrl, state, nonce, codeVerifier } },
    { headers },
  );
  expect(result.status).toBe(200);
  expect(result.errors).toBeUndefined();
  const payload = result.data?.completeSingleSignOn;
  if (!payload) throw new Error('no payload');
  return payload;
}

/** Goes through the issuer as `sub` and back to Loket. */
async function signOn(sub: string) {
  const started = await begin();
  return complete(await idp.signIn(started.authorizationUrl, sub), started);
}

async function insertUser(email: string, status: 'INVITED' | 'ACTIVE' | 'DISABLED'): Promise<string> {
  const id = randomUUID();
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status)
     VALUES ($1, $2, $3, 'Sso', 'Test', '{MEMBER}', $4)`,
    [id, organisation.id, email, status],
  );
  return id;
}

async function sessionsOf(userId: string): Promise<number> {
  const rows = await ownerQuery(
    server.dbUrl,
    'SELECT count(*)::int AS n FROM user_session WHERE user_id = $1',
    [userId],
  );
  return rows[0].n;
}

const email = () => `sso-${unique()}@test.example`;

describe('login options', () => {
  it('offers the issuer by its name next to the password form', async () => {
    const result = await gql(server.graphqlUrl, LOGIN_OPTIONS, {});
    expect(result.data?.loginOptions).toEqual({ password: true, singleSignOn: { name: 'Test-IdP' } });
  });

  it('sends the browser to the issuer with PKCE (S256), state, nonce and our callback', async () => {
    const started = await begin();
    const url = new URL(started.authorizationUrl);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBe(started.state);
    expect(url.searchParams.get('nonce')).toBe(started.nonce);
    expect(url.searchParams.get('scope')).toBe('openid email profile kbo');
  });
});

describe('linking people', () => {
  it('activates an invited user by verified address, then finds them by sub even with a new address', async () => {
    const address = email();
    const userId = await insertUser(address, 'INVITED');
    const sub = idp.addPerson({ email: address.toUpperCase(), email_verified: true, given_name: 'Sara' });
    const first = await signOn(sub);
    expect(first.errors).toEqual([]);
    expect(first.user).toMatchObject({ id: userId, email: address, status: 'ACTIVE' });
    const me = await gql(server.graphqlUrl, ME, {}, { token: first.token });
    expect(me.data?.me).toEqual({ id: userId, email: address });
    const [row] = await ownerQuery(
      server.dbUrl,
      'SELECT oidc_issuer, oidc_subject FROM app_user WHERE id = $1',
      [userId],
    );
    expect(row).toEqual({ oidc_issuer: idp.issuer, oidc_subject: sub });
    const audit = await ownerQuery(server.dbUrl, 'SELECT action FROM audit_event WHERE entity_id = $1', [
      userId,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['user.activated']);

    // The issuer's address changes: the person is still the same user (by sub).
    idp.updatePerson(sub, { email: email(), email_verified: true });
    const again = await signOn(sub);
    expect(again.user?.id).toBe(userId);
  });

  it('links an active user by verified address (audited as such)', async () => {
    const address = email();
    const userId = await insertUser(address, 'ACTIVE');
    const result = await signOn(idp.addPerson({ email: address, email_verified: true }));
    expect(result.user?.id).toBe(userId);
    const audit = await ownerQuery(server.dbUrl, 'SELECT action FROM audit_event WHERE entity_id = $1', [
      userId,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['user.sso-linked']);
  });

  it('creates a user in the organisation the KBO claim names (dots and spaces aside)', async () => {
    const address = email();
    const number = organisation.externalNumber.replace('-', '.');
    const sub = idp.addPerson({
      email: address,
      email_verified: true,
      given_name: 'Nieuwe',
      family_name: 'Collega',
      locale: 'en-GB',
      kbo_number: number,
    });
    const result = await signOn(sub);
    expect(result.errors).toEqual([]);
    expect(result.user).toMatchObject({
      email: address,
      status: 'ACTIVE',
      roles: ['MEMBER'],
      organisationId: organisation.id,
    });
    const audit = await ownerQuery(
      server.dbUrl,
      'SELECT action, organisation_id FROM audit_event WHERE entity_id = $1',
      [result.user?.id],
    );
    expect(audit).toEqual([{ action: 'user.sso-created', organisation_id: organisation.id }]);
  });
});

describe('refusals', () => {
  it('refuses an unknown person with a clear, localised message (no self-registration)', async () => {
    const sub = idp.addPerson({ email: email(), email_verified: true });
    const started = await begin();
    const callback = await idp.signIn(started.authorizationUrl, sub);
    const nl = await complete(callback, started);
    expect(nl.token).toBeNull();
    expect(nl.errors).toEqual([
      {
        field: null,
        code: 'SSO_UNKNOWN_USER',
        message: expect.stringContaining('U hebt nog geen toegang tot het e-loket'),
      },
    ]);
    const again = await begin();
    const en = await complete(await idp.signIn(again.authorizationUrl, sub), again, {
      'accept-language': 'en',
    });
    expect(en.errors[0]?.message).toContain('You do not have access to the e-loket yet');
  });

  it('does not match an address the issuer has not verified', async () => {
    const address = email();
    const userId = await insertUser(address, 'ACTIVE');
    const result = await signOn(idp.addPerson({ email: address, email_verified: false }));
    expect(result.errors.map((e) => e.code)).toEqual(['SSO_UNKNOWN_USER']);
    expect(await sessionsOf(userId)).toBe(0);
  });

  it('refuses a claim naming no organisation', async () => {
    const result = await signOn(idp.addPerson({ email: email(), email_verified: true, kbo_number: 'nope' }));
    expect(result.errors.map((e) => e.code)).toEqual(['SSO_UNKNOWN_USER']);
  });

  it('refuses a disabled user, found by address or by sub', async () => {
    const address = email();
    const userId = await insertUser(address, 'DISABLED');
    const byAddress = await signOn(idp.addPerson({ email: address, email_verified: true }));
    expect(byAddress.errors.map((e) => e.code)).toEqual(['SSO_ACCOUNT_DISABLED']);
    expect(byAddress.errors[0]?.message).toContain('Uw account in het e-loket is uitgeschakeld');

    const linkedAddress = email();
    const linkedId = await insertUser(linkedAddress, 'ACTIVE');
    const sub = idp.addPerson({ email: linkedAddress, email_verified: true });
    expect((await signOn(sub)).user?.id).toBe(linkedId);
    await ownerQuery(server.dbUrl, "UPDATE app_user SET status = 'DISABLED' WHERE id = $1", [linkedId]);
    const bySub = await signOn(sub);
    expect(bySub.errors.map((e) => e.code)).toEqual(['SSO_ACCOUNT_DISABLED']);
    expect(await sessionsOf(userId)).toBe(0);
    expect(await sessionsOf(linkedId)).toBe(1);
  });

  it('refuses a tampered state', async () => {
    const address = email();
    const userId = await insertUser(address, 'ACTIVE');
    const started = await begin();
    const callback = new URL(
      await idp.signIn(started.authorizationUrl, idp.addPerson({ email: address, email_verified: true })),
    );
    callback.searchParams.set('state', `${started.state}x`);
    const result = await complete(callback.href, started);
    expect(result.errors.map((e) => e.code)).toEqual(['SSO_FAILED']);
    expect(result.errors[0]?.message).toContain('De aanmelding kon niet worden bevestigd');
    expect(await sessionsOf(userId)).toBe(0);
  });

  it('refuses a tampered nonce and a wrong PKCE verifier', async () => {
    const address = email();
    const userId = await insertUser(address, 'ACTIVE');
    const sub = idp.addPerson({ email: address, email_verified: true });
    const started = await begin();
    const callback = await idp.signIn(started.authorizationUrl, sub);
    const nonce = await complete(callback, { ...started, nonce: `${started.nonce}x` });
    expect(nonce.errors.map((e) => e.code)).toEqual(['SSO_FAILED']);
    const other = await begin();
    const verifier = await complete(await idp.signIn(other.authorizationUrl, sub), {
      ...other,
      codeVerifier: (await begin()).codeVerifier,
    });
    expect(verifier.errors.map((e) => e.code)).toEqual(['SSO_FAILED']);
    expect(await sessionsOf(userId)).toBe(0);
  });

  it('refuses a replayed code', async () => {
    const address = email();
    const userId = await insertUser(address, 'ACTIVE');
    const started = await begin();
    const callback = await idp.signIn(
      started.authorizationUrl,
      idp.addPerson({ email: address, email_verified: true }),
    );
    expect((await complete(callback, started)).user?.id).toBe(userId);
    const replayed = await complete(callback, started);
    expect(replayed.errors.map((e) => e.code)).toEqual(['SSO_FAILED']);
    expect(await sessionsOf(userId)).toBe(1);
  });

  it('refuses an expired code', async () => {
    const address = email();
    const userId = await insertUser(address, 'ACTIVE');
    const sub = idp.addPerson({ email: address, email_verified: true }, { codeTtlSeconds: 1 });
    const started = await begin();
    const callback = await idp.signIn(started.authorizationUrl, sub);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const result = await complete(callback, started);
    expect(result.errors.map((e) => e.code)).toEqual(['SSO_FAILED']);
    expect(await sessionsOf(userId)).toBe(0);
  });

  it("refuses another issuer's answer (its code and iss for our state)", async () => {
    const other = await startTestIdp(CALLBACK, AFTER_LOGOUT);
    const address = email();
    const userId = await insertUser(address, 'ACTIVE');
    const started = await begin();
    // The same request, sent to the other issuer as its own client: the person signs in there.
    const forged = new URL(started.authorizationUrl.replace(idp.issuer, other.issuer));
    forged.searchParams.set('client_id', other.clientId);
    const callback = await other.signIn(
      forged.href,
      other.addPerson({ email: address, email_verified: true }),
    );
    expect(new URL(callback).searchParams.get('iss')).toBe(other.issuer);
    const result = await complete(callback, started);
    expect(result.errors.map((e) => e.code)).toEqual(['SSO_FAILED']);
    // Without its iss, the other issuer's code is refused by ours.
    const withoutIss = new URL(callback);
    withoutIss.searchParams.delete('iss');
    expect((await complete(withoutIss.href, started)).errors.map((e) => e.code)).toEqual(['SSO_FAILED']);
    expect(await sessionsOf(userId)).toBe(0);
  });

  it('refuses what is not an answer at all, with no 500', async () => {
    const started = await begin();
    for (const callbackUrl of [
      'not a url',
      `${TEST_PUBLIC_URL}/elsewhere?code=x&state=${started.state}`,
      `${CALLBACK}?error=access_denied&state=${started.state}&iss=${encodeURIComponent(idp.issuer)}`,
      `${CALLBACK}?code=made-up&state=${started.state}&iss=${encodeURIComponent(idp.issuer)}`,
      CALLBACK,
    ]) {
      const result = await complete(callbackUrl, started);
      expect(
        result.errors.map((e) => e.code),
        callbackUrl,
      ).toEqual(['SSO_FAILED']);
    }
    // Hostile input is refused at the edge (decision 0011), as field errors: still no 500.
    const hostile = await complete(`${CALLBACK}?code=${'x'.repeat(5000)}`, {
      ...started,
      codeVerifier: 'a\u0000b',
    });
    expect(hostile.token).toBeNull();
    expect(hostile.errors.map((e) => e.code).sort()).toEqual(['INVALID_CHARACTERS', 'TOO_LONG']);
  });
});

describe('logout', () => {
  it("gives the issuer's end-session address for a single sign-on session, none for a password one", async () => {
    const address = email();
    await insertUser(address, 'ACTIVE');
    const signedOn = await signOn(idp.addPerson({ email: address, email_verified: true }));
    const result = await gql(server.graphqlUrl, SIGN_OUT_URL, {}, { token: signedOn.token });
    const url = new URL(result.data?.singleSignOutUrl ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(AFTER_LOGOUT);
    expect(url.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    // The issuer accepts it (here without its own session cookie: straight on to its confirmation).
    const page = await fetch(url);
    expect(page.status).toBe(200);
    await expect(page.text()).resolves.toContain(`${idp.issuer}/session/end/confirm`);

    const passwordToken = await login(server.graphqlUrl, 'medewerker@delinde.example');
    const none = await gql(server.graphqlUrl, SIGN_OUT_URL, {}, { token: passwordToken });
    expect(none.data?.singleSignOutUrl).toBeNull();
  });
});

describe('password login switched off', () => {
  it('refuses the password and offers only the issuer', async () => {
    const closed = await startTestServer(ssoEnv(idp, { PASSWORD_LOGIN: 'false' }));
    const options = await gql(closed.graphqlUrl, LOGIN_OPTIONS, {});
    expect(options.data?.loginOptions).toEqual({ password: false, singleSignOn: { name: 'Test-IdP' } });
    const result = await gql(closed.graphqlUrl, LOGIN, {
      input: { email: 'medewerker@delinde.example', password: DEMO_PASSWORD },
    });
    expect(result.data?.login.token).toBeNull();
    expect(result.data?.login.errors.map((e) => e.code)).toEqual(['PASSWORD_LOGIN_DISABLED']);
  });
});
