// Trusted documents (decision 0039): the operations of the first-party web app, from the manifest GraphQL
// Code Generator writes (web/codegen.ts, persisted documents, sha256), are parsed and validated once at
// start-up. The web app sends only a document's hash (`extensions.persistedQuery`, version 1, as Apollo's
// persisted queries); the server runs the document it knows for that hash and nothing else. Any other
// client may still send a whole document, which passes the gate and every operation limit as before.
import { createHash } from 'node:crypto';
import type { DocumentStore } from '@apollo/server';
import type { RequestHandler } from 'express';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import manifest from '../../../web/app/graphql/generated/persisted-documents.json' with { type: 'json' };
import type { errorFormatter } from './errors.js';

/** A document of the manifest: its text and its parsed, validated operation. */
interface TrustedDocument {
  query: string;
  document: DocumentNode;
}

export type TrustedDocuments = ReadonlyMap<string, TrustedDocument>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The manifest's documents by hash, each parsed and validated with `rules` (the ones every operation
 * meets). Throws when one is not valid against the schema, or its hash is not the sha256 of its text: the
 * web app and the server of one build must agree, and a start-up that finds they don't must not serve.
 */
export function loadTrustedDocuments(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  entries: Record<string, string> = manifest,
): TrustedDocuments {
  const documents = new Map<string, TrustedDocument>();
  for (const [hash, query] of Object.entries(entries)) {
    if (sha256(query) !== hash)
      throw new Error(`trusted document ${hash}: the hash is not its text's sha256`);
    const document = parse(query);
    const errors = validate(schema, document, [...specifiedRules, ...rules]);
    if (errors.length > 0)
      throw new Error(`trusted document ${hash} is not valid: ${errors.map((e) => e.message).join('; ')}`);
    documents.set(hash, { query, document });
  }
  return documents;
}

/** Other documents kept parsed and validated: the most recently used this many. */
const OTHERS_KEPT = 1000;

/**
 * Apollo's store of parsed and validated documents (keyed `<schema hash>:<sha256 of the text>`): the
 * trusted documents always, validated at start-up and never evicted; others the most recently used.
 */
export function documentStore(trusted: TrustedDocuments): DocumentStore {
  const others = new Map<string, DocumentNode>();
  const hashOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);
  return {
    async get(key) {
      const known = trusted.get(hashOf(key));
      if (known) return known.document;
      const document = others.get(key);
      if (document) {
        others.delete(key);
        others.set(key, document);
      }
      return document;
    },
    async set(key, document) {
      if (trusted.has(hashOf(key))) return;
      others.set(key, document);
      if (others.size > OTHERS_KEPT) others.delete(others.keys().next().value as string);
    },
    async delete(key) {
      return others.delete(key);
    },
  };
}

type Body = { query?: unknown; extensions?: { persistedQuery?: unknown } & Record<string, unknown> };

/** Why a request's `extensions.persistedQuery` is refused, as GraphQL errors with a code. */
function refusal(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * Express middleware before the document gate, for POST requests carrying `extensions.persistedQuery`:
 * - a known hash without `query`: the trusted document's text becomes the request's `query` (Apollo then
 *   finds it parsed and validated in `documentStore`), and `res.locals.trustedDocument` gives the gate
 *   its parsed document;
 * - a known hash with a `query` that is not that document: refused (400, PERSISTED_QUERY_HASH_MISMATCH);
 * - an unknown hash without `query`: PERSISTED_QUERY_NOT_FOUND (200, as Apollo's persisted queries answer,
 *   so that clients of that protocol send the whole document next);
 * - an unknown hash with a `query` whose sha256 it is: an ordinary document (the gate and the limits
 *   apply); with any other `query`: refused as a mismatch.
 * The extension is removed in every case: Apollo's own persisted queries are off (nothing is registered).
 */
export function trustedDocumentsGate(
  trusted: TrustedDocuments,
  format: ReturnType<typeof errorFormatter>,
): RequestHandler {
  const answer = (res: Parameters<RequestHandler>[1], status: number, error: GraphQLError) =>
    res.status(status).json({ errors: [format(error.toJSON(), error)] });
  return (req, res, next) => {
    const body = req.body as Body | undefined;
    const persisted = body?.extensions?.persistedQuery;
    if (req.method !== 'POST' || !body || persisted === undefined) return next();
    const { version, sha256Hash } = (persisted ?? {}) as { version?: unknown; sha256Hash?: unknown };
    if (version !== 1 || typeof sha256Hash !== 'string')
      return answer(
        res,
        400,
        refusal(
          'PERSISTED_QUERY_NOT_SUPPORTED',
          'Only persistedQuery version 1 with a sha256Hash is supported.',
        ),
      );
    const { persistedQuery: _, ...extensions } = body.extensions ?? {};
    body.extensions = extensions;
    const known = trusted.get(sha256Hash);
    if (body.query === undefined) {
      if (!known)
        return answer(
          res,
          200,
          refusal('PERSISTED_QUERY_NOT_FOUND', 'No trusted document has this hash; send the whole document.'),
        );
      body.query = known.query;
      res.locals.trustedDocument = known.document;
      return next();
    }
    if (
      typeof body.query !== 'string' ||
      (known ? body.query !== known.query : sha256(body.query) !== sha256Hash)
    )
      return answer(
        res,
        400,
        refusal('PERSISTED_QUERY_HASH_MISMATCH', 'The document is not the one this hash stands for.'),
      );
    if (known) res.locals.trustedDocument = known.document;
    next();
  };
}
