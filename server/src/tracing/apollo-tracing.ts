// The Apollo plugin that traces each GraphQL operation over HTTP: a span named after the operation, with
// its type, name and outcome (the same outcomes as the metrics). Installed only when tracing is on.
import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';

export function tracingPlugin(): ApolloServerPlugin {
  const tracer = trace.getTracer('loket.graphql');
  return {
    async requestDidStart() {
      const span = tracer.startSpan('graphql');
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          span.updateName(`graphql ${operation.operation} ${operationName ?? 'anonymous'}`);
          span.setAttribute('graphql.operation.type', operation.operation);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
        async willSendResponse({ operation, response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const outcome = !operation ? 'rejected' : errors.length > 0 ? 'error' : 'ok';
          span.setAttribute('loket.outcome', outcome);
          if (outcome !== 'ok') {
            const code = errors[0]?.extensions?.code;
            span.setStatus({
              code: SpanStatusCode.ERROR,
              message: typeof code === 'string' ? code : outcome,
            });
          }
          span.end();
        },
      };
    },
  };
}
