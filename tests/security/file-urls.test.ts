// Every file URL of organisation A, fetched by each role of organisation B and anonymously (bearer token,
// session cookie, GET and HEAD): the same answer as for an id that does not exist.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { login } from '../utils/graphql.js';
import { tinyPdf, upload } from '../utils/messages.js';
import { type TenantObjects, tenantObjects } from '../utils/security-world.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let a: TenantObjects;
/** An upload of A's not attached to any message yet (a draft). */
let draftId: string;
const callers = new Map<string, string | undefined>();

beforeAll(async () => {
  server = await startTestServer();
  a = await tenantObjects(server, 'delinde', 'LINDEBESTAND');
  const draft = await upload(server.url, a.adminToken, 'LINDEBESTAND-concept.pdf', tinyPdf('concept'));
  draftId = draft.body.id;
  for (const email of [
    'beheerder@zonnebloem.example',
    'medewerker@zonnebloem.example',
    'medewerkerplus@zonnebloem.example',
  ])
    callers.set(email, await login(server.graphqlUrl, email));
  callers.set('anonymous', undefined);
}, 120_000);

type Fetched = { status: number; type: string | null; disposition: string | null; body: string };

async function fetchFile(
  id: string,
  token: string | undefined,
  how: { method: 'GET' | 'HEAD'; via: 'bearer' | 'cookie' },
): Promise<Fetched> {
  const headers: Record<string, string> = {};
  if (token && how.via === 'bearer') headers.authorization = `Bearer ${token}`;
  if (token && how.via === 'cookie') headers.cookie = `${server.app.config.session.cookieName}=${token}`;
  const response = await fetch(`${server.url}/attachments/${id}`, { method: how.method, headers });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: (await response.text()).split(id).join('<ID>'),
  };
}

const WAYS = [
  { method: 'GET', via: 'bearer' },
  { method: 'GET', via: 'cookie' },
  { method: 'HEAD', via: 'bearer' },
] as const;

it("A's ADMIN downloads both files (the URLs are live)", async () => {
  for (const id of [a.attachmentId, draftId]) {
    const own = await fetchFile(id, a.adminToken, WAYS[0]);
    expect(own.status).toBe(200);
    expect(own.disposition).toContain('LINDEBESTAND');
  }
});

it.each([
  'beheerder@zonnebloem.example',
  'medewerker@zonnebloem.example',
  'medewerkerplus@zonnebloem.example',
  'anonymous',
  'an.peeters@zorg.example',
])("%s gets for A's files exactly what a random id gets", async (caller) => {
  const token = caller.includes('@zorg.') ? await login(server.graphqlUrl, caller) : callers.get(caller);
  // Staff read every thread, attachments included; only a draft upload stays its uploader's.
  const files = caller.includes('@zorg.') ? [draftId] : [a.attachmentId, draftId];
  const answers: Array<{ way: string; file: Fetched; random: Fetched }> = [];
  for (const id of files)
    for (const way of WAYS)
      answers.push({
        way: `${way.method} ${way.via} ${id === draftId ? 'draft' : 'sent'}`,
        file: await fetchFile(id, token, way),
        random: await fetchFile(randomUUID(), token, way),
      });
  for (const { way, file, random } of answers) {
    expect({ way, ...file }).toEqual({ way, ...random });
    expect(file.status).toBeGreaterThanOrEqual(400);
    expect(file.body).not.toContain('LINDEBESTAND');
  }
});

it('answers a malformed id like a random one, never with a 5xx', async () => {
  const token = callers.get('beheerder@zonnebloem.example');
  const random = await fetchFile(randomUUID(), token, WAYS[0]);
  for (const id of ['x', '%00', 'a'.repeat(5000), `${a.attachmentId}%00`, '..%2F..%2Fetc%2Fpasswd']) {
    const answer = await fetchFile(id, token, WAYS[0]);
    expect({ id: id.slice(0, 40), status: answer.status, body: answer.body }).toEqual({
      id: id.slice(0, 40),
      status: random.status,
      body: random.body,
    });
  }
});

// Express's own page for a path it cannot decode: HTML with a stack trace and absolute paths outside production.
it('answers an undecodable path with a JSON client error, not an HTML page (defect 8)', async () => {
  const token = callers.get('beheerder@zonnebloem.example');
  const answer = await fetchFile('%E0%A4%A', token, WAYS[0]);
  expect(answer.status).toBe(400);
  expect(answer.type).toMatch(/^application\/json/);
  // The GraphQL error shape, as every error Express itself answers (http/json-errors.ts).
  expect(JSON.parse(answer.body)).toEqual({
    errors: [{ message: 'Bad request.', extensions: { code: 'BAD_REQUEST' } }],
  });
});
