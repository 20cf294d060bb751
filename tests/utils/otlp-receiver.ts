// A minimal OTLP/HTTP trace receiver for tests: takes POST /v1/traces in the JSON encoding, as the
// exporter sends it, and keeps every span with its service name.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number; boolValue?: boolean };
}

export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: OtlpAttribute[];
  status?: { code?: number; message?: string };
}

interface ExportRequest {
  resourceSpans: Array<{
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: Array<{ scope: { name: string }; spans: OtlpSpan[] }>;
  }>;
}

export interface ReceivedSpan {
  contentType: string;
  service: string | undefined;
  span: OtlpSpan;
}

export function attribute(span: OtlpSpan, key: string): string | number | boolean | undefined {
  const value = span.attributes.find((a) => a.key === key)?.value;
  const found = value?.stringValue ?? value?.intValue ?? value?.boolValue;
  // OTLP/JSON writes 64-bit integers as strings.
  return typeof found === 'string' && value?.intValue !== undefined ? Number(found) : found;
}

export const isPg = (span: OtlpSpan) =>
  attribute(span, 'db.system') === 'postgresql' || attribute(span, 'db.system.name') === 'postgresql';

/** Starts a receiver for this test file (closed after it); `received` grows as batches arrive. */
export async function startOtlpReceiver(): Promise<{ endpoint: string; received: ReceivedSpan[] }> {
  const received: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end();
        return;
      }
      const contentType = req.headers['content-type'] ?? '';
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExportRequest;
      for (const resourceSpans of body.resourceSpans) {
        const service = resourceSpans.resource.attributes.find((a) => a.key === 'service.name')?.value
          .stringValue;
        for (const scope of resourceSpans.scopeSpans)
          for (const span of scope.spans) received.push({ contentType, service, span });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

/** Polls until `pick` over what arrived answers something; throws with the span names after ~20 s. */
export async function awaitSpans<T>(
  received: ReceivedSpan[],
  pick: (all: ReceivedSpan[]) => T | undefined,
): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = pick(received);
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`spans incomplete: ${JSON.stringify(received.map((r) => r.span.name))}`);
}
