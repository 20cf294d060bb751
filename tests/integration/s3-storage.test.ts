// Attachments in an S3-compatible bucket: S3Storage against a real S3-protocol server (s3rver, in this
// process, on a free port, storing under a temporary directory), and the whole upload → send → download
// path of a server started with ATTACHMENT_STORAGE=s3.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.js';
import { S3Storage } from '../../server/src/files/s3-storage.js';
import { login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import {
  addConfirmedContact,
  download,
  key,
  sendWithAttachments,
  tinyPdf,
  upload,
} from '../utils/messages.js';
import { startTestServer } from '../utils/server.js';

// s3rver ships no types; this is the part of its API the test uses.
interface S3rverServer {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
const S3rver = createRequire(import.meta.url)('@20minutes/s3rver') as new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: Array<{ name: string }>;
}) => S3rverServer;

const BUCKET = 'loket-test';
// s3rver checks SigV4 signatures against these fixed credentials.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

let s3rver: S3rverServer;
let endpoint: string;
let tmp: string;
let store: S3Storage;
let prefixed: S3Storage;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'loket-s3-'));
  s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(tmp, 'buckets'),
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await s3rver.run();
  endpoint = `http://127.0.0.1:${port}`;
  store = s3Storage('');
  prefixed = s3Storage('tenant/a');
});

afterAll(async () => {
  await s3rver.close();
  await rm(tmp, { recursive: true, force: true });
});

function s3Storage(prefix: string): S3Storage {
  return new S3Storage({
    endpoint,
    region: 'us-east-1',
    bucket: BUCKET,
    forcePathStyle: true,
    prefix,
    ...CREDENTIALS,
  });
}

async function localFile(content: Buffer): Promise<string> {
  const file = path.join(tmp, `upload-${key()}`);
  await writeFile(file, content);
  return file;
}

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The object as the bucket has it, read past Loket. */
async function objectInBucket(objectKey: string): Promise<Buffer> {
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: CREDENTIALS,
  });
  try {
    const { Body } = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: objectKey }));
    return Buffer.from(await Body!.transformToByteArray());
  } finally {
    client.destroy();
  }
}

describe('S3Storage', () => {
  it('stores a file, consuming the local copy, and opens the same bytes', async () => {
    const content = Buffer.concat([tinyPdf('s3'), Buffer.alloc(300 * 1024, 7)]);
    const file = await localFile(content);
    await store.putFile('attachments/2026/01/one', file);
    expect(existsSync(file)).toBe(false);
    expect(await bytesOf(await store.open('attachments/2026/01/one'))).toEqual(content);
    expect(await objectInBucket('attachments/2026/01/one')).toEqual(content);
  });

  it('puts keys under the prefix', async () => {
    await prefixed.putFile('attachments/two', await localFile(Buffer.from('twee')));
    expect((await objectInBucket('tenant/a/attachments/two')).toString()).toBe('twee');
    expect((await bytesOf(await prefixed.open('attachments/two'))).toString()).toBe('twee');
  });

  it('rejects opening a removed or never stored key, and removes idempotently', async () => {
    await store.putFile('attachments/three', await localFile(Buffer.from('drie')));
    await store.remove('attachments/three');
    await expect(store.open('attachments/three')).rejects.toMatchObject({ name: 'NoSuchKey' });
    await store.remove('attachments/three');
    await expect(store.open('attachments/never')).rejects.toThrow();
  });

  it('refuses keys LocalDiskStorage refuses', async () => {
    const file = await localFile(Buffer.from('x'));
    await expect(store.putFile('../outside', file)).rejects.toThrow('invalid storage key');
    await expect(store.open('attachments/a b')).rejects.toThrow('invalid storage key');
    await expect(store.remove('attachments/x.pdf')).rejects.toThrow('invalid storage key');
    // A refused key leaves the local file where it was.
    expect(existsSync(file)).toBe(true);
  });
});

describe('configuration', () => {
  it('stops the start when ATTACHMENT_STORAGE=s3 lacks a bucket or credentials, naming them', () => {
    const attempt = () => loadConfig({ ATTACHMENT_STORAGE: 's3', S3_ACCESS_KEY_ID: 'id' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/S3_BUCKET: required when ATTACHMENT_STORAGE=s3/);
    expect(attempt).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(attempt).not.toThrow(/S3_ACCESS_KEY_ID/);
  });

  it('names wrong S3 values', () => {
    const attempt = () =>
      loadConfig({
        ATTACHMENT_STORAGE: 'minio',
        S3_ENDPOINT: 'ftp://s3.example',
        S3_BUCKET: 'Not_A_Bucket',
        S3_FORCE_PATH_STYLE: 'perhaps',
        S3_PREFIX: '../up',
      });
    for (const name of ['ATTACHMENT_STORAGE', 'S3_ENDPOINT', 'S3_BUCKET', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX'])
      expect(attempt).toThrow(new RegExp(`${name}:`));
  });

  it('keeps local disk by default, and uses path-style addressing for a custom endpoint', () => {
    expect(loadConfig({}).attachmentStorage).toEqual({ kind: 'local' });
    const s3 = {
      ATTACHMENT_STORAGE: 's3',
      S3_BUCKET: 'loket',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(loadConfig(s3).attachmentStorage).toMatchObject({
      kind: 's3',
      endpoint: undefined,
      region: 'us-east-1',
      forcePathStyle: false,
      prefix: '',
    });
    expect(
      loadConfig({ ...s3, S3_ENDPOINT: 'http://minio:9000', S3_PREFIX: 'loket/' }).attachmentStorage,
    ).toMatchObject({ endpoint: 'http://minio:9000', forcePathStyle: true, prefix: 'loket' });
    expect(
      loadConfig({ ...s3, S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'false' }).attachmentStorage,
    ).toMatchObject({ forcePathStyle: false });
  });
});

describe('a server with ATTACHMENT_STORAGE=s3', () => {
  it('uploads into the bucket, sends with a message, and downloads from the bucket', async () => {
    const server = await startTestServer({
      ATTACHMENT_STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      S3_PREFIX: 'loket',
    });
    const member = await login(server.graphqlUrl, 'medewerker@delinde.example');
    const admin = await login(server.graphqlUrl, 'beheerder@delinde.example');
    await addConfirmedContact(server.graphqlUrl, server.dbUrl, admin, {
      firstName: 'Jan',
      lastName: 'Janssens',
      email: 'jan@delinde.example',
      themes: ['SUB'],
    });

    const pdf = tinyPdf('in de bucket');
    const file = await upload(server.url, member, 'verslag.pdf', pdf);
    expect(file.status).toBe(201);
    const [row] = await ownerQuery(server.dbUrl, 'SELECT storage_key FROM attachment WHERE id = $1', [
      file.body.id,
    ]);
    expect(await objectInBucket(`loket/${row.storage_key}`)).toEqual(pdf);

    const sent = await sendWithAttachments(server.graphqlUrl, member, [file.body.id]);
    expect(sent.errors).toEqual([]);

    const colleague = await login(server.graphqlUrl, 'medewerkerplus@delinde.example');
    const response = await download(server.url, colleague, file.body.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
  });
});
