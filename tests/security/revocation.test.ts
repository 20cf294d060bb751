// Revocation on every transport: after a password reset, a password change, a role change, a deactivation
// and expiry, every other session fails on its next HTTP request (even one the server has just cached) and
// its open WebSocket closes within a second.
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { linkIn, outbox, ownerQuery, tokenOf } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { wsExecute } from '../utils/ws-result.js';

const CLOSE_WITHIN_MS = 1_000;
const clients: Client[] = [];
afterAll(async () => {
  for (const client of clients) await client.dispose();
});

interface OpenSocket {
  client: Client;
  closed: { code: number; at: number } | undefined;
}

/** A connected socket with a live subscription, recording when and how it closes. */
async function openSocket(server: TestServer, token: string): Promise<OpenSocket> {
  const socket: OpenSocket = { client: undefined as unknown as Client, closed: undefined };
  const connected = new Promise<void>((resolve, reject) => {
    socket.client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authToken: token },
      retryAttempts: 0,
      lazy: false,
      // The close is what these tests wait for: recorded below, not an error to print.
      onNonLazyError: () => undefined,
      on: {
        connected: () => resolve(),
        closed: (event) => {
          socket.closed ??= { code: (event as { code: number }).code, at: Date.now() };
          reject(new Error(`socket closed before connecting: ${(event as { code: number }).code}`));
        },
      },
    });
  });
  clients.push(socket.client);
  socket.client.subscribe(
    { query: 'subscription { messageCountsChanged { inbound } }' },
    { next: () => undefined, error: () => undefined, complete: () => undefined },
  );
  await connected;
  return socket;
}

/** Polls until the socket closed or `limitMs` after `since` passed; returns how long it took. */
async function closesWithin(socket: OpenSocket, since: number, limitMs = CLOSE_WITHIN_MS) {
  while (!socket.closed && Date.now() - since <= limitMs) await new Promise((r) => setTimeout(r, 20));
  return socket.closed ? { code: socket.closed.code, afterMs: socket.closed.at - since } : undefined;
}

const PROTECTED = '{ mySessions { id } }';

/** Uses the session over HTTP so that the server caches it: a revocation must drop that cache too. */
async function warm(server: TestServer, token: string) {
  const answer = await gql(server.graphqlUrl, PROTECTED, {}, { token });
  expect(answer.errors).toBeUndefined();
}

describe('with the default session lifetime', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });

  it('a password reset ends every session of the account (defect 1)', async () => {
    const email = 'medewerker@delinde.example';
    const http = await login(server.graphqlUrl, email);
    const socket = await openSocket(server, await login(server.graphqlUrl, email));
    await warm(server, http);
    await gql(server.graphqlUrl, 'mutation($e: String!) { requestPasswordReset(email: $e) }', { e: email });
    const mail = (await outbox(server.dbUrl, email)).at(-1);
    if (!mail) throw new Error('no reset mail');
    const token = tokenOf(linkIn(mail, 'http://loket.test/reset-password?token='));
    const reset = await gql(
      server.graphqlUrl,
      'mutation($input: TokenPasswordInput!) { resetPassword(input: $input) { ok } }',
      { input: { token, password: 'Hersteld-wachtwoord-1' } },
    );
    const at = Date.now();
    expect(reset.data?.resetPassword.ok).toBe(true);
    expect(errorCode(await gql(server.graphqlUrl, PROTECTED, {}, { token: http }))).toBe('UNAUTHENTICATED');
    expect(await closesWithin(socket, at)).toMatchObject({ code: 4403 });
  });

  it('a password change ends every other session, and keeps the one that changed it (defect 1)', async () => {
    const email = 'medewerkerplus@delinde.example';
    const changer = await login(server.graphqlUrl, email);
    const http = await login(server.graphqlUrl, email);
    const socket = await openSocket(server, await login(server.graphqlUrl, email));
    await warm(server, http);
    const changed = await gql(
      server.graphqlUrl,
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok } }',
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'Gewijzigd-wachtwoord-2' } },
      { token: changer },
    );
    const at = Date.now();
    expect(changed.data?.changePassword.ok).toBe(true);
    expect(errorCode(await gql(server.graphqlUrl, PROTECTED, {}, { token: http }))).toBe('UNAUTHENTICATED');
    expect(await closesWithin(socket, at)).toMatchObject({ code: 4403 });
    expect((await gql(server.graphqlUrl, PROTECTED, {}, { token: changer })).errors).toBeUndefined();
  });

  it("a demoted ADMIN loses the ADMIN's rights at once, and its socket closes (defect 2)", async () => {
    const admin = await login(server.graphqlUrl, 'beheerder@zonnebloem.example');
    const colleague = '00000000-0000-4000-8000-000000000413'; // medewerkerplus@zonnebloem.example
    const SET_ROLES =
      'mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { errors { code } } }';
    const promoted = await gql(
      server.graphqlUrl,
      SET_ROLES,
      { input: { userId: colleague, role: 'ADMIN', currentPassword: DEMO_PASSWORD } },
      { token: admin },
    );
    expect(promoted.data?.changeUserRole.errors).toEqual([]);
    const http = await login(server.graphqlUrl, 'medewerkerplus@zonnebloem.example');
    const socket = await openSocket(
      server,
      await login(server.graphqlUrl, 'medewerkerplus@zonnebloem.example'),
    );
    const HISTORY = `{ organisationHistory(organisationId: "00000000-0000-4000-8000-000000000302", first: 1) { totalCount } }`;
    expect((await gql(server.graphqlUrl, HISTORY, {}, { token: http })).errors).toBeUndefined();
    const demoted = await gql(
      server.graphqlUrl,
      SET_ROLES,
      { input: { userId: colleague, role: 'MEMBER', currentPassword: DEMO_PASSWORD } },
      { token: admin },
    );
    const at = Date.now();
    expect(demoted.data?.changeUserRole.errors).toEqual([]);
    // The open socket is checked per operation: refused, or already closed.
    const overSocket = await wsExecute(socket.client, HISTORY);
    expect('closed' in overSocket || overSocket.errors?.[0]?.extensions?.code === 'FORBIDDEN').toBe(true);
    expect(errorCode(await gql(server.graphqlUrl, HISTORY, {}, { token: http }))).toBe('FORBIDDEN');
    expect(await closesWithin(socket, at)).toMatchObject({ code: 4403 });
  });

  it('revoking one of your sessions ends it at once on both transports', async () => {
    const email = 'beheerder@delinde.example';
    const keeper = await login(server.graphqlUrl, email);
    const victim = await login(server.graphqlUrl, email);
    const socket = await openSocket(server, victim);
    await warm(server, victim);
    const sessions = await gql(server.graphqlUrl, '{ mySessions { id current } }', {}, { token: victim });
    const victimId = (sessions.data?.mySessions ?? []).find((x: { current: boolean }) => x.current)?.id;
    const revoked = await gql(
      server.graphqlUrl,
      'mutation($id: ID!) { revokeSession(id: $id) }',
      { id: victimId },
      { token: keeper },
    );
    const at = Date.now();
    expect(revoked.data?.revokeSession).toBe(true);
    expect(errorCode(await gql(server.graphqlUrl, PROTECTED, {}, { token: victim }))).toBe('UNAUTHENTICATED');
    expect(await closesWithin(socket, at)).toMatchObject({ code: 4403 });
    expect((await gql(server.graphqlUrl, PROTECTED, {}, { token: keeper })).errors).toBeUndefined();
  });

  it('a deactivated user (status DISABLED, written in SQL) loses every session at once (defect 2)', async () => {
    const email = 'medewerker@zonnebloem.example';
    const http = await login(server.graphqlUrl, email);
    const socket = await openSocket(server, await login(server.graphqlUrl, email));
    await warm(server, http);
    await ownerQuery(server.dbUrl, `UPDATE app_user SET status = 'DISABLED' WHERE email = $1`, [email]);
    const at = Date.now();
    expect(errorCode(await gql(server.graphqlUrl, PROTECTED, {}, { token: http }))).toBe('UNAUTHENTICATED');
    expect(await closesWithin(socket, at)).toMatchObject({ code: 4403 });
  });
});

describe('with sessions that expire after a few seconds', () => {
  const TTL_SECONDS = 4;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ SESSION_TTL_HOURS: String(TTL_SECONDS / 3600) });
  });

  it('an expired session fails over HTTP and its socket closes (defect 2)', async () => {
    const result = await gql(
      server.graphqlUrl,
      'mutation($input: LoginInput!) { login(input: $input) { token expiresAt } }',
      { input: { email: 'beheerder@delinde.example', password: DEMO_PASSWORD } },
    );
    const { token, expiresAt } = (result.data?.login ?? {}) as { token: string; expiresAt: string };
    const socket = await openSocket(server, token);
    await warm(server, token);
    const expiry = Date.parse(expiresAt);
    // Keep using it until it expires, so that a cached viewer would outlive it.
    while (Date.now() < expiry - 300) {
      await gql(server.graphqlUrl, PROTECTED, {}, { token });
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, Math.max(0, expiry - Date.now() + 20)));
    expect(errorCode(await gql(server.graphqlUrl, PROTECTED, {}, { token }))).toBe('UNAUTHENTICATED');
    const overSocket = await wsExecute(socket.client, PROTECTED);
    expect('closed' in overSocket || overSocket.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED').toBe(
      true,
    );
    expect(await closesWithin(socket, expiry)).toMatchObject({ code: 4403 });
  });
});
