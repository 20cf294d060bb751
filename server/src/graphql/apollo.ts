// Apollo Server: the schema, limits, error masking, and the plugin that ends each operation's
// transaction (commit when the response has no error, roll back otherwise) before the response is sent.

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Ctx } from '../context.js';
import { formatError, isExpectedError } from './errors.js';
import { limitRules } from './limits.js';

const transactionPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          if (!isExpectedError(error.originalError ?? error) && !error.extensions?.code) {
            contextValue.log.error(
              { err: error.originalError ?? error, path: error.path },
              'operation failed',
            );
          }
        }
      },
      async willSendResponse({ contextValue, response }) {
        const body = response.body;
        const failed = body.kind !== 'single' || (body.singleResult.errors?.length ?? 0) > 0;
        try {
          await contextValue.tx.end(failed ? 'rollback' : 'commit');
        } catch (error) {
          // The commit itself failed: nothing was saved, and the client must not think otherwise.
          contextValue.log.error({ err: error }, 'commit failed');
          if (body.kind === 'single') {
            body.singleResult.data = null;
            body.singleResult.errors = [
              { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
            ];
          }
        }
      },
    };
  },
};

export function createApollo(
  schema: GraphQLSchema,
  production: boolean,
  drainWebSockets: () => Promise<void>,
): ApolloServer<Ctx> {
  return new ApolloServer<Ctx>({
    schema,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: limitRules(),
    formatError,
    stopOnTerminationSignals: false,
    plugins: [
      // HTTP is drained before `stop()` (http/drain.ts, in loket.ts); stopping closes the WebSockets.
      {
        async serverWillStart() {
          return { drainServer: drainWebSockets };
        },
      },
      transactionPlugin,
      // Every answer is private to its viewer, so HTTP cache hints have nothing to say; and Apollo's cache
      // control plugin wraps every field resolver to compute them (a measurable cost per field: bench/).
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
