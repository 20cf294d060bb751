// Compiled execution over HTTP (decision 0042): Apollo's gateway hook hands each operation to an executor
// that runs it as a function graphql-jit compiled for it, instead of graphql-js walking the document field
// by field. Apollo still parses, validates, runs every plugin and formats the errors; only `execute` is
// swapped. An operation is compiled the second time it runs; the first run, whatever graphql-jit cannot
// compile, and every variable error go to graphql-js as before, so that clients see the same answers.
// Subscriptions (WebSocket, ws.ts) stay on graphql-js.
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** An operation's compiled form, or null when graphql-jit cannot compile it (graphql-js runs it). */
type Compiled = CompiledQuery | null;

/**
 * Compiling costs a few milliseconds (3.6 for the inbox query, decision 0042), more than running it once:
 * an operation is compiled when it runs the second time, so that a flood of one-off documents costs
 * graphql-js's execution and not also a compilation each.
 */
const SEEN_ONCE = 'seen once';

/**
 * graphql-jit's errors are instances of graphql-js's `GraphQLError` without its fields' defaults (no
 * `extensions` object, no `nodes`); Apollo's formatting reads `extensions.code`. Rebuilt as graphql-js
 * builds a field error: the same message, path, locations, original error and extensions.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  if (error.constructor === GraphQLError) return error;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  if (error.locations)
    Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: true });
  return rebuilt;
}

/**
 * The gateway Apollo Server calls for each HTTP operation, with `schema` as its only schema. Compiled
 * forms are kept per operation node, so per (document object, operation name): a WeakMap, bounded by the
 * documents Apollo's document store keeps (trusted-documents.ts: the trusted ones and the 1000 most
 * recently used others) — an evicted document takes its compiled form with it.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const known = new WeakMap<OperationDefinitionNode, Compiled | typeof SEEN_ONCE>();

  const interpret = (
    document: DocumentNode,
    operationName: string | null | undefined,
    contextValue: unknown,
    variableValues: Record<string, unknown> | undefined,
  ) => execute({ schema, document, operationName, contextValue, variableValues });

  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode): Compiled => {
    const entry = known.get(operation);
    if (entry === undefined) {
      known.set(operation, SEEN_ONCE);
      return null;
    }
    if (entry !== SEEN_ONCE) return entry;
    const result = compileQuery(schema, document, operation.name?.value);
    const compiled = isCompiledQuery(result) ? result : null;
    known.set(operation, compiled);
    return compiled;
  };

  const executor: Executor = async ({ document, operation, request, context }) => {
    const variables = request.variables;
    // No operation (an unknown name, several without a name): graphql-js says why, in its words. Not yet
    // compiled, or not compilable: graphql-js runs it.
    const compiled = operation ? compiledFor(document, operation) : null;
    if (!compiled) return interpret(document, request.operationName, context, variables);
    let result: ExecutionResult;
    try {
      result = await compiled.query(undefined, context, variables);
    } catch (error) {
      // A failure outside any resolver: graphql-js answers it the same way (masked and logged later).
      return {
        data: null,
        errors: [
          new GraphQLError(String((error as Error)?.message ?? error), { originalError: error as Error }),
        ],
      };
    }
    if (!result.errors?.length) return result;
    // Variables that do not fit their types: nothing ran, so graphql-js may say it with its own errors
    // (which Apollo and errors.ts recognise as BAD_USER_INPUT).
    if (result.data === undefined) return interpret(document, request.operationName, context, variables);
    return { ...result, errors: result.errors.map(asGraphqlJsError) };
  };

  const listeners = new Set<Parameters<Gateway['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      // Apollo takes the schema from this event (its SchemaManager), and the executor from the result.
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { schema, executor };
    },
    async stop() {},
  };
}
