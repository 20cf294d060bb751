// Error masking: domain errors keep their code; GraphQL's own validation errors pass; anything else is
// logged (with the request id, by the logging plugin) and shown as a bare internal error.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from '../domain/errors.js';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
]);

export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  return original instanceof DomainError || isMalformedValue(original);
}

/** PostgreSQL's answer to a malformed value for a typed column, e.g. 'abc' for a uuid. */
function isMalformedValue(error: unknown): boolean {
  return (error as { driverError?: { code?: string } } | null)?.driverError?.code === '22P02';
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code } };
  }
  // An id that is not an id (IDs are UUIDs) is the client's mistake, not ours.
  if (isMalformedValue(original)) {
    return { message: 'malformed id or value', path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
