import type { Readable } from 'node:stream';

/** A stored picture, to stream to the client. */
export interface StoredImage {
  readonly body: Readable;
  readonly contentType: string;
  readonly contentLength: number | undefined;
  readonly entityTag: string | undefined;
}

/** Where uploaded pictures are kept (S3). Failures to reach it are ImageStoreUnavailableError. */
export abstract class ImageStore {
  /** Stores the bytes under the key, replacing nothing (keys are new UUIDs). */
  abstract put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;

  /** Removes the picture under the key (nothing happens when there is none). */
  abstract delete(key: string): Promise<void>;

  /** The picture under the key, or null when there is none. */
  abstract get(key: string): Promise<StoredImage | null>;
}
