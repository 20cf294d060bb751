// The interface every attachment store implements (local disk, S3): a leaf, so stores and their users
// import it without importing each other.
import type { Readable } from 'node:stream';

export interface FileStorage {
  /** Stores the file at `localPath` (which is consumed) under `key`. */
  putFile(key: string, localPath: string): Promise<void>;
  /** Rejects when there is nothing under `key`. */
  open(key: string): Promise<Readable>;
  /** Succeeds when there is nothing (left) under `key`. */
  remove(key: string): Promise<void>;
}
