// What docs/decisions/0006 relies on: subscribers share an event's execution only when their answers
// cannot differ (same organisation or staff, roles, language, and no personal field selected), and the
// in-process caches (sessions, the department's themes and teams) follow every change at once, on every
// instance, through the change events. Every test writes in an organisation (and a theme) of its own.
import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryCounter } from '../../server/src/db/query-counter.js';
import { graphql } from '../graphql/generated/gql.js';
import type { TypedDocumentString } from '../graphql/generated/graphql.js';
import { createContact, createOrganisation, createUser, type TestUser, unique } from '../utils/factories.js';
import { collectLive, disposeLive, errorCode, gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { key, SEND, STAFF_SEND, themeId } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let other: TestServer;
let url: string;
let agents: string[];

beforeAll(async () => {
  server = await startTestServer();
  other = await startTestServer({}, { databaseUrl: server.dbUrl });
  url = server.graphqlUrl;
  // Three agents: the same scope (staff), roles and language, so one group.
  agents = await Promise.all(
    ['an.peeters@zorg.example', 'bart.desmet@zorg.example', 'chloe.maes@zorg.example'].map((e) =>
      login(url, e),
    ),
  );
});

/** An organisation of the test's own: ADMIN, MEMBER and MEMBER_PLUS, a contact for Personeel and Erkenning. */
async function tenant() {
  const organisation = await createOrganisation(server);
  const [admin, member, plus] = await Promise.all([
    createUser(server, organisation, { roles: ['ADMIN'] }),
    createUser(server, organisation),
    createUser(server, organisation, { roles: ['MEMBER_PLUS'] }),
  ]);
  await createContact(server, admin, ['PER', 'ERK']);
  return { organisation, admin, member, plus };
}

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
async function live<TResult>(sockets: Client[], query: TypedDocumentString<TResult, Record<string, never>>) {
  const streams = [];
  for (const socket of sockets) streams.push(await collectLive(server, socket, query));
  return streams;
}

const sendAs = (user: TestUser, title: string, theme = 'PER') =>
  gql(
    url,
    SEND,
    { input: { clientKey: key(), themeId: themeId(theme), title, body: 'Beste, een vraag.' } },
    { token: user.token },
  );

describe('subscription fan-out', () => {
  it('gives every subscriber its own read state and language, whatever is shared', async () => {
    const { admin, member, plus } = await tenant();
    const english = await gql(
      url,
      graphql(`
        mutation FanoutSetLanguage {
          setLanguage(language: en) { errors { code } }
        }
      `),
      {},
      { token: plus.token },
    );
    expect(english.data?.setLanguage.errors).toEqual([]);
    const QUERY = graphql(`
      subscription FanoutReadAndLanguage {
        messageAdded { title read theme { name } }
      }
    `);
    const sockets = [member.token, admin.token, plus.token, agents[0]].map((token) =>
      wsClient(server.wsUrl, token),
    );
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
    const { organisation } = await tenant();
    const sockets = agents.map((token) => wsClient(server.wsUrl, token));
    const [an, bart, chloe] = await live(
      sockets,
      graphql(`
        subscription FanoutPersonalField {
          messageAdded { title read }
        }
      `),
    );
    const sent = await gql(
      url,
      STAFF_SEND,
      {
        input: {
          clientKey: key(),
          organisationId: organisation.id,
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
    const { member } = await tenant();
    const counter = server.app.dataSource.logger as QueryCounter;
    const QUERY = graphql(`
      subscription FanoutGroup {
        messageAdded { title theme { name } author { lastName } }
      }
    `);
    const statementsFor = async (subscribers: number, title: string) => {
      const sockets = Array.from({ length: subscribers }, (_, i) =>
        wsClient(server.wsUrl, agents[i % agents.length]),
      );
      const streams = await live(sockets, QUERY);
      const before = counter.total;
      await sendAs(member, title, 'ERK');
      for (const stream of streams) expect((await stream.next()).data?.messageAdded.title).toBe(title);
      const used = counter.total - before;
      await disposeLive(server, sockets);
      return used;
    };
    // The first event of a server fills caches (the organisation's author, for one) that later ones reuse.
    await statementsFor(1, 'Opwarmen');
    const one = await statementsFor(1, 'Eén luisteraar');
    const eight = await statementsFor(8, 'Acht luisteraars');
    expect(eight).toBe(one);
  });
});

describe('in-process caches', () => {
  it('a new role counts at once, on this instance and the other', async () => {
    const { organisation, admin } = await tenant();
    const { id: userId, token: colleague } = await createUser(server, organisation);
    // Not a user's id: an ADMIN is told NOT_FOUND, anyone else FORBIDDEN.
    const adminOnly = (on: TestServer) =>
      gql(
        on.graphqlUrl,
        graphql(`
          mutation FanoutResendInvitation($id: ID!) {
            resendInvitation(userId: $id) { id }
          }
        `),
        { id: organisation.id },
        { token: colleague },
      );
    // Both instances have the session cached as a MEMBER.
    expect(errorCode(await adminOnly(server))).toBe('FORBIDDEN');
    expect(errorCode(await adminOnly(other))).toBe('FORBIDDEN');

    const SET = graphql(`
      mutation FanoutChangeUserRole($input: ChangeUserRoleInput!) {
        changeUserRole(input: $input) { errors { code } }
      }
    `);
    await gql(
      url,
      SET,
      { input: { userId, role: 'ADMIN', currentPassword: admin.password } },
      { token: admin.token },
    );
    // Well within the cache's 5 s: the change event dropped the cached sessions.
    for (const on of [server, other])
      expect(await within(1000, async () => errorCode(await adminOnly(on)) === 'NOT_FOUND')).toBeLessThan(
        1000,
      );

    await gql(
      url,
      SET,
      { input: { userId, role: 'MEMBER', currentPassword: admin.password } },
      { token: admin.token },
    );
    for (const on of [server, other])
      expect(await within(1000, async () => errorCode(await adminOnly(on)) === 'FORBIDDEN')).toBeLessThan(
        1000,
      );
  });

  it('a revoked session is refused at once on every instance', async () => {
    const { plus } = await tenant();
    const token = await login(url, plus.email);
    const me = (on: TestServer) =>
      gql(
        on.graphqlUrl,
        graphql(`
          query FanoutMe {
            me { email }
          }
        `),
        {},
        { token },
      );
    expect((await me(other)).data?.me?.email).toBe(plus.email);
    await gql(
      url,
      graphql(`
        mutation FanoutLogout {
          logout
        }
      `),
      {},
      { token },
    );
    expect((await me(server)).data?.me).toBeNull();
    await within(1000, async () => (await me(other)).data?.me === null);
  });

  it('a new, then renamed theme or team shows at once', async () => {
    const { member } = await tenant();
    // A theme and team of the test's own: the demo ones are what the other tests send on.
    const code = `T${unique()}`;
    const [teamId, themeId] = [randomUUID(), randomUUID()];
    const names = async (on: TestServer) => {
      const result = await gql(
        on.graphqlUrl,
        graphql(`
          query FanoutThemes {
            themes { code name team { nameNl } }
          }
        `),
        {},
        { token: member.token },
      );
      const theme = result.data?.themes.find((t) => t.code === code);
      return theme && `${theme.name} (${theme.team.nameNl})`;
    };
    await ownerQuery(
      server.dbUrl,
      `INSERT INTO team (id, name_nl, name_en) VALUES ($1, 'Team Nieuw', 'Team New')`,
      [teamId],
    );
    await ownerQuery(
      server.dbUrl,
      `INSERT INTO theme (id, code, name_nl, name_en, team_id) VALUES ($1, $2, 'Nieuw', 'New', $3)`,
      [themeId, code, teamId],
    );
    for (const on of [server, other])
      await within(1000, async () => (await names(on)) === 'Nieuw (Team Nieuw)');
    await ownerQuery(server.dbUrl, `UPDATE theme SET name_nl = 'Hernoemd' WHERE id = $1`, [themeId]);
    await ownerQuery(server.dbUrl, `UPDATE team SET name_nl = 'Team Hernoemd' WHERE id = $1`, [teamId]);
    for (const on of [server, other])
      await within(1000, async () => (await names(on)) === 'Hernoemd (Team Hernoemd)');
  });

  it('a renamed staff member shows at once', async () => {
    const { member } = await tenant();
    const handlers = async (on: TestServer) => {
      const result = await gql(
        on.graphqlUrl,
        graphql(`
          query FanoutHandlers {
            teams { handlers { email firstName } }
          }
        `),
        {},
        { token: member.token },
      );
      return result.data?.teams.flatMap((t) => t.handlers).find((h) => h.email === 'an.peeters@zorg.example')
        ?.firstName;
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
