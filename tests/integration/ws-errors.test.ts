// The WebSocket path under the rules of HTTP: errors masked by the same formatter (no internals, always an
// `extensions.code`), unexpected ones logged once with the operation's request id, and in production the
// same refusals of introspection and field suggestions as over HTTP.
import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import type { Client } from 'graphql-ws';
import { pino } from 'pino';
import { buildSchema, Query, Resolver, Subscription } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { authChecker } from '../../server/src/graphql/auth-checker.js';
import { resolvers } from '../../server/src/graphql/schema.js';
import { startGraphqlWs } from '../../server/src/graphql/ws.js';
import { gql, login, wsClient } from '../utils/graphql.js';
import { startTestServer, type TestServer } from '../utils/server.js';

type WsResult = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};

/** One operation over `client`: its first result, or the errors of an `error` message. */
function wsRequest(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<WsResult> {
  return new Promise((resolve, reject) => {
    let result: WsResult | undefined;
    const dispose = client.subscribe<Record<string, unknown>>(
      { query, variables },
      {
        next: (value) => {
          result = value as WsResult;
          // A subscription: its first event is the answer.
          if (query.trimStart().startsWith('subscription')) {
            dispose();
            resolve(result);
          }
        },
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => resolve(result ?? {}),
      },
    );
  });
}

const SECRET = 'relation "secret_table" does not exist at 10.0.0.5:5432';

// A resolver that fails the way a bug or an outage does; only this test's schema has it.
@Resolver()
class FailingResolver {
  @Query(() => String)
  failing(): string {
    throw new Error(SECRET);
  }

  @Subscription(() => String, {
    subscribe: async function* () {
      yield 'event';
    },
  })
  failingEvents(): string {
    throw new Error(SECRET);
  }
}

let server: TestServer;
let wsUrl: string;
const logLines: Array<Record<string, unknown>> = [];
const stops: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  server = await startTestServer();
  const schema: GraphQLSchema = await buildSchema({
    resolvers: [...resolvers, FailingResolver],
    authChecker,
    validate: false,
    // Subscriptions declare their own `subscribe` (schema.ts): type-graphql's topics are never used.
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('no topics');
      },
    },
  });
  // The real WebSocket layer on that schema, with the test server's database and pubsub, logging here.
  const log = pino({ level: 'info' }, { write: (line: string) => logLines.push(JSON.parse(line)) });
  const httpServer = createServer();
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const ws = startGraphqlWs(schema, wsServer, { ...server.app, log });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  wsUrl = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  stops.push(() => ws.dispose());
});

afterAll(async () => {
  for (const stop of stops) await stop();
});

describe('errors over the WebSocket', () => {
  it('masks an internal error of a query and logs it once with its request id', async () => {
    const token = await login(server.graphqlUrl, 'medewerker@delinde.example');
    const client = wsClient(wsUrl, token);
    const before = logLines.length;
    const result = await wsRequest(client, '{ failing }');
    await client.dispose();
    expect(result.errors).toEqual([
      { message: 'Internal server error', path: ['failing'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(JSON.stringify(result)).not.toContain('secret_table');
    // Only this test's lines: the subscription test logs the same secret.
    const logged = logLines
      .slice(before)
      .filter((l) => l.msg === 'operation failed' && JSON.stringify(l).includes('secret_table'));
    expect(logged).toHaveLength(1);
    expect(logged[0]?.requestId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    expect(logged[0]?.operationId).toEqual(expect.any(String));
  });

  it('masks an internal error of a subscription event (the shared fan-out path) and logs it', async () => {
    const token = await login(server.graphqlUrl, 'medewerker@delinde.example');
    const client = wsClient(wsUrl, token);
    const before = logLines.length;
    const event = await wsRequest(client, 'subscription { failingEvents }');
    await client.dispose();
    expect(event).toEqual({
      data: null,
      errors: [
        {
          message: 'Internal server error',
          path: ['failingEvents'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    const logged = logLines.slice(before).filter((l) => l.msg === 'operation failed');
    expect(logged).toHaveLength(1);
    expect(logged[0]?.requestId).toEqual(expect.any(String));
  });

  it('gives every refusal a code: parse, validation, unknown operation, bad variable, domain errors', async () => {
    const token = await login(server.graphqlUrl, 'medewerker@delinde.example');
    const client = wsClient(server.wsUrl, token);
    const codes = async (query: string, variables: Record<string, unknown> = {}) =>
      (await wsRequest(client, query, variables)).errors?.map((e) => e.extensions?.code);
    expect(await codes('{ me { id ')).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(await codes('{ nothing }')).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(await codes('query A { me { id } } query B { me { id } }')).toEqual([
      'OPERATION_RESOLUTION_FAILURE',
    ]);
    expect(await codes('query($id: ID!) { message(id: $id) { id } }', { id: 5.5 })).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await codes('{ message(id: "7b0c8f5e-7d0a-4b8e-9d43-2f4c8e3f1a00") { id } }')).toEqual([
      'NOT_FOUND',
    ]);
    await client.dispose();
  });

  it('never returns PostgreSQL’s own message for a value it refuses, and says why in the viewer’s language', async () => {
    const token = await login(server.graphqlUrl, 'medewerkerplus@delinde.example');
    // An English viewer: the scalar's own (Dutch) message must not leak through either transport.
    await gql(server.graphqlUrl, 'mutation { setLanguage(language: en) { errors { code } } }', {}, { token });
    const client = wsClient(server.wsUrl, token);
    const query = 'query($from: Day) { messages(filter: { sentFrom: $from }) { totalCount } }';
    const overWs = await wsRequest(client, query, { from: '2026-02-30' });
    await client.dispose();
    expect(overWs.errors).toHaveLength(1);
    expect(overWs.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(overWs.errors?.[0]?.message).not.toMatch(/range|syntax|sql|timestamp/i);
    // The same localised words as over HTTP (the scalar's text code, in the viewer's language).
    const overHttp = await gql(server.graphqlUrl, query, { from: '2026-02-30' }, { token });
    expect(overWs.errors?.[0]?.message).toBe(overHttp.errors?.[0]?.message);
    expect(overWs.errors?.[0]?.message).toMatch(/Enter an existing date as YYYY-MM-DD/);
  });
});

describe('production over the WebSocket', () => {
  it('refuses introspection and field suggestions exactly as over HTTP', async () => {
    const production = await startTestServer({ NODE_ENV: 'production' });
    const token = await login(production.graphqlUrl, 'medewerker@delinde.example');
    const client = wsClient(production.wsUrl, token);
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "User") { name } }',
      '{ mee { id } }',
    ]) {
      const overHttp = await gql(production.graphqlUrl, query, {}, { token });
      const overWs = await wsRequest(client, query);
      expect(overHttp.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(overWs.errors?.map((e) => [e.message, e.extensions?.code])).toEqual(
        overHttp.errors?.map((e) => [e.message, e.extensions?.code]),
      );
      expect(overWs.errors?.[0]?.message).not.toMatch(/Did you mean/);
    }
    expect((await wsRequest(client, '{ __schema { types { name } } }')).errors?.[0]?.message).toMatch(
      /introspection/i,
    );
    await client.dispose();
  });

  it('still answers introspection and suggestions in development, over both transports', async () => {
    const token = await login(server.graphqlUrl, 'medewerker@delinde.example');
    const client = wsClient(server.wsUrl, token);
    const schema = await wsRequest(client, '{ __type(name: "User") { name } }');
    expect(schema).toEqual({ data: { __type: { name: 'User' } } });
    const typo = await wsRequest(client, '{ mee { id } }');
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean "me"/);
    await client.dispose();
  });
});
