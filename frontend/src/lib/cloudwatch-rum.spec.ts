import { AwsRum } from 'aws-rum-web';
import { startCloudWatchRum } from './cloudwatch-rum';
import { FUNNEL_STEPS, recordFunnelEvent } from './funnel';

jest.mock('aws-rum-web', () => ({ AwsRum: jest.fn(() => ({ recordEvent: mockRecordEvent })) }));
const mockRecordEvent = jest.fn();

describe(startCloudWatchRum.name, () => {
  it('starts the app monitor once and records the funnel steps as custom events', () => {
    recordFunnelEvent({ step: FUNNEL_STEPS.productViewed, attributes: { 'product.id': 'p-1' } });
    const config = { applicationId: 'monitor', region: 'eu-west-1', identityPoolId: 'pool', allowCookies: false };

    startCloudWatchRum(config, '1.2.3');
    startCloudWatchRum(config, '1.2.3');
    recordFunnelEvent({
      step: FUNNEL_STEPS.addedToCart,
      attributes: { 'product.id': 'p-1', 'cart.quantity_added': 2 },
    });

    expect(AwsRum).toHaveBeenCalledTimes(1);
    expect(AwsRum).toHaveBeenCalledWith(
      'monitor',
      '1.2.3',
      'eu-west-1',
      expect.objectContaining({ identityPoolId: 'pool', allowCookies: false }),
    );
    expect(mockRecordEvent.mock.calls).toEqual([
      ['product_viewed', { 'product.id': 'p-1', 'url.path': '/' }],
      ['added_to_cart', { 'product.id': 'p-1', 'cart.quantity_added': 2, 'url.path': '/' }],
    ]);
  });
});
