// The request id in the OpenTelemetry context: set once by the request log, copied onto every span begun
// in that request (HTTP, GraphQL, PostgreSQL) by RequestIdSpanProcessor. Only @opentelemetry/api here: with
// tracing off its calls are no-ops, so the request log pays nothing for them.
import { type Context, context, createContextKey, isSpanContextValid, trace } from '@opentelemetry/api';

const REQUEST_ID = createContextKey('loket.request_id');

/** The span attribute carrying Loket's request id (X-Request-Id). */
export const REQUEST_ID_ATTRIBUTE = 'loket.request_id';

/** Runs `next` with the request id in the context, and marks the request's own (HTTP) span with it. */
export function withRequestId<T>(requestId: string, next: () => T): T {
  trace.getActiveSpan()?.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  return context.with(contextWithRequestId(context.active(), requestId), next);
}

/** `ctx` with `requestId` as the request id of the spans begun in it (a job's, a received mail's). */
export function contextWithRequestId(ctx: Context, requestId: string): Context {
  return ctx.setValue(REQUEST_ID, requestId);
}

export function requestIdOf(ctx: Context): string | undefined {
  const value = ctx.getValue(REQUEST_ID);
  return typeof value === 'string' ? value : undefined;
}

/** The trace id of the active span, for log lines; undefined when nothing is traced. */
export function activeTraceId(): string | undefined {
  // The span may have ended already (the request's last line is written as its answer finishes).
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}
