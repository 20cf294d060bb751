// An open WebSocket keeps no rights of its own: each operation runs as the session's current viewer, and
// the socket closes (4403) when its user is demoted or deactivated, or its session expires. The session
// cookie counts only on a socket opened by a page of our own origin.
import type { Client } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TEST_PUBLIC_URL } from '../setup/test-env.js';
import { gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

type WsResult = { data?: Record<string, any> | null; errors?: Array<{ extensions?: { code?: string } }> };

/** One operation over `client`: its result, the errors of an `error` message, or the close that ended it. */
function wsRequest(client: Client, query: string, variables: Record<string, unknown> = {}) {
  return new Promise<WsResult | { closed: number }>((resolve) => {
    let result: WsResult = {};
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          result = value as WsResult;
        },
        error: (error) =>
          resolve(Array.isArray(error) ? { errors: error } : { closed: (error as { code: number }).code }),
        complete: () => resolve(result),
      },
    );
  });
}

/** A client on one socket that stays open; `closes` records how it closed. */
function openSocket(server: TestServer, token: string) {
  const closes: number[] = [];
  const client = wsClient(server.wsUrl, token, {
    lazy: false,
    // The close is what these tests wait for: recorded below, not reported as an error.
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        closes.push((event as { code: number }).code);
      },
    },
  });
  return { client, closes };
}

const ADD = `mutation($input: AddContactPersonInput!) {
  addContactPerson(input: $input) { errors { code } contactPerson { id } }
}`;

let server: TestServer;

beforeAll(async () => {
  // Sockets' sessions are swept every second here (60 s by default).
  server = await startTestServer({ WS_SESSION_CHECK_SECONDS: '1' });
});

describe('a WebSocket follows its session', () => {
  it('refuses the next mutation of a demoted ADMIN and closes the socket', async () => {
    const token = await login(server.graphqlUrl, 'beheerder@delinde.example');
    const themes = await gql(server.graphqlUrl, '{ myOrganisation { themes { id } } }', {}, { token });
    const themeIds = [themes.data?.myOrganisation.themes[0].id];
    const socket = openSocket(server, token);
    const input = (email: string) => ({ firstName: 'Ann', lastName: 'Wouters', email, themeIds });

    const before = await wsRequest(socket.client, ADD, { input: input('ann.voor@delinde.example') });
    expect(before).toMatchObject({
      data: { addContactPerson: { errors: [], contactPerson: { id: expect.any(String) } } },
    });

    await ownerQuery(
      server.dbUrl,
      `UPDATE app_user SET roles = '{MEMBER}' WHERE email = 'beheerder@delinde.example'`,
    );
    const after = await wsRequest(socket.client, ADD, { input: input('ann.na@delinde.example') });
    expect('data' in after && after.data?.addContactPerson).toBeFalsy();
    // Refused on the open socket, or — when the role change's event closed it first — on a new one.
    await expect.poll(() => socket.closes[0]).toBe(4403);
    const saved = await ownerQuery(
      server.dbUrl,
      `SELECT 1 FROM contact_person WHERE email = 'ann.na@delinde.example'`,
    );
    expect(saved).toEqual([]);
    await socket.client.dispose();
  });

  it('closes the socket of a deactivated user', async () => {
    const token = await login(server.graphqlUrl, 'medewerker@delinde.example');
    const socket = openSocket(server, token);
    expect(await wsRequest(socket.client, '{ me { email } }')).toEqual({
      data: { me: { email: 'medewerker@delinde.example' } },
    });
    await ownerQuery(
      server.dbUrl,
      `UPDATE app_user SET status = 'DISABLED' WHERE email = 'medewerker@delinde.example'`,
    );
    await expect.poll(() => socket.closes).toEqual([4403]);
    await socket.client.dispose();
  });

  it('closes the socket of a session past its expiry, without any operation', async () => {
    const token = await login(server.graphqlUrl, 'medewerkerplus@delinde.example');
    const socket = openSocket(server, token);
    expect(await wsRequest(socket.client, '{ me { email } }')).toEqual({
      data: { me: { email: 'medewerkerplus@delinde.example' } },
    });
    await ownerQuery(
      server.dbUrl,
      `UPDATE user_session SET expires_at = now() - interval '1 second'
        WHERE user_id = (SELECT id FROM app_user WHERE email = 'medewerkerplus@delinde.example')`,
    );
    await expect.poll(() => socket.closes, { timeout: 5000 }).toEqual([4403]);
    await socket.client.dispose();
  });
});

describe('the session cookie over the WebSocket', () => {
  /** A client whose upgrade request carries `headers` (as a browser's would: Origin, Cookie). */
  const clientWith = (headers: Record<string, string>, token?: string) =>
    wsClient(server.wsUrl, token, {
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers });
        }
      },
    });

  it('refuses the cookie from a foreign origin, accepts it from PUBLIC_URL and from non-browser clients', async () => {
    const token = await login(server.graphqlUrl, 'medewerkerplus@zonnebloem.example');
    const cookie = `loket_session=${token}`;
    const me = { data: { me: { email: 'medewerkerplus@zonnebloem.example' } } };

    const foreign = clientWith({ cookie, origin: 'https://evil.example' });
    expect(await wsRequest(foreign, '{ me { email } }')).toEqual({ closed: 4403 });
    await foreign.dispose();

    const ours = clientWith({ cookie, origin: new URL(TEST_PUBLIC_URL).origin });
    expect(await wsRequest(ours, '{ me { email } }')).toEqual(me);
    await ours.dispose();

    const noBrowser = clientWith({ cookie });
    expect(await wsRequest(noBrowser, '{ me { email } }')).toEqual(me);
    await noBrowser.dispose();

    // A token in connection_init is not sent by the browser on its own: any origin may use it.
    const explicit = clientWith({ origin: 'https://evil.example' }, token);
    expect(await wsRequest(explicit, '{ me { email } }')).toEqual(me);
    await explicit.dispose();
  });
});
