import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ImageStoreUnavailableError } from '../domain/image.errors';
import { ImageStore, type StoredImage } from '../domain/image-store';

// Keys are new UUIDs and never rewritten, so browsers and CDNs may keep an object for a year.
export const UPLOAD_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export interface S3ImageStoreOptions {
  readonly bucket: string;
  readonly region: string;
  /** A local endpoint (AWS_ENDPOINT_URL) needs path-style requests: its host is an IP address. */
  readonly forcePathStyle: boolean;
}

/** Pictures in the product images bucket; endpoint and credentials come from the SDK's environment. */
@Injectable()
export class S3ImageStore extends ImageStore implements OnApplicationShutdown {
  private readonly s3: S3Client;
  private readonly bucket: string;

  constructor(options: S3ImageStoreOptions) {
    super();
    this.bucket = options.bucket;
    this.s3 = new S3Client({ region: options.region, forcePathStyle: options.forcePathStyle });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    try {
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: bytes,
          ContentType: contentType,
          CacheControl: UPLOAD_CACHE_CONTROL,
        }),
      );
    } catch (error) {
      throw new ImageStoreUnavailableError(error);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      throw new ImageStoreUnavailableError(error);
    }
  }

  async get(key: string): Promise<StoredImage | null> {
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return {
        body: object.Body as Readable,
        contentType: object.ContentType ?? 'application/octet-stream',
        contentLength: object.ContentLength,
        entityTag: object.ETag,
      };
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw new ImageStoreUnavailableError(error);
    }
  }

  onApplicationShutdown(): void {
    this.s3.destroy();
  }
}
