// The same documents over HTTP and over the WebSocket give the same data, errors and codes, in development
// and in production: one set of validation rules and one error formatter, whatever the transport.
import { randomUUID } from 'node:crypto';
import { getNamedType, isLeafType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login, wsClient } from '../utils/graphql.js';
import { startTestServer, type TestServer, testDatabase } from '../utils/server.js';
import { wsExecute } from '../utils/ws-result.js';
import { schema } from './schema-probes.js';

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** What the answer must hold besides being equal on both transports, per mode. */
  expect: (answer: Normalised, production: boolean) => void;
}

type Normalised = {
  data: unknown;
  errors: Array<{ message: string; code: string | undefined; path: unknown }>;
};

const codes = (answer: Normalised) => answer.errors.map((e) => e.code);

const CASES: Case[] = [
  {
    name: 'a validation error (unknown argument)',
    query: '{ me { id } themes(bogus: 1) { id } }',
    expect: (answer) => expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']),
  },
  {
    name: 'an unknown field that has a near name',
    query: '{ me { emial } }',
    expect: (answer, production) => {
      expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      // Suggestions describe the schema: only outside production.
      expect(answer.errors[0]?.message.includes('Did you mean')).toBe(!production);
    },
  },
  {
    name: 'introspection',
    query: '{ __schema { queryType { name } } }',
    expect: (answer, production) => {
      if (production) expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      else expect(answer).toEqual({ data: { __schema: { queryType: { name: 'Query' } } }, errors: [] });
    },
  },
  {
    name: 'a NOT_FOUND',
    query: 'query($id: ID!) { contactPerson(id: $id) { id } }',
    variables: { id: randomUUID() },
    expect: (answer) => expect(codes(answer)).toEqual(['NOT_FOUND']),
  },
  {
    name: 'a FORBIDDEN',
    query: '{ organisations(first: 1) { totalCount } }',
    expect: (answer) => expect(codes(answer)).toEqual(['FORBIDDEN']),
  },
  {
    name: 'a malformed id',
    query: 'query($id: ID!) { message(id: $id) { id } }',
    variables: { id: 'geen-id' },
    // Not an id at all: refused like an unknown one, or as bad input; never by PostgreSQL.
    expect: (answer) => expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(codes(answer)[0]),
  },
  {
    name: 'an impossible date (defect 7)',
    query: 'query($f: MessageFilterInput) { messages(first: 5, filter: $f) { totalCount } }',
    variables: { f: { sentFrom: '2026-02-30' } },
    expect: (answer) => {
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(answer.errors[0]?.message).not.toMatch(/invalid input syntax|timestamp|date\/time/i);
    },
  },
  {
    name: 'a field error payload',
    query:
      'mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { contactPerson { id } errors { field code } } }',
    variables: {
      input: { firstName: 'Pariteit', lastName: 'Test', email: 'geen-adres', themeIds: [] },
    },
    expect: (answer) => {
      expect(answer.errors).toEqual([]);
      const payload = (answer.data as { addContactPerson: { errors: Array<{ field: string }> } })
        .addContactPerson;
      expect(payload.errors.map((e) => e.field)).toContain('email');
    },
  },
];

function normalise(answer: { data?: unknown; errors?: Array<Record<string, any>> }): Normalised {
  return {
    data: answer.data ?? null,
    errors: (answer.errors ?? []).map((e) => ({
      message: e.message,
      code: e.extensions?.code,
      path: e.path,
    })),
  };
}

/** Every subscription field with a minimal selection (scalars of its type). */
const subscriptionType = schema.getSubscriptionType();
const subscriptionFields = Object.values(subscriptionType?.getFields() ?? {}).map((f) => {
  const named = getNamedType(f.type);
  const scalars = isObjectType(named)
    ? Object.values(named.getFields())
        .filter((x) => isLeafType(getNamedType(x.type)))
        .map((x) => x.name)
    : [];
  return { name: f.name, selection: scalars.length > 0 ? `${f.name} { ${scalars.join(' ')} }` : f.name };
});

let database: string;
beforeAll(async () => {
  database = await testDatabase();
});

describe.each(['development', 'production'] as const)('in %s', (mode) => {
  let server: TestServer;
  let token: string;
  const clients: Array<{ dispose: () => unknown }> = [];
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: mode }, { databaseUrl: database });
    token = await login(server.graphqlUrl, 'beheerder@zonnebloem.example');
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
  });

  it.each(CASES)('$name: the same answer over HTTP and WebSocket', async (c) => {
    const client = wsClient(server.wsUrl, token);
    clients.push(client);
    const http = await gql(server.graphqlUrl, c.query, c.variables, { token });
    expect(http.status).toBeLessThan(500);
    const ws = await wsExecute(client, c.query, c.variables);
    expect('closed' in ws ? ws : undefined).toBeUndefined();
    const overHttp = normalise(http);
    const overWs = normalise(ws as Parameters<typeof normalise>[0]);
    expect(overWs).toEqual(overHttp);
    c.expect(overHttp, mode === 'production');
    expect(JSON.stringify(overHttp)).not.toContain('INTERNAL_SERVER_ERROR');
  });

  // Found by the cross-tenant matrix: over HTTP a subscription runs as a query, its resolver without an
  // event (messageAdded, mySessionRevoked, tasksChanged: INTERNAL_SERVER_ERROR; messageCountsChanged: data).
  it.each(subscriptionFields)(
    'subscription $name over HTTP is refused as a client error',
    async ({ selection }) => {
      const http = await gql(server.graphqlUrl, `subscription { ${selection} }`, {}, { token });
      expect(http.status).toBeLessThan(500);
      expect(http.data).toBeNull();
      expect(http.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
      expect(http.errors?.length).toBeGreaterThan(0);
    },
  );
});
