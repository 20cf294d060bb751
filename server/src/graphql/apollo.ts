// Apollo Server: the schema, the validation rules and error formatter shared with the WebSocket path, and
// the plugin that ends each operation (operation/run-operation.ts: commit when the response has no error,
// roll back otherwise) before the response is sent, and that re-reads the session of a mutation.

import { ApolloServer, type ApolloServerPlugin, type DocumentStore } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Ctx } from '../context.js';
import { anonymous } from '../domain/viewer.js';
import { sessionToken } from '../http/session-cookie.js';
import { metricsPlugin } from '../metrics/apollo-metrics.js';
import type { Metrics } from '../metrics/metrics.js';
import { authenticate } from '../modules/accounts/session.service.js';
import { switchViewer } from '../operation/create-context.js';
import { CommitFailed, endOperation } from '../operation/run-operation.js';
import { tracingPlugin } from '../tracing/apollo-tracing.js';
import { compiledExecution } from './compiled-execution.js';
import { errorFormatter, internalErrorResult, logUnexpectedErrors } from './errors.js';
import { localiseInputErrors } from './input-rules.js';
import { operationRules, PARSE_OPTIONS } from './limits.js';

const operationPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue: ctx, operation }) {
        // A mutation acts with the rights the user has now: the session is read from the database, not
        // from the seconds-long cache, so that a role change or deactivation committed a moment ago on
        // another instance (whose event may not have arrived here yet) already counts. As over WebSocket.
        if (operation?.operation !== 'mutation' || ctx.viewer.kind !== 'user' || !ctx.http) return;
        const token = sessionToken(ctx.http.req.headers, ctx.app.config.session.cookieName);
        const now = await authenticate(ctx.app, token, { fresh: true });
        // Ended meanwhile: the operation runs anonymously, and its fields refuse it (UNAUTHENTICATED).
        await switchViewer(ctx, now ?? anonymous);
      },
      async didEncounterErrors({ contextValue, errors }) {
        logUnexpectedErrors(contextValue.log, errors);
      },
      async willSendResponse({ contextValue, response }) {
        const body = response.body;
        const failed = body.kind !== 'single' || (body.singleResult.errors?.length ?? 0) > 0;
        try {
          await endOperation(contextValue, failed ? 'rollback' : 'commit');
        } catch (error) {
          if (!(error instanceof CommitFailed)) throw error;
          // Nothing was saved, and the client must not think otherwise.
          if (body.kind === 'single') Object.assign(body.singleResult, internalErrorResult());
        }
      },
    };
  },
};

export function createApollo(
  schema: GraphQLSchema,
  production: boolean,
  metrics: Metrics,
  drainWebSockets: () => Promise<void>,
  /** Parsed and validated documents: the trusted ones always (trusted-documents.ts). */
  documentStore: DocumentStore,
  /** Traces each operation (a span per operation); only when tracing is configured. */
  traced = false,
): ApolloServer<Ctx> {
  return new ApolloServer<Ctx>({
    // The schema, executed by compiled functions (compiled-execution.ts, decision 0042).
    gateway: compiledExecution(schema),
    // Introspection is refused by the shared rules (limits.ts) in production, as over the WebSocket.
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: PARSE_OPTIONS,
    documentStore,
    // A hash stands for a trusted document only (trusted-documents.ts): nobody registers documents.
    persistedQueries: false,
    validationRules: operationRules(production),
    formatError: errorFormatter(production),
    stopOnTerminationSignals: false,
    plugins: [
      // HTTP is drained before `stop()` (http/drain.ts, in loket.ts); stopping closes the WebSockets.
      {
        async serverWillStart() {
          return { drainServer: drainWebSockets };
        },
      },
      operationPlugin,
      metricsPlugin(metrics),
      ...(traced ? [tracingPlugin()] : []),
      localiseInputErrors,
      // Every answer is private to its viewer, so HTTP cache hints have nothing to say; and Apollo's cache
      // control plugin wraps every field resolver to compute them (a measurable cost per field: bench/).
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
