// Traces of the worker and the mail intake (decision 0038), end to end: the compiled server, a standalone
// worker and a standalone mail intake as real processes, all sending to a real OTLP/HTTP receiver started
// here. A job enqueued by a request runs in a span `job <task>` (task, id, attempt, outcome) within that
// request's trace and with its request id, its PostgreSQL statements as children; a mail received over
// SMTP gives `smtp session` > `smtp mail` > `intake receiveMail` with what the mail became.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import { gql, login } from '../utils/graphql.js';
import { HELPDESK, inboundByMessageId, MAIL_IN_ENV, messageId, sendInto } from '../utils/mail-in.js';
import { ownerQuery } from '../utils/mailbox.js';
import {
  attribute,
  awaitSpans,
  isPg,
  type OtlpSpan,
  type ReceivedSpan,
  startOtlpReceiver,
} from '../utils/otlp-receiver.js';
import { testDatabase } from '../utils/server.js';
import {
  type LoketProcess,
  type ServerProcess,
  startLoketProcess,
  startServerProcess,
} from '../utils/server-process.js';

const REQUEST_EXPORT = graphql(`
  mutation TracedExport($input: RequestPersonalDataExportInput!) {
    requestPersonalDataExport(input: $input) { id status }
  }
`);

let received: ReceivedSpan[];
let dbUrl: string;
let server: ServerProcess;
let worker: LoketProcess;
let mailIn: LoketProcess & { ready: string };

beforeAll(async () => {
  const receiver = await startOtlpReceiver();
  received = receiver.received;
  dbUrl = await testDatabase();
  const otel = {
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
    OTEL_SERVICE_NAME: 'loket-test',
    OTEL_BSP_SCHEDULE_DELAY: '200',
  };
  [server, worker, mailIn] = await Promise.all([
    startServerProcess(dbUrl, { ...otel, WORKER: 'off' }),
    startLoketProcess('worker-main', dbUrl, otel),
    startLoketProcess('mail-in-main', dbUrl, { ...otel, ...MAIL_IN_ENV, WORKER: 'off' }),
  ]);
  // Returned, not afterAll: vitest 4 never runs an afterAll registered inside beforeAll.
  return async () => {
    for (const p of [server, worker, mailIn]) p.child.kill('SIGTERM');
    await Promise.all([server.exited, worker.exited, mailIn.exited]);
  };
});

const spansOfService = (service: string) => received.filter((r) => r.service === service).map((r) => r.span);
const childrenOf = (parent: OtlpSpan, spans: OtlpSpan[]) =>
  spans.filter((s) => s.parentSpanId === parent.spanId && s.traceId === parent.traceId);

describe('worker tracing', () => {
  it('runs a job in its span, in the trace and with the request id of the request that enqueued it', async () => {
    const token = await login(server.graphqlUrl, 'beheer@zorg.example');
    const requestId = `trace-job-${randomUUID()}`;
    const answer = await gql(
      server.graphqlUrl,
      REQUEST_EXPORT,
      { input: {} },
      { token, headers: { 'x-request-id': requestId } },
    );
    const exportId = answer.data?.requestPersonalDataExport.id;
    expect(exportId).toBeDefined();

    const { job, http } = await awaitSpans(received, () => {
      const job = spansOfService('loket-test-worker').find(
        (s) => s.name === 'job export_personal_data' && attribute(s, 'loket.request_id') === requestId,
      );
      const http = spansOfService('loket-test').find(
        (s) => s.kind === 2 && attribute(s, 'loket.request_id') === requestId,
      );
      return job && http && attribute(job, 'loket.outcome') !== undefined ? { job, http } : undefined;
    });
    expect(job.kind).toBe(5); // CONSUMER
    expect(attribute(job, 'loket.job.task')).toBe('export_personal_data');
    expect(attribute(job, 'loket.job.attempt')).toBe(1);
    expect(attribute(job, 'loket.outcome')).toBe('ok');
    expect(Number(attribute(job, 'loket.job.id'))).toBeGreaterThan(0);
    // The request's trace continues in the worker.
    expect(job.traceId).toBe(http.traceId);
    // The job's statements are its children and carry the request id too.
    const statements = await awaitSpans(received, () => {
      const found = childrenOf(job, spansOfService('loket-test-worker')).filter(isPg);
      return found.length > 0 ? found : undefined;
    });
    for (const statement of statements) expect(attribute(statement, 'loket.request_id')).toBe(requestId);
    const [row] = await ownerQuery<{ status: string }>(
      dbUrl,
      'SELECT status FROM personal_data_export WHERE id = $1',
      [exportId],
    );
    expect(row?.status).toBe('READY');
  });

  it('marks the last failing attempt as failed, with an error status, in a trace of its own', async () => {
    // A timer job with an id that is no UUID: its statement fails, and there is no second attempt.
    const marker = `broken-${randomUUID()}`;
    await ownerQuery(
      dbUrl,
      `SELECT graphile_worker.add_job('ticket_timer', json_build_object('id', $1::text), max_attempts := 1)`,
      [marker],
    );
    const [row] = await ownerQuery<{ id: string }>(
      dbUrl,
      `SELECT id::text FROM graphile_worker._private_jobs WHERE payload->>'id' = $1`,
      [marker],
    );
    const job = await awaitSpans(received, () =>
      spansOfService('loket-test-worker').find(
        (s) => s.name === 'job ticket_timer' && attribute(s, 'loket.job.id') === row?.id,
      ),
    );
    expect(attribute(job, 'loket.outcome')).toBe('failed');
    expect(attribute(job, 'loket.job.max_attempts')).toBe(1);
    expect(job.status?.code).toBe(2);
    // Enqueued outside any request: no parent, no request id.
    expect(job.parentSpanId ?? '').toBe('');
    expect(attribute(job, 'loket.request_id')).toBeUndefined();
  });
});

describe('mail intake tracing', () => {
  it('traces an SMTP session, its mail and what the intake made of it; a redelivery is a duplicate', async () => {
    const id = messageId('traced');
    const mail = {
      from: 'iemand@voorbeeld.example',
      to: HELPDESK,
      subject: 'Traced intake',
      text: 'Mijn vraag.',
      messageId: id,
    };
    const first = await sendInto(Number(mailIn.ready), mail);
    expect(first.accepted).toBe(true);
    const [row] = await inboundByMessageId(dbUrl, id);
    const expected = row?.status === 'QUARANTINED' ? 'quarantine' : 'ticket';

    const receiveSpans = () =>
      spansOfService('loket-test-mail-in').filter((s) => s.name === 'intake receiveMail');
    const firstReceive = await awaitSpans(received, () => receiveSpans()[0]);
    expect(attribute(firstReceive, 'loket.intake.outcome')).toBe(expected);
    const spans = spansOfService('loket-test-mail-in');
    const mailSpan = spans.find((s) => s.spanId === firstReceive.parentSpanId);
    expect(mailSpan?.name).toBe('smtp mail');
    expect(mailSpan && attribute(mailSpan, 'loket.smtp.reply_code')).toBe(250);
    const session = await awaitSpans(received, () =>
      spansOfService('loket-test-mail-in').find((s) => s.spanId === mailSpan?.parentSpanId),
    );
    expect(session.name).toBe('smtp session');
    expect(session.kind).toBe(2); // SERVER
    // The intake's statements are children of receiveMail, with the session's request id.
    const statements = childrenOf(firstReceive, spansOfService('loket-test-mail-in')).filter(isPg);
    expect(statements.length).toBeGreaterThan(0);
    expect(attribute(statements[0] as OtlpSpan, 'loket.request_id')).toBe(
      attribute(session, 'loket.request_id') ?? `smtp-${attribute(session, 'loket.smtp.session')}`,
    );

    const again = await sendInto(Number(mailIn.ready), mail);
    expect(again.accepted).toBe(true);
    const duplicate = await awaitSpans(received, () => receiveSpans()[1]);
    expect(attribute(duplicate, 'loket.intake.outcome')).toBe('duplicate');
  });
});
