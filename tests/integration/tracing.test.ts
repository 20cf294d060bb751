// OpenTelemetry tracing, end to end: the compiled server as a real process with OTEL_EXPORTER_OTLP_ENDPOINT
// pointing at a real OTLP/HTTP receiver started here; one GraphQL request yields its HTTP span, its
// GraphQL operation span (name, outcome) and PostgreSQL statement spans, every one carrying the request
// id, and the request's log line carries the trace id (decision 0028).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attribute,
  isPg,
  type OtlpSpan,
  type ReceivedSpan,
  startOtlpReceiver,
} from '../utils/otlp-receiver.js';
import { testDatabase } from '../utils/server.js';
import { type ServerProcess, startServerProcess } from '../utils/server-process.js';

let received: ReceivedSpan[];
let server: ServerProcess;

beforeAll(async () => {
  const receiver = await startOtlpReceiver();
  received = receiver.received;
  const endpoint = receiver.endpoint;
  server = await startServerProcess(await testDatabase(), {
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    OTEL_SERVICE_NAME: 'loket-test',
    // Batches leave every 200 ms here (default 5 s), so the test need not wait long.
    OTEL_BSP_SCHEDULE_DELAY: '200',
  });
  // Returned, not afterAll: vitest 4 never runs an afterAll registered inside beforeAll.
  return async () => {
    server.child.kill('SIGTERM');
    await server.exited;
  };
});

/** The spans of `requestId` once they include `enough`; polls the receiver (the exporter sends batches). */
async function spansOf(requestId: string, enough: (spans: OtlpSpan[]) => boolean): Promise<OtlpSpan[]> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const spans = received
      .filter((r) => attribute(r.span, 'loket.request_id') === requestId)
      .map((r) => r.span);
    if (enough(spans)) return spans;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`spans of ${requestId} incomplete: ${JSON.stringify(received.map((r) => r.span.name))}`);
}

describe('tracing', () => {
  it('traces one GraphQL request: HTTP, the operation and its SQL, all with the request id', async () => {
    const requestId = `trace-${randomUUID()}`;
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({
        query: 'mutation TraceLogin($input: LoginInput!) { login(input: $input) { token errors { code } } }',
        variables: { input: { email: `nobody-${randomUUID()}@test.example`, password: 'not-the-password' } },
      }),
    });
    const body = (await response.json()) as { data: { login: { errors: Array<{ code: string }> } } };
    expect(body.data.login.errors[0]?.code).toBe('INVALID_CREDENTIALS');

    const spans = await spansOf(
      requestId,
      (s) =>
        s.some(isPg) && s.some((span) => span.name.startsWith('graphql ')) && s.some((x) => x.kind === 2),
    );
    const http = spans.find((s) => s.kind === 2);
    const operation = spans.find((s) => s.name === 'graphql mutation TraceLogin');
    const statements = spans.filter(isPg);
    expect(http?.name).toMatch(/^POST/);
    expect(operation).toBeDefined();
    expect(operation && attribute(operation, 'graphql.operation.name')).toBe('TraceLogin');
    // The answer carries field errors, not GraphQL errors: the operation itself went fine.
    expect(operation && attribute(operation, 'loket.outcome')).toBe('ok');
    expect(statements.length).toBeGreaterThan(0);
    // One trace: every span of the request shares the HTTP span's trace id.
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([http?.traceId]));
    expect(received.find((r) => r.span === http)?.service).toBe('loket-test');
    expect(received.find((r) => r.span === http)?.contentType).toContain('application/json');

    // The request's log line names the trace.
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes(`"requestId":"${requestId}"`) && l.includes('"msg":"request"'));
    expect(line).toBeDefined();
    expect(JSON.parse(line ?? '{}').traceId).toBe(http?.traceId);
  });

  it('marks a refused operation as such', async () => {
    const requestId = `trace-${randomUUID()}`;
    await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ query: 'query Broken { noSuchField }' }),
    });
    const spans = await spansOf(requestId, (s) => s.some((span) => span.name.startsWith('graphql')));
    const operation = spans.find((s) => s.name.startsWith('graphql'));
    expect(operation && attribute(operation, 'loket.outcome')).toBe('rejected');
    expect(operation?.status?.code).toBe(2);
  });
});
