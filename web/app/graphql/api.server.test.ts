// What the web app sends the API (decision 0039): a trusted document's hash only, and the whole document
// when the API answers that it does not know the hash (an API of an older build, during a deployment).
// The API here is a plain HTTP server that records the requests; tests/integration/trusted-documents.test.ts
// checks the real server's side of the protocol.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebConfig } from '../env.server';
import { callApi } from './api.server';
import { ViewerDocument } from './generated/graphql';

let api: Server;
let apiUrl: string;
const received: Array<Record<string, unknown>> = [];
/** Whether the API knows trusted documents' hashes. */
let knowsHashes = true;

beforeAll(async () => {
  api = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => {
      const body = JSON.parse(text) as Record<string, unknown>;
      received.push(body);
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify(
          body.query || knowsHashes
            ? { data: { me: null } }
            : {
                errors: [
                  { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
                ],
              },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => api.close(() => resolve())));

const call = () => callApi({ apiUrl } as WebConfig, { language: 'nl' }, ViewerDocument);
const hash = (ViewerDocument.__meta__ as { hash: string }).hash;

describe('callApi', () => {
  it('sends the hash of a trusted document and not the document', async () => {
    received.length = 0;
    knowsHashes = true;
    expect(await call()).toEqual({ me: null });
    expect(received).toEqual([
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: {} },
    ]);
  });

  it('sends the whole document when the API does not know the hash', async () => {
    received.length = 0;
    knowsHashes = false;
    expect(await call()).toEqual({ me: null });
    expect(received).toEqual([
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: {} },
      { query: ViewerDocument.toString(), variables: {} },
    ]);
  });
});
