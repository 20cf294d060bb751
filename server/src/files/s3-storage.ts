// Attachment bytes in an S3-compatible bucket (AWS S3, MinIO, Ceph, …), chosen by ATTACHMENT_STORAGE=s3.
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Config } from '../config.js';
import type { FileStorage } from './file-storage.js';
import { checkStorageKey } from './storage-key.js';

type Sdk = typeof import('@aws-sdk/client-s3');

/** Objects under `<prefix>/<key>` in one bucket; keys are checked exactly as on local disk. */
export class S3Storage implements FileStorage {
  private connection: Promise<{ sdk: Sdk; client: S3Client }> | undefined;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(private readonly config: S3Config) {
    this.bucket = config.bucket;
    this.prefix = config.prefix ? `${config.prefix}/` : '';
  }

  /** The SDK is loaded on first use: a server that keeps its files on disk never pays for it. */
  private connect(): Promise<{ sdk: Sdk; client: S3Client }> {
    const config = this.config;
    this.connection ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        endpoint: config.endpoint,
        region: config.region,
        forcePathStyle: config.forcePathStyle,
        credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
        // Checksums only where S3 requires them: the SDK's default (a CRC32 trailer in an aws-chunked body)
        // is not understood by every S3-compatible server. TLS (an https endpoint) protects the bytes.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        // A bucket that stops answering fails the request instead of hanging it: no connection within 10 s,
        // or a minute without a byte moving either way.
        requestHandler: { connectionTimeout: 10_000, socketTimeout: 60_000 },
      }),
    }));
    return this.connection;
  }

  private objectKey(key: string): string {
    return this.prefix + checkStorageKey(key);
  }

  async putFile(key: string, localPath: string): Promise<void> {
    const Key = this.objectKey(key);
    const { size } = await stat(localPath);
    const { sdk, client } = await this.connect();
    // One streamed PutObject: uploads are at most UPLOAD_MAX_MB (≤ 1 GB), well under S3's 5 GB per request,
    // so a multipart upload would only add requests. ContentLength lets the SDK stream without buffering.
    // A stream cannot be replayed, so the SDK does not retry this: a failed upload answers 500 to the user.
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.bucket,
        Key,
        Body: createReadStream(localPath),
        ContentLength: size,
      }),
    );
    await rm(localPath, { force: true });
  }

  async open(key: string): Promise<Readable> {
    // A missing object rejects (NoSuchKey), as a missing file does on disk.
    const { sdk, client } = await this.connect();
    const { Body } = await client.send(
      new sdk.GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
    );
    if (!(Body instanceof Readable)) throw new Error(`no readable body for storage key ${key}`);
    return Body;
  }

  async remove(key: string): Promise<void> {
    // DeleteObject succeeds for a key that is not there, so removing twice is fine.
    const Key = this.objectKey(key);
    const { sdk, client } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key }));
  }
}
