// Traces across the job queue (decision 0038). The enqueuing side: `traceSetting` is the trace context
// and request id of the running operation, which its transaction sets as `loket.trace`, and which a
// trigger copies into each job it enqueues (payload `_trace`). The worker's side: `tracedTasks` runs each
// job in a span `job <task>` (task, job id, attempt, outcome), a child of the enqueuing operation's span,
// carrying its request id, so that the job's PostgreSQL statements are children of the job. With tracing
// off every call here is one of @opentelemetry/api's no-ops.
import {
  type Context,
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import type { Task, TaskList } from 'graphile-worker';
import { contextWithRequestId, REQUEST_ID_ATTRIBUTE, requestIdOf } from './request-id.js';

/** What travels in a job's payload under `_trace`. */
interface JobTrace {
  traceparent?: string;
  tracestate?: string;
  requestId?: string;
}

const TRACEPARENT = /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;
const REQUEST_ID = /^[\w.-]{1,64}$/;
const TRACESTATE = /^[\w@*/=,. -]{0,512}$/;

/**
 * The active operation's trace context as the JSON text of `loket.trace`, or undefined when there is
 * none (tracing off, or no trace). Only characters that need no quoting in an SQL literal.
 */
export function traceSetting(ctx: Context = context.active()): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  const value: JobTrace = {};
  if (carrier.traceparent && TRACEPARENT.test(carrier.traceparent)) value.traceparent = carrier.traceparent;
  if (value.traceparent && carrier.tracestate && TRACESTATE.test(carrier.tracestate))
    value.tracestate = carrier.tracestate;
  const requestId = requestIdOf(ctx);
  if (requestId && REQUEST_ID.test(requestId)) value.requestId = requestId;
  return value.traceparent || value.requestId ? JSON.stringify(value) : undefined;
}

/** The context a job runs in: the enqueuing operation's trace and request id, when it carried them. */
function jobContext(payload: unknown): { ctx: Context; requestId: string | undefined } {
  const carried =
    payload && typeof payload === 'object' && '_trace' in payload
      ? ((payload as { _trace: unknown })._trace as JobTrace | null)
      : null;
  if (!carried || typeof carried !== 'object') return { ctx: ROOT_CONTEXT, requestId: undefined };
  const carrier: Record<string, string> = {};
  if (typeof carried.traceparent === 'string') carrier.traceparent = carried.traceparent;
  if (typeof carried.tracestate === 'string') carrier.tracestate = carried.tracestate;
  let ctx = propagation.extract(ROOT_CONTEXT, carrier);
  const requestId =
    typeof carried.requestId === 'string' && REQUEST_ID.test(carried.requestId)
      ? carried.requestId
      : undefined;
  if (requestId) ctx = contextWithRequestId(ctx, requestId);
  return { ctx, requestId };
}

/** How a job attempt ended: done, failed and tried again later, or failed for good (no attempts left). */
type JobOutcome = 'ok' | 'retry' | 'failed';

function traced(identifier: string, task: Task): Task {
  const tracer = trace.getTracer('loket.worker');
  return (payload, helpers) => {
    const { ctx, requestId } = jobContext(payload);
    const { job } = helpers;
    return tracer.startActiveSpan(
      `job ${identifier}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'loket.job.task': identifier,
          'loket.job.id': String(job.id),
          'loket.job.attempt': job.attempts,
          'loket.job.max_attempts': job.max_attempts,
          ...(requestId ? { [REQUEST_ID_ATTRIBUTE]: requestId } : {}),
        },
      },
      ctx,
      async (span) => {
        try {
          const result = await task(payload, helpers);
          span.setAttribute('loket.outcome', 'ok' satisfies JobOutcome);
          return result;
        } catch (error) {
          const outcome: JobOutcome = job.attempts >= job.max_attempts ? 'failed' : 'retry';
          span.setAttribute('loket.outcome', outcome);
          span.recordException(error instanceof Error ? error : String(error));
          span.setStatus({
            code: SpanStatusCode.ERROR,
            message: error instanceof Error ? error.message.slice(0, 200) : outcome,
          });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  };
}

/** `tasks` with each task run in its job span. */
export function tracedTasks(tasks: TaskList): TaskList {
  const wrapped: TaskList = {};
  for (const [name, task] of Object.entries(tasks)) if (task) wrapped[name] = traced(name, task);
  return wrapped;
}
