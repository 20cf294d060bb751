// Ending every other session after a password change or reset: over HTTP at once (not after the session
// cache's seconds) and over an open WebSocket (closed 4403), with the real session ids in the event.
import type { Client } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { graphql } from '../graphql/generated/gql.js';
import { collect, gql, login, wsClient } from '../utils/graphql.js';
import { linkIn, outbox, tokenOf } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
});

const ME = graphql(`query RevocationMe { me { email } }`);
const MY_SESSIONS = graphql(`query RevocationMySessions { mySessions { id current } }`);

async function sessionIdOf(token: string): Promise<string> {
  const list = await gql(url, MY_SESSIONS, {}, { token });
  const sessions = list.data?.mySessions ?? [];
  const current = sessions.find((s) => s.current);
  if (!current) throw new Error('no current session');
  return current.id;
}

/** An open, authenticated socket of `token`'s session, and the close code it ends with. */
async function openSocket(token: string): Promise<{ client: Client; closed: Promise<number> }> {
  let resolveClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => {
    resolveClosed = resolve;
  });
  // Not lazy: the socket stays open without an operation, as a browser tab's does. Its end is reported
  // to onNonLazyError (which would otherwise log it).
  const client = wsClient(server.wsUrl, token, {
    lazy: false,
    onNonLazyError: (event) => resolveClosed((event as { code: number }).code),
  });
  await new Promise<void>((resolve) => client.on('connected', () => resolve()));
  // The socket works: a query over it answers.
  const answer = await new Promise<unknown>((resolve, reject) => {
    client.subscribe({ query: ME.toString() }, { next: resolve, error: reject, complete: () => undefined });
  });
  expect(answer).toEqual({ data: { me: { email: expect.any(String) } } });
  return { client, closed };
}

function withinSecond<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('not within 1 s')), 1_000)),
  ]);
}

describe('revocation after a password change', () => {
  it('ends the other sessions on their next request and closes their sockets; the event names them', async () => {
    const email = 'medewerker@delinde.example';
    const kept = await login(url, email);
    const other = await login(url, email);
    const otherId = await sessionIdOf(other);
    // The other session is now in the server's session cache (5 s): revocation must drop it there too.
    expect((await gql(url, ME, {}, { token: other })).data?.me).toEqual({ email });
    const socket = await openSocket(other);
    const revokedEvents = wsClient(server.wsUrl, kept);
    const listening = server.app.pubsub.subscriberCount;
    const events = collect(
      revokedEvents,
      graphql(`subscription RevocationMySessionRevoked { mySessionRevoked }`),
    );
    await waitUntil(() => server.app.pubsub.subscriberCount > listening);

    const changed = await gql(
      url,
      graphql(
        `mutation RevocationChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { ok errors { code } } }`,
      ),
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'Ander-wachtwoord-7' } },
      { token: kept },
    );
    expect(changed.data?.changePassword).toEqual({ ok: true, errors: [] });

    expect((await gql(url, ME, {}, { token: other })).data?.me).toBeNull();
    expect((await gql(url, ME, {}, { token: kept })).data?.me).toEqual({ email });
    expect(await withinSecond(socket.closed)).toBe(4403);
    expect(await events.next()).toEqual({ data: { mySessionRevoked: otherId } });
    events.dispose();
    await revokedEvents.dispose();
  });
});

describe('revocation after a password reset', () => {
  it('ends every session of the account on its next request and closes its sockets', async () => {
    const email = 'medewerkerplus@zonnebloem.example';
    const session = await login(url, email);
    expect((await gql(url, ME, {}, { token: session })).data?.me).toEqual({ email });
    const socket = await openSocket(session);

    await gql(
      url,
      graphql(
        `mutation RevocationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }`,
      ),
      { email },
    );
    const mail = (await outbox(server.dbUrl, email)).at(-1);
    if (!mail) throw new Error('no reset mail');
    const token = tokenOf(linkIn(mail, 'http://loket.test/reset-password'));
    const reset = await gql(
      url,
      graphql(
        `mutation RevocationResetPassword($input: TokenPasswordInput!) { resetPassword(input: $input) { ok } }`,
      ),
      { input: { token, password: 'Hersteld-wachtwoord-8' } },
    );
    expect(reset.data?.resetPassword.ok).toBe(true);

    expect((await gql(url, ME, {}, { token: session })).data?.me).toBeNull();
    expect(await withinSecond(socket.closed)).toBe(4403);
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error('condition not met within 2 s');
}
