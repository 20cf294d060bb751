// The first look at an operation's text, on both transports and before any validation rule: parse it under
// the token limit and check its shape (limits.ts). Refusals carry the codes Apollo gives them over HTTP.
import type { RequestHandler } from 'express';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  parse,
  validate,
} from 'graphql';
import type { errorFormatter } from './errors.js';
import { PARSE_OPTIONS, shapeRules } from './limits.js';

export type Gated = { document: DocumentNode } | { errors: GraphQLError[] };

const SHAPE_RULES = shapeRules();

/** An error of the request itself (not of a field) with the code Apollo gives it over HTTP. */
export function requestError(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

/** `query` parsed, or why it is refused: too many tokens or a syntax error, or a shape over the limits. */
export function gateDocument(schema: GraphQLSchema, query: string): Gated {
  let document: DocumentNode;
  try {
    document = parse(query, PARSE_OPTIONS);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { errors: [requestError(error, 'GRAPHQL_PARSE_FAILED')] };
  }
  const errors = validate(schema, document, SHAPE_RULES);
  if (errors.length > 0) return { errors: errors.map((e) => requestError(e, 'GRAPHQL_VALIDATION_FAILED')) };
  return { document };
}

/** Operation texts that passed, the most recently seen 500 of a sensible size: no second parse for them. */
const PASSED_KEPT = 500;
const PASSED_MAX_LENGTH = 16_384;

/**
 * Express middleware in front of Apollo: an operation the gate refuses is answered here (400, in GraphQL's
 * error shape) before Apollo parses and validates it. Apollo parses the ones that pass itself (and keeps
 * them), so a known text costs one lookup here.
 */
export function documentGate(
  schema: GraphQLSchema,
  format: ReturnType<typeof errorFormatter>,
): RequestHandler {
  const passed = new Set<string>();
  return (req, res, next) => {
    const query =
      req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string' || passed.has(query)) return next();
    // A trusted document (trusted-documents.ts) was parsed and validated at start-up.
    const trusted = res.locals.trustedDocument as DocumentNode | undefined;
    const gated: Gated = trusted ? { document: trusted } : gateDocument(schema, query);
    if ('errors' in gated) {
      res.status(400).json({ errors: gated.errors.map((e) => format(e.toJSON(), e)) });
      return;
    }
    // Subscriptions live on the WebSocket: over HTTP graphql-js would run the field once, without an event.
    const hasSubscription = gated.document.definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription',
    );
    if (hasSubscription) {
      const name =
        req.method === 'GET'
          ? req.query.operationName
          : (req.body as { operationName?: unknown })?.operationName;
      const operation = getOperationAST(gated.document, typeof name === 'string' ? name : undefined);
      if (operation?.operation === 'subscription') {
        const error = new GraphQLError('Subscriptions are served over the WebSocket (graphql-ws) only.', {
          extensions: { code: 'BAD_REQUEST' },
        });
        res.status(400).json({ errors: [format(error.toJSON(), error)] });
        return;
      }
    }
    if (!hasSubscription && query.length <= PASSED_MAX_LENGTH) {
      passed.add(query);
      if (passed.size > PASSED_KEPT) passed.delete(passed.values().next().value as string);
    }
    next();
  };
}
