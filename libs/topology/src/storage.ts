/**
 * The shop's S3 buckets, declared once like its messaging: the local endpoint creates them at start and
 * the CDK app builds the same buckets in AWS. Names are LOGICAL; the bucket in an account is
 * `physicalName(logical, prefix)`.
 */
export interface StorageTopology {
  readonly buckets: readonly BucketDeclaration[];
}

/** A private S3 bucket: objects are read through the service that owns it, never publicly. */
export interface BucketDeclaration {
  readonly name: string;
  readonly description: string;
}

/** The bucket product pictures uploaded by operators live in (`products/<productId>/<uuid>.<ext>`). */
export const PRODUCT_IMAGES_BUCKET = 'product-images';

export const storageTopology: StorageTopology = {
  buckets: [
    {
      name: PRODUCT_IMAGES_BUCKET,
      description: 'Product pictures operators upload; the catalog serves them, a function makes their sizes.',
    },
  ],
};
