// The hourly purge of abandoned uploads, against a real database and the local file storage: rows and
// files of uploads never attached for a day go; recent and attached ones stay.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentStorage } from '../../server/src/files/storage.js';
import { purgeUnattachedUploads } from '../../server/src/jobs/purge-uploads.js';
import { login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { addConfirmedContact, sendWithAttachments, tinyPdf, upload } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let dataDir: string;
let member: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'loket-purge-'));
  server = await startTestServer({ DATA_DIR: dataDir });
  member = await login(server.graphqlUrl, 'medewerker@delinde.example');
  const admin = await login(server.graphqlUrl, 'beheerder@delinde.example');
  // A message on Subsidies needs a confirmed contact for it.
  await addConfirmedContact(server.graphqlUrl, server.dbUrl, admin, {
    firstName: 'Jan',
    lastName: 'Janssens',
    email: 'jan@delinde.example',
    themes: ['SUB'],
  });
});

afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function uploadedFile(name: string): Promise<{ id: string; file: string }> {
  const uploaded = await upload(server.url, member, name, tinyPdf(name));
  expect(uploaded.status).toBe(201);
  const id = uploaded.body.id as string;
  const [row] = await ownerQuery<{ storage_key: string }>(
    server.dbUrl,
    'SELECT storage_key FROM attachment WHERE id = $1',
    [id],
  );
  const file = path.join(dataDir, 'files', row?.storage_key ?? 'missing');
  expect(existsSync(file)).toBe(true);
  return { id, file };
}

describe('purging unattached uploads', () => {
  it('deletes the rows and files of uploads left unattached for a day, and nothing else', async () => {
    const abandoned = await uploadedFile('vergeten.pdf');
    const recent = await uploadedFile('net-opgeladen.pdf');
    const attached = await uploadedFile('verstuurd.pdf');
    const sent = await sendWithAttachments(server.graphqlUrl, member, [attached.id]);
    expect(sent?.errors).toEqual([]);
    await ownerQuery(
      server.dbUrl,
      `UPDATE attachment SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`,
      [[abandoned.id, attached.id]],
    );

    const purged = await purgeUnattachedUploads(server.app, attachmentStorage(server.app.config));

    expect(purged).toBe(1);
    const left = await ownerQuery<{ id: string }>(
      server.dbUrl,
      'SELECT id FROM attachment WHERE id = ANY($1::uuid[]) ORDER BY created_at',
      [[abandoned.id, recent.id, attached.id]],
    );
    expect(left.map((r) => r.id).sort()).toEqual([recent.id, attached.id].sort());
    expect(existsSync(abandoned.file)).toBe(false);
    expect(existsSync(recent.file)).toBe(true);
    expect(existsSync(attached.file)).toBe(true);
    expect(await purgeUnattachedUploads(server.app, attachmentStorage(server.app.config))).toBe(0);
  });
});
