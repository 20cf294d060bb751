// Trusted documents (decision 0039): the web app sends the sha256 of its documents only, and the server
// runs the document of its manifest for that hash; an unknown hash, a document that is not the one its hash
// stands for, or an unsupported extension is a clear error (never a 500), and whole documents still work for
// every other client, within the same operation limits.
import { createHash } from 'node:crypto';
import { buildSchema, Kind, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  documentStore,
  loadTrustedDocuments,
  type TrustedDocuments,
} from '../../server/src/graphql/trusted-documents.js';
import manifest from '../../web/app/graphql/generated/persisted-documents.json' with { type: 'json' };
import { login } from '../utils/graphql.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let token: string;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const entries = Object.entries(manifest as Record<string, string>);
/** The web app's `query Viewer` (the signed-in person), by its hash. */
const viewerHash = entries.find(([, text]) => text.startsWith('query Viewer {'))?.[0] ?? '';

beforeAll(async () => {
  server = await startTestServer();
  token = await login(server.graphqlUrl, 'beheerder@delinde.example');
});

async function post(body: unknown) {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: { me?: { email: string } } | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return { status: response.status, ...json };
}

const byHash = (sha256Hash: string, extra: Record<string, unknown> = {}) =>
  post({ extensions: { persistedQuery: { version: 1, sha256Hash } }, variables: {}, ...extra });

describe('trusted documents over HTTP', () => {
  it('the manifest holds every operation of the web app, each hash the sha256 of its text', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const [hash, text] of entries) expect(sha256(text)).toBe(hash);
    expect(viewerHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('runs the document of a known hash', async () => {
    const answer = await byHash(viewerHash);
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.email).toBe('beheerder@delinde.example');
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for an unknown hash', async () => {
    const answer = await byHash(sha256('query { me { id } }'));
    expect(answer.status).toBe(200);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(answer.errors?.[0]?.message).toMatch(/No trusted document has this hash/);
  });

  it('refuses a known hash sent with another document (tampered)', async () => {
    for (const query of ['query Viewer { me { id email passwordHash: email } }', '{ me { id } }', 42]) {
      const answer = await byHash(viewerHash, { query });
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    }
    // An unknown hash that is not the sha256 of the document sent with it: the same.
    const unknown = await byHash(sha256('something else'), { query: '{ me { id } }' });
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
  });

  it('runs a known hash sent with its own document, and a new document with its own hash', async () => {
    const withText = await byHash(viewerHash, { query: manifest[viewerHash as keyof typeof manifest] });
    expect(withText.data?.me?.email).toBe('beheerder@delinde.example');
    const query = '{ me { email } }';
    const other = await byHash(sha256(query), { query });
    expect(other.errors).toBeUndefined();
    expect(other.data?.me?.email).toBe('beheerder@delinde.example');
  });

  it('refuses other versions and malformed extensions clearly', async () => {
    for (const persistedQuery of [{ version: 2, sha256Hash: viewerHash }, { version: 1 }, 'x', null]) {
      const answer = await post({ extensions: { persistedQuery } });
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    }
  });

  it('keeps plain documents working, within the operation limits', async () => {
    const plain = await post({ query: '{ me { email } }' });
    expect(plain.data?.me?.email).toBe('beheerder@delinde.example');
    const deep = `{ me { organisation { users(first: 1) { edges { node { organisation { users(first: 1) {
      edges { node { organisation { users(first: 1) { edges { node { id } } } } } } } } } } } } } }`;
    const refused = await post({ query: deep });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('the manifest at start-up', () => {
  const schema = buildSchema('type Query { a: Int, b: String }');

  it('parses and validates each document once, and keeps it in the document store', async () => {
    const text = 'query A { a }';
    const trusted: TrustedDocuments = loadTrustedDocuments(schema, [], { [sha256(text)]: text });
    const document = trusted.get(sha256(text))?.document;
    const operation = document?.definitions[0] as OperationDefinitionNode;
    expect(operation.kind).toBe(Kind.OPERATION_DEFINITION);
    const store = documentStore(trusted);
    expect(await store.get(`schemahash:${sha256(text)}`)).toBe(document);
    await store.set(`schemahash:${sha256(text)}`, { kind: Kind.DOCUMENT, definitions: [] });
    expect(await store.get(`schemahash:${sha256(text)}`)).toBe(document);
  });

  it('refuses to start with a document the schema does not have, or a wrong hash', () => {
    expect(() => loadTrustedDocuments(schema, [], { [sha256('{ c }')]: '{ c }' })).toThrow(/not valid/);
    expect(() => loadTrustedDocuments(schema, [], { [sha256('{ a }')]: '{ b }' })).toThrow(/sha256/);
  });
});
