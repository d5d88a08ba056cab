import { physicalName } from './messaging-names';
import { PRODUCT_IMAGES_BUCKET, storageTopology } from './storage';

// S3 bucket names: 3-63 characters, lowercase letters, digits, dots and dashes, starting and ending alike.
const S3_BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
// The longest prefix the local endpoint accepts (tools/local-aws config).
const LONGEST_PREFIX = 'p'.repeat(30);

describe('storageTopology', () => {
  it('declares the product images bucket', () => {
    expect(storageTopology.buckets.map((bucket) => bucket.name)).toContain(PRODUCT_IMAGES_BUCKET);
  });

  it('gives every bucket a name S3 accepts, even under the longest prefix', () => {
    const names = storageTopology.buckets.map((bucket) => physicalName(bucket.name, LONGEST_PREFIX));
    expect(names.filter((name) => !S3_BUCKET_NAME.test(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});
