// Client mistakes at the HTTP level answer as client mistakes, in the GraphQL error shape: a malformed
// cookie is no cookie (never a 500), and body-parser's refusals (too large, malformed JSON, unsupported
// charset) are JSON with the right status — no HTML page, stack trace or absolute path, in any mode.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../utils/graphql.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'development' });
});

const MALFORMED = 'loket_session=%E0%A4%A';

/** Nothing of the server's insides: no stack frames, no file paths, no HTML error page. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/work\/|\/home\/|\/root\/|<pre>|<!DOCTYPE/i);
}

async function post(body: string | Buffer, contentType = 'application/json') {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  const text = await response.text();
  expectNoInternals(text);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    json: JSON.parse(text),
  };
}

describe('a malformed cookie', () => {
  it('is no cookie over GraphQL: the request runs anonymously', async () => {
    for (const cookie of [MALFORMED, `other=1; ${MALFORMED}`, `${MALFORMED}; loket_lang=nl`]) {
      const result = await gql(server.graphqlUrl, '{ me { email } }', {}, { headers: { cookie } });
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ me: null });
    }
  });

  it('does not hide a valid session token beside it', async () => {
    const token = await login(server.graphqlUrl, 'medewerker@delinde.example');
    const result = await gql(
      server.graphqlUrl,
      '{ me { email } }',
      {},
      { headers: { cookie: `bad=%E0%A4%A; loket_session=${token}` } },
    );
    expect(result.data).toEqual({ me: { email: 'medewerker@delinde.example' } });
  });

  it('is no cookie for attachment downloads and uploads: 401, not 500', async () => {
    const download = await fetch(`${server.url}/attachments/${randomUUID()}`, {
      headers: { cookie: MALFORMED },
    });
    expect(download.status).toBe(401);
    expectNoInternals(await download.text());
    const upload = await fetch(`${server.url}/uploads?name=a.pdf`, {
      method: 'POST',
      headers: { cookie: MALFORMED, 'content-type': 'application/octet-stream' },
      body: Buffer.from('%PDF-1.4'),
    });
    expect(upload.status).toBe(401);
    expectNoInternals(await upload.text());
  });
});

describe("body-parser's refusals", () => {
  it('answers a body over the limit with 413 in the GraphQL error shape', async () => {
    const big = JSON.stringify({ query: `{ me { email } }`, variables: { pad: 'x'.repeat(1_100_000) } });
    const result = await post(big);
    expect(result.status).toBe(413);
    expect(result.type).toMatch(/^application\/json/);
    expect(result.json).toEqual({
      errors: [{ message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers malformed JSON with 400', async () => {
    const result = await post('{"query": "{ me { email } }"');
    expect(result.status).toBe(400);
    expect(result.json).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers an unsupported charset with 415', async () => {
    const result = await post('{"query":"{ me { email } }"}', 'application/json; charset=latin1');
    expect(result.status).toBe(415);
    expect(result.json).toEqual({
      errors: [
        { message: 'The request body has an unsupported charset.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });

  it('answers an undecodable URL on the development mailbox with 400 JSON', async () => {
    const response = await fetch(`${server.url}/dev/mailbox/%E0%A4%A`);
    const text = await response.text();
    expectNoInternals(text);
    expect(response.status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('a malformed cookie on the WebSocket', () => {
  it('is no cookie: the connection is refused as unauthenticated (4403), the server carries on', async () => {
    const { default: WebSocket } = await import('ws');
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { headers: { cookie: MALFORMED } });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    const code = await new Promise<number>((resolve) =>
      socket.on('close', (closeCode) => resolve(closeCode)),
    );
    expect(code).toBe(4403);
    expect((await gql(server.graphqlUrl, '{ me { email } }')).data).toEqual({ me: null });
  });
});
