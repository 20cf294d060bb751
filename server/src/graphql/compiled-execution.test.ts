// Compiled execution answers exactly as graphql-js does: the same operations through one Apollo Server with
// the schema (graphql-js) and one with the compiled-execution gateway give the same bodies and statuses —
// data, field errors with their paths and codes, masked failures, variable errors — and every trusted
// document of the web app compiles (none falls back to graphql-js).
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import {
  GraphQLBoolean,
  GraphQLError,
  GraphQLID,
  GraphQLInt,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  getOperationAST,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors.js';
import { compiledExecution } from './compiled-execution.js';
import { errorFormatter } from './errors.js';
import { operationRules } from './limits.js';
import { DayScalar } from './scalars.js';
import { buildLoketSchema } from './schema.js';
import { loadTrustedDocuments } from './trusted-documents.js';

type Ctx = { calls: string[] };

const Node = new GraphQLInterfaceType({
  name: 'Node',
  fields: { id: { type: new GraphQLNonNull(GraphQLID) } },
  resolveType: (value: { kind: string }) => value.kind,
});

type Row = { kind: string; id: string; title: string; day: string | null };

const Item: GraphQLObjectType = new GraphQLObjectType<Row, Ctx>({
  name: 'Item',
  interfaces: [Node],
  fields: () => ({
    id: { type: new GraphQLNonNull(GraphQLID) },
    day: { type: DayScalar },
    title: { type: GraphQLString, resolve: async (item) => item.title },
    forbidden: {
      type: GraphQLString,
      resolve: () => {
        throw new DomainError('FORBIDDEN', 'not yours');
      },
    },
    broken: {
      type: GraphQLString,
      resolve: async () => {
        throw new Error('database said no');
      },
    },
    required: { type: new GraphQLNonNull(GraphQLString), resolve: () => null },
    child: { type: Item, resolve: (item) => (item.id === '1' ? { kind: 'Item', id: '2' } : null) },
  }),
});

const items: Row[] = [
  { kind: 'Item', id: '1', title: 'één', day: '2026-03-05' },
  { kind: 'Item', id: '2', title: 'twee', day: null },
];

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Item))),
        args: { first: { type: GraphQLInt }, after: { type: DayScalar } },
        resolve: (_, { first }: { first?: number }) => items.slice(0, first ?? items.length),
      },
      node: { type: Node, args: { id: { type: new GraphQLNonNull(GraphQLID) } }, resolve: () => items[0] },
      refused: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('refused', { extensions: { code: 'UNAUTHENTICATED' } });
        },
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      step: {
        type: GraphQLBoolean,
        args: { name: { type: new GraphQLNonNull(GraphQLString) } },
        resolve: async (_, { name }: { name: string }, ctx: Ctx) => {
          await new Promise((resolve) => setTimeout(resolve, name === 'first' ? 5 : 0));
          ctx.calls.push(name);
          return true;
        },
      },
    },
  }),
  types: [Item],
});

const servers = {
  js: new ApolloServer<Ctx>({
    schema,
    formatError: errorFormatter(true),
    validationRules: operationRules(true),
  }),
  jit: new ApolloServer<Ctx>({
    gateway: compiledExecution(schema),
    formatError: errorFormatter(true),
    validationRules: operationRules(true),
  }),
};

beforeAll(async () => {
  await Promise.all([servers.js.start(), servers.jit.start()]);
});
afterAll(async () => {
  await Promise.all([servers.js.stop(), servers.jit.stop()]);
});

/** `query` three times on each server: graphql-js runs it first, then it is compiled, then kept. */
async function both(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const answers = { js: [] as unknown[], jit: [] as unknown[] };
  for (const name of ['js', 'jit'] as const) {
    for (let run = 0; run < 3; run++) {
      const ctx: Ctx = { calls: [] };
      const response = await servers[name].executeOperation(
        { query, variables, operationName },
        { contextValue: ctx },
      );
      answers[name].push({ status: response.http.status, body: response.body, calls: ctx.calls });
    }
  }
  expect(answers.jit).toEqual(answers.js);
  return answers.js[0] as { status?: number; body: unknown; calls: string[] };
}

describe('compiled execution answers as graphql-js', () => {
  it('data through fragments, aliases, abstract types, custom scalars and @skip/@include', async () => {
    const answer = await both(
      `query Q($first: Int, $skip: Boolean!) {
        items(first: $first) { ...F a: title child { id title } day @skip(if: $skip) }
        node(id: "1") { __typename id ... on Item { title } }
      }
      fragment F on Item { id title @include(if: true) }`,
      { first: 2, skip: false },
    );
    expect(answer.body).toMatchObject({
      kind: 'single',
      singleResult: { data: { items: [{ id: '1' }, { id: '2' }] } },
    });
  });

  it('field errors: domain codes, masked failures, codes of thrown GraphQL errors, paths in lists', async () => {
    const answer = await both('{ items { id forbidden broken } refused }');
    const errors = (answer.body as { singleResult: { errors: unknown[] } }).singleResult.errors;
    expect(errors).toContainEqual({
      message: 'not yours',
      path: ['items', 1, 'forbidden'],
      extensions: { code: 'FORBIDDEN' },
    });
    expect(errors).toContainEqual({
      message: 'Internal server error',
      path: ['items', 0, 'broken'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('a null in a non-null field nulls its parent up to the nearest nullable one', async () => {
    await both('{ items { id required } }');
    await both('{ node(id: "1") { ... on Item { child { required } } } }');
  });

  it('variables that do not fit their types: BAD_USER_INPUT, status 400, nothing runs', async () => {
    const wrongType = await both('query Q($first: Int) { items(first: $first) { id } }', { first: 'many' });
    expect(wrongType.status).toBe(400);
    await both('query Q($after: Day) { items(after: $after) { id } }', { after: '2026-02-30' });
    await both('mutation M($name: String!) { step(name: $name) }', {});
  });

  it('mutations run their fields one after the other', async () => {
    const answer = await both('mutation { a: step(name: "first") b: step(name: "second") }');
    expect(answer.calls).toEqual(['first', 'second']);
  });

  it('an operation name that names nothing, or none among several', async () => {
    await both('query A { items { id } } query B { items { title } }', undefined, 'C');
    await both('query A { items { id } } query B { items { title } }', undefined, 'B');
  });
});

describe('the trusted documents', () => {
  it('all compile with graphql-jit against the real schema', async () => {
    const real = await buildLoketSchema();
    const trusted = loadTrustedDocuments(real, operationRules(true));
    expect(trusted.size).toBeGreaterThan(0);
    for (const { document } of trusted.values()) {
      const operation = getOperationAST(document);
      const compiled = compileQuery(real, document, operation?.name?.value);
      expect(isCompiledQuery(compiled) ? null : compiled, operation?.name?.value).toBeNull();
    }
  });
});
