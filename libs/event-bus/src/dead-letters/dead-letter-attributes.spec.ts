import type { MessageAttributeValue } from '@aws-sdk/client-sqs';
import {
  deadLetterAttributes,
  MAX_MESSAGE_ATTRIBUTES,
  readDeadLetterInfo,
  withoutDeadLetterAttributes,
} from './dead-letter-attributes';

const text = (value: string): MessageAttributeValue => ({ DataType: 'String', StringValue: value });

const published = {
  'shop.event.type': text('catalog.product.created.v1'),
  'shop.event.id': text('c1a2b3c4-d5e6-4f70-8a90-b1c2d3e4f5a6'),
  traceparent: text('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'),
};

describe(deadLetterAttributes.name, () => {
  const info = {
    reason: 'Error: stock service down',
    receiveCount: 5,
    firstReceivedAt: new Date('2026-12-04T10:00:00Z'),
  };

  it('adds the reason, the receive count and the first receive to the original attributes', () => {
    expect(deadLetterAttributes(published, info)).toEqual({
      ...published,
      'shop.dead_letter.reason': text('Error: stock service down'),
      'shop.dead_letter.receive_count': { DataType: 'Number', StringValue: '5' },
      'shop.dead_letter.first_received_at': text('2026-12-04T10:00:00.000Z'),
    });
  });

  it('round-trips through readDeadLetterInfo', () => {
    expect(readDeadLetterInfo(deadLetterAttributes(published, info))).toEqual(info);
  });

  it("stays within SQS's 10 attributes, keeping its own", () => {
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`a${index}`, text(String(index))]));
    const attributes = deadLetterAttributes(many, info);
    expect(Object.keys(attributes)).toHaveLength(MAX_MESSAGE_ATTRIBUTES);
    expect(attributes['shop.dead_letter.reason']).toEqual(text(info.reason));
  });

  it('replaces the facts of an earlier dead-lettering', () => {
    const earlier = deadLetterAttributes(published, { reason: 'old', receiveCount: 1 });
    expect(readDeadLetterInfo(deadLetterAttributes(earlier, { reason: 'new', receiveCount: 3 }))).toEqual({
      reason: 'new',
      receiveCount: 3,
    });
  });

  it('cuts a very long reason', () => {
    const attributes = deadLetterAttributes(published, { reason: 'x'.repeat(5000), receiveCount: 1 });
    expect(attributes['shop.dead_letter.reason']?.StringValue).toHaveLength(1000);
  });
});

describe(withoutDeadLetterAttributes.name, () => {
  it('gives back the attributes the message was published with', () => {
    const attributes = deadLetterAttributes(published, { reason: 'r', receiveCount: 2 });
    expect(withoutDeadLetterAttributes(attributes)).toEqual(published);
  });
});
