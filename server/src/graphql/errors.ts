// Error masking, the same for every transport (Apollo over HTTP, graphql-ws for operations and subscription
// events): domain errors keep their code; GraphQL's own parse, validation and variable errors pass; anything
// else is logged once (with the operation's logger, which carries its request id) and shown as a bare
// internal error. Every error a client sees has `extensions.code`. In production, no error suggests names
// of the schema ("Did you mean …?"), since introspection is off there too.
import { unwrapResolverError } from '@apollo/server/errors';
import {
  type ExecutionResult,
  type FormattedExecutionResult,
  GraphQLError,
  type GraphQLFormattedError,
  Kind,
} from 'graphql';
import { DomainError } from '../domain/errors.js';
import type { Logger } from '../logger.js';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
]);

/** PostgreSQL's answer to a malformed value for a typed column, e.g. 'abc' for a uuid. */
function isMalformedValue(error: unknown): boolean {
  return (error as { driverError?: { code?: string } } | null)?.driverError?.code === '22P02';
}

/**
 * A variable whose value does not fit its type: graphql-js reports it on the variable's definition, before
 * any field runs (no path). Apollo gives these BAD_USER_INPUT over HTTP.
 */
function isBadVariable(error: unknown): boolean {
  return (
    error instanceof GraphQLError &&
    !error.path &&
    error.nodes?.length === 1 &&
    error.nodes[0]?.kind === Kind.VARIABLE_DEFINITION
  );
}

/** What a client may see of `error`, or null when it is unexpected (a bug or an outage: masked, logged). */
function clientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
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
  if (code === undefined && isBadVariable(error)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  return null;
}

const SUGGESTION = / ?Did you mean(.+?)\?$/;

/**
 * The formatter of both transports (Apollo's `formatError`, and `formatResult` below): `production` drops
 * the suggestions graphql-js adds to validation and variable errors.
 */
export function errorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shown = clientError(formatted, error);
    if (!shown) {
      return {
        message: 'Internal server error',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return production ? { ...shown, message: shown.message.replace(SUGGESTION, '') } : shown;
  };
}

/** Whether `error` would be masked as an internal error: then it is logged. */
function isUnexpectedError(error: GraphQLError): boolean {
  return clientError(error.toJSON(), error) === null;
}

/** Logs each unexpected error of one operation once, with `log` (the operation's, with its request id). */
export function logUnexpectedErrors(log: Logger, errors: readonly GraphQLError[]): void {
  for (const error of errors) {
    if (isUnexpectedError(error))
      log.error({ err: error.originalError ?? error, path: error.path }, 'operation failed');
  }
}

/**
 * A result as a WebSocket client may see it: each error logged when unexpected and formatted like over
 * HTTP. Errors already formatted (plain objects) stay as they are.
 */
export function formatResult(
  result: ExecutionResult | FormattedExecutionResult,
  log: Logger,
  production: boolean,
): FormattedExecutionResult {
  const errors = result.errors;
  if (!errors?.length) return result as FormattedExecutionResult;
  const format = errorFormatter(production);
  logUnexpectedErrors(
    log,
    (errors as ReadonlyArray<GraphQLError | GraphQLFormattedError>).filter((e) => e instanceof GraphQLError),
  );
  return {
    ...result,
    errors: errors.map((e) => (e instanceof GraphQLError ? format(e.toJSON(), e) : e)),
  } as FormattedExecutionResult;
}

/** The answer to a failure outside any resolver (a failed commit), already logged where it happened. */
export function internalErrorResult(): FormattedExecutionResult {
  return {
    data: null,
    errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
  };
}
