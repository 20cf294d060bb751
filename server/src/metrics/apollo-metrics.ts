// The Apollo plugin that times each GraphQL operation over HTTP: one clock read when the request starts
// and one histogram observation when its response is sent; no per-field hook.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics, OperationOutcome, OperationType } from './metrics.js';

export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      return {
        async willSendResponse({ operation, response }) {
          const body = response.body;
          const errors = body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;
          // No operation: the document did not parse, validate or name an operation to run.
          const outcome: OperationOutcome = !operation ? 'rejected' : errors ? 'error' : 'ok';
          const type: OperationType = operation?.operation ?? 'unknown';
          metrics.observeOperation('http', type, operation?.name?.value, outcome, startedAt);
        },
      };
    },
  };
}
