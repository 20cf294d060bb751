// OpenTelemetry tracing (decision 0028): off unless OTEL_EXPORTER_OTLP_ENDPOINT is set, and then started
// before anything else is imported, so that the HTTP and PostgreSQL instrumentations see `http` and `pg`
// being loaded (ESM imports through import-in-the-middle's hook). Spans go to the OTLP/HTTP endpoint in
// batches; every span carries the request id of the request it belongs to.
import { register } from 'node:module';
import type { Context } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK, tracing } from '@opentelemetry/sdk-node';
import type { Config } from '../config.js';
import { REQUEST_ID_ATTRIBUTE, requestIdOf } from './request-id.js';

/** Copies the request id from the context onto each span as it starts (pg spans included). */
class RequestIdSpanProcessor implements tracing.SpanProcessor {
  onStart(span: tracing.Span, parentContext: Context): void {
    const requestId = requestIdOf(parentContext);
    if (requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  }
  onEnd(_span: tracing.ReadableSpan): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

export interface Tracing {
  /** Sends what is still buffered and stops. */
  shutdown(): Promise<void>;
}

/** Starts tracing when configured; call before importing the application. */
export function startTracing(config: Config, process?: 'worker' | 'mail-in'): Tracing | undefined {
  if (!config.tracing) return undefined;
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const exporter = new OTLPTraceExporter({ url: `${config.tracing.endpoint}/v1/traces` });
  const sdk = new NodeSDK({
    // The standalone worker and mail intake are services of their own: `loket-worker`, `loket-mail-in`.
    serviceName: process ? `${config.tracing.serviceName}-${process}` : config.tracing.serviceName,
    spanProcessors: [new RequestIdSpanProcessor(), new tracing.BatchSpanProcessor(exporter)],
    instrumentations: [
      new HttpInstrumentation({
        // Health checks every few seconds would drown the traces that matter.
        ignoreIncomingRequestHook: (req) => req.url === '/healthz' || req.url === '/readyz',
      }),
      // Only statements inside a trace (a request, a job, a mail): not the job queue's polling or LISTEN.
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
