// What docs/decisions/0006 relies on: subscribers share an event's execution only when their answers
// cannot differ (same organisation or staff, roles, language, and no personal field selected), and the
// in-process caches (sessions, the department's themes and teams) follow every change at once, on every
// instance, through the change events.
import type { Client } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryCounter } from '../../server/src/db/query-counter.js';
import { DEMO_ORGANISATIONS } from '../../server/src/seed/demo.js';
import { collectLive, disposeLive, errorCode, gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { addConfirmedContact, key, SEND, STAFF_SEND, themeId } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const linde = DEMO_ORGANISATIONS[0] as { id: string };
let server: TestServer;
let other: TestServer;
let url: string;
let admin: string;
let member: string;
let plus: string;
let staff: string;
let agents: string[];

beforeAll(async () => {
  server = await startTestServer();
  other = await startTestServer({}, { databaseUrl: server.dbUrl });
  url = server.graphqlUrl;
  [admin, member, plus, staff] = await Promise.all([
    login(url, 'beheerder@delinde.example'),
    login(url, 'medewerker@delinde.example'),
    login(url, 'medewerkerplus@delinde.example'),
    login(url, 'an.peeters@zorg.example'),
  ]);
  // Three agents: the same scope (staff), roles and language, so one group.
  agents = await Promise.all(
    ['an.peeters@zorg.example', 'bart.desmet@zorg.example', 'chloe.maes@zorg.example'].map((e) =>
      login(url, e),
    ),
  );
  await addConfirmedContact(url, server.dbUrl, admin, {
    firstName: 'Jan',
    lastName: 'Janssens',
    email: 'jan.janssens@delinde.example',
    themes: ['PER', 'ERK'],
  });
});

/** Polls `probe` every 20 ms until it answers true; fails after `ms`. */
async function within(ms: number, probe: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (!(await probe())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

/** One live subscription per socket, started one after another (each waits for the server to listen). */
async function live(sockets: Client[], query: string) {
  const streams = [];
  for (const socket of sockets) streams.push(await collectLive(server, socket, query));
  return streams;
}

const sendAs = (token: string, title: string, theme = 'PER') =>
  gql(
    url,
    SEND,
    { input: { clientKey: key(), themeId: themeId(theme), title, body: 'Beste, een vraag.' } },
    { token },
  );

describe('subscription fan-out', () => {
  it('gives every subscriber its own read state and language, whatever is shared', async () => {
    const english = await gql(
      url,
      'mutation { setLanguage(language: en) { errors { code } } }',
      {},
      { token: plus },
    );
    expect(english.data?.setLanguage.errors).toEqual([]);
    const QUERY = 'subscription { messageAdded { title read theme { name } } }';
    const sockets = [member, admin, plus, staff].map((token) => wsClient(server.wsUrl, token));
    const [author, colleague, englishColleague, department] = await live(sockets, QUERY);

    const sent = await sendAs(member, 'Vraag over de personeelsinzet');
    expect(sent.data?.sendMessage.errors).toEqual([]);
    // Your own message is read for you; the others' read state is theirs; names in each one's language.
    const expected = (read: boolean, name: string) => ({
      data: { messageAdded: { title: 'Vraag over de personeelsinzet', read, theme: { name } } },
    });
    expect(await author?.next()).toEqual(expected(true, 'Personeel'));
    expect(await colleague?.next()).toEqual(expected(false, 'Personeel'));
    expect(await englishColleague?.next()).toEqual(expected(false, 'Staff'));
    expect(await department?.next()).toEqual(expected(false, 'Personeel'));
    await disposeLive(server, sockets);
  });

  it('never shares a personal field between users of one scope, roles and language', async () => {
    // Three agents: one group, but `read` is personal, so each executes for itself.
    const sockets = agents.map((token) => wsClient(server.wsUrl, token));
    const [an, bart, chloe] = await live(sockets, 'subscription { messageAdded { title read } }');
    const sent = await gql(
      url,
      STAFF_SEND,
      {
        input: {
          clientKey: key(),
          organisationId: linde.id,
          themeId: themeId('ERK'),
          title: 'Uw erkenning',
          body: 'Beste, uw dossier is volledig.',
        },
      },
      { token: agents[0] },
    );
    expect(sent.data?.sendMessageToOrganisation.errors).toEqual([]);
    const expected = (read: boolean) => ({ data: { messageAdded: { title: 'Uw erkenning', read } } });
    expect(await an?.next()).toEqual(expected(true));
    expect(await bart?.next()).toEqual(expected(false));
    expect(await chloe?.next()).toEqual(expected(false));
    await disposeLive(server, sockets);
  });

  it('executes an event once for a whole group of subscribers (several users of one scope)', async () => {
    const counter = server.app.dataSource.logger as QueryCounter;
    const QUERY = 'subscription { messageAdded { title theme { name } author { lastName } } }';
    const statementsFor = async (subscribers: number, title: string) => {
      const sockets = Array.from({ length: subscribers }, (_, i) =>
        wsClient(server.wsUrl, agents[i % agents.length]),
      );
      const streams = await live(sockets, QUERY);
      const before = counter.total;
      await sendAs(member, title, 'ERK');
      for (const stream of streams) expect((await stream.next()).data.messageAdded.title).toBe(title);
      const used = counter.total - before;
      await disposeLive(server, sockets);
      return used;
    };
    const one = await statementsFor(1, 'Eén luisteraar');
    const eight = await statementsFor(8, 'Acht luisteraars');
    expect(eight).toBe(one);
  });
});

describe('in-process caches', () => {
  it('a new role counts at once, on this instance and the other', async () => {
    const colleague = await login(url, 'medewerker@delinde.example');
    const me = await gql(url, '{ me { id } }', {}, { token: colleague });
    const userId = me.data?.me.id as string;
    const adminOnly = (on: TestServer) =>
      gql(
        on.graphqlUrl,
        'mutation($id: ID!) { resendInvitation(userId: $id) { id } }',
        { id: linde.id },
        { token: colleague },
      );
    // Both instances have the session cached as a MEMBER.
    expect(errorCode(await adminOnly(server))).toBe('FORBIDDEN');
    expect(errorCode(await adminOnly(other))).toBe('FORBIDDEN');

    const SET = 'mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { errors { code } } }';
    await gql(url, SET, { input: { userId, roles: ['MEMBER', 'ADMIN'] } }, { token: admin });
    // Well within the cache's 5 s: the change event dropped the cached sessions.
    for (const on of [server, other])
      expect(await within(1000, async () => errorCode(await adminOnly(on)) === 'NOT_FOUND')).toBeLessThan(
        1000,
      );

    await gql(url, SET, { input: { userId, roles: ['MEMBER'] } }, { token: admin });
    for (const on of [server, other])
      expect(await within(1000, async () => errorCode(await adminOnly(on)) === 'FORBIDDEN')).toBeLessThan(
        1000,
      );
  });

  it('a revoked session is refused at once on every instance', async () => {
    const token = await login(url, 'medewerkerplus@delinde.example');
    const me = (on: TestServer) => gql(on.graphqlUrl, '{ me { email } }', {}, { token });
    expect((await me(other)).data?.me.email).toBe('medewerkerplus@delinde.example');
    await gql(url, 'mutation { logout }', {}, { token });
    expect((await me(server)).data?.me).toBeNull();
    await within(1000, async () => (await me(other)).data?.me === null);
  });

  it('a renamed theme or team shows at once', async () => {
    const names = async (on: TestServer) => {
      const result = await gql(
        on.graphqlUrl,
        '{ themes { code name team { nameNl } } }',
        {},
        { token: member },
      );
      return result.data?.themes as Array<{ code: string; name: string; team: { nameNl: string } }>;
    };
    expect((await names(server)).find((t) => t.code === 'PER')?.name).toBe('Personeel');
    expect((await names(other)).find((t) => t.code === 'PER')?.name).toBe('Personeel');
    await ownerQuery(server.dbUrl, `UPDATE theme SET name_nl = 'Personeelszaken' WHERE code = 'PER'`);
    await ownerQuery(server.dbUrl, `UPDATE team SET name_nl = 'Team HR' WHERE name_nl = 'Team Personeel'`);
    for (const on of [server, other]) {
      await within(1000, async () => {
        const per = (await names(on)).find((t) => t.code === 'PER');
        return per?.name === 'Personeelszaken' && per.team.nameNl === 'Team HR';
      });
    }
  });

  it('a renamed staff member shows at once', async () => {
    const handlers = async (on: TestServer) => {
      const result = await gql(
        on.graphqlUrl,
        '{ teams { handlers { email firstName } } }',
        {},
        { token: member },
      );
      const teams = result.data?.teams as Array<{ handlers: Array<{ email: string; firstName: string }> }>;
      return teams.flatMap((t) => t.handlers).find((h) => h.email === 'an.peeters@zorg.example')?.firstName;
    };
    expect(await handlers(server)).toBe('An');
    expect(await handlers(other)).toBe('An');
    await ownerQuery(
      server.dbUrl,
      `UPDATE app_user SET first_name = 'Anna' WHERE email = 'an.peeters@zorg.example'`,
    );
    for (const on of [server, other]) await within(1000, async () => (await handlers(on)) === 'Anna');
  });
});
