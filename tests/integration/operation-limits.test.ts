// Documents that cost CPU before anyone is authenticated are refused early and alike on both transports:
// the parser's token limit, directives per field, `__typename` aliases counted as aliases, and a smaller
// request body for requests without a session.
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login, wsClient } from '../utils/graphql.js';
import { startTestServer, type TestServer } from '../utils/server.js';

type WsResult = { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };

function wsRequest(client: Client, query: string): Promise<WsResult> {
  return new Promise((resolve, reject) => {
    let result: WsResult = {};
    client.subscribe(
      { query },
      {
        next: (value) => {
          result = value as WsResult;
        },
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => resolve(result),
      },
    );
  });
}

/** About 1 MB each: the shapes of the reported attack. */
const HUGE = {
  fields: `{ me { ${'id '.repeat(330_000)} } }`,
  directives: `{ me ${'@a '.repeat(330_000)} { id } }`,
  typenameAliases: `{ ${Array.from({ length: 55_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
};

let server: TestServer;
let token: string;
let client: Client;

beforeAll(async () => {
  server = await startTestServer();
  token = await login(server.graphqlUrl, 'medewerker@delinde.example');
  client = wsClient(server.wsUrl, token, { lazy: false, onNonLazyError: () => undefined });
});

afterAll(async () => {
  await client.dispose();
});

describe('operation limits', () => {
  it('refuses a ~1 MB request body without a session before reading it as GraphQL', async () => {
    for (const query of Object.values(HUGE)) {
      expect(query.length).toBeGreaterThan(900_000);
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(413);
    }
  });

  it('refuses a ~1 MB document at the parser’s token limit, with a session, over HTTP and WebSocket', async () => {
    for (const query of Object.values(HUGE)) {
      const overHttp = await gql(server.graphqlUrl, query, {}, { token });
      expect(overHttp.status).toBe(400);
      expect(overHttp.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(overHttp.errors?.[0]?.message).toMatch(/Document contains more th.. 1000 tokens/);
      const overWs = await wsRequest(client, query);
      expect(overWs.errors?.map((e) => [e.message, e.extensions?.code])).toEqual(
        overHttp.errors?.map((e) => [e.message, e.extensions?.code]),
      );
    }
  });

  it('counts `__typename` aliases against the alias limit, anonymously too', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await gql(server.graphqlUrl, aliases(15))).data).toMatchObject({ a0: 'Query', a14: 'Query' });
    const anonymous = await gql(server.graphqlUrl, aliases(16));
    expect(anonymous.status).toBe(400);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(anonymous.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded, found 16/);
    const overWs = await wsRequest(client, aliases(16));
    expect(overWs.errors?.map((e) => [e.message, e.extensions?.code])).toEqual(
      anonymous.errors?.map((e) => [e.message, e.extensions?.code]),
    );
  });

  it('limits the directives on one field', async () => {
    const query = '{ me @include(if: true) @skip(if: false) @a @b @c { id } }';
    const overHttp = await gql(server.graphqlUrl, query, {}, { token });
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors?.[0]).toMatchObject({
      message: 'Directives limit of 4 exceeded, found 5.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    // Only the limit is reported: the other rules never ran on it.
    expect(overHttp.errors).toHaveLength(1);
    const overWs = await wsRequest(client, query);
    expect(overWs.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Directives limit of 4 exceeded, found 5.', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
    const allowed = await gql(server.graphqlUrl, '{ me @include(if: true) { email } }', {}, { token });
    expect(allowed.data).toEqual({ me: { email: 'medewerker@delinde.example' } });
  });
});
