import { EventBridgeError } from './eventbridge-errors';
import { MAX_REQUEST_BYTES, checkEntry, checkPutEventsRequest, entrySize } from './put-events-entries';

const valid = { Source: 'shop.catalog', DetailType: 'catalog.product.created.v1', Detail: '{"id":"p1"}' };

describe(checkEntry.name, () => {
  it('accepts an entry with Source, DetailType and a JSON object Detail', () => {
    expect(checkEntry({ ...valid, Resources: ['arn:x'], EventBusName: 'shop', Time: 1767225600 })).toEqual({
      ok: true,
      source: 'shop.catalog',
      detailType: 'catalog.product.created.v1',
      detail: { id: 'p1' },
      resources: ['arn:x'],
      busName: 'shop',
      time: 1767225600000,
      traceHeader: undefined,
    });
  });

  it.each([
    ['Source', { ...valid, Source: undefined }],
    ['DetailType', { ...valid, DetailType: '' }],
    ['Detail', { ...valid, Detail: undefined }],
  ])('refuses an entry without %s as InvalidArgument', (field, entry) => {
    expect(checkEntry(entry)).toEqual({
      ok: false,
      errorCode: 'InvalidArgument',
      errorMessage: `Parameter ${field} is not valid. Reason: ${field} is a required argument.`,
    });
  });

  it.each(['not json', '[1,2]', '"text"', '42', 'null'])('refuses Detail %s as MalformedDetail', (detail) => {
    expect(checkEntry({ ...valid, Detail: detail })).toMatchObject({ ok: false, errorCode: 'MalformedDetail' });
  });

  it('refuses a DetailType over 128 characters', () => {
    expect(checkEntry({ ...valid, DetailType: 'x'.repeat(129) })).toMatchObject({
      ok: false,
      errorCode: 'InvalidArgument',
    });
  });

  it('refuses the aws. sources, which only AWS may use', () => {
    expect(checkEntry({ ...valid, Source: 'aws.ec2' })).toMatchObject({
      ok: false,
      errorCode: 'NotAuthorizedForSourceException',
    });
  });
});

describe(checkPutEventsRequest.name, () => {
  it('accepts 1 to 10 entries', () => {
    expect(() => checkPutEventsRequest(Array.from({ length: 10 }, () => valid))).not.toThrow();
  });

  it.each([[[]], [Array.from({ length: 11 }, () => valid)], [undefined]])(
    'refuses %#: no entries or more than 10',
    (entries) => {
      expect(() => checkPutEventsRequest(entries)).toThrow(EventBridgeError);
    },
  );

  it('refuses a request over 256 KiB in total', () => {
    const detail = JSON.stringify({ blob: 'x'.repeat(MAX_REQUEST_BYTES / 2) });
    expect(() =>
      checkPutEventsRequest([
        { ...valid, Detail: detail },
        { ...valid, Detail: detail },
      ]),
    ).toThrow('Total size of the entries in the request is over the limit.');
  });
});

describe(entrySize.name, () => {
  it('counts Time as 14 bytes and the UTF-8 bytes of Source, DetailType, Detail and Resources', () => {
    expect(entrySize({ Time: 1, Source: 'ab', DetailType: 'é', Detail: '{}', Resources: ['r1', 'r2'] })).toBe(
      14 + 2 + 2 + 2 + 4,
    );
  });
});
