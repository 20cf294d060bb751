// Apollo Server: the schema, the validation rules and error formatter shared with the WebSocket path, and
// the plugin that ends each operation (operation/run-operation.ts: commit when the response has no error,
// roll back otherwise) before the response is sent.

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Ctx } from '../context.js';
import { metricsPlugin } from '../metrics/apollo-metrics.js';
import type { Metrics } from '../metrics/metrics.js';
import { CommitFailed, endOperation } from '../operation/run-operation.js';
import { tracingPlugin } from '../tracing/apollo-tracing.js';
import { errorFormatter, internalErrorResult, logUnexpectedErrors } from './errors.js';
import { localiseInputErrors } from './input-rules.js';
import { operationRules, PARSE_OPTIONS } from './limits.js';

const operationPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
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
  /** Traces each operation (a span per operation); only when tracing is configured. */
  traced = false,
): ApolloServer<Ctx> {
  return new ApolloServer<Ctx>({
    schema,
    // Introspection is refused by the shared rules (limits.ts) in production, as over the WebSocket.
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: PARSE_OPTIONS,
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
