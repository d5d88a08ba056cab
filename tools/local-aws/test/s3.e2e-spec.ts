import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startLocalAws, type LocalAws } from '../src';
import { uniquePrefix } from './aws-clients';

describe('S3 through the local endpoint', () => {
  let aws: LocalAws;
  let s3: S3Client;

  beforeAll(async () => {
    aws = await startLocalAws({ port: 0 });
    // Path-style: the endpoint is an IP address, so bucket host names (virtual-hosted style) cannot resolve.
    s3 = new S3Client({
      endpoint: aws.url,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
  });

  afterAll(async () => {
    s3.destroy();
    await aws.stop();
  });

  it('stores and returns an object', async () => {
    const bucket = `${uniquePrefix()}-exports`;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'reports/a.json',
        Body: '{"ok":true}',
        ContentType: 'application/json',
      }),
    );

    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'reports/a.json' }));

    await expect(object.Body?.transformToString()).resolves.toBe('{"ok":true}');
    expect(object.ContentType).toBe('application/json');
  });
});
