import { nanosToMicros, serviceOf, sortedJson } from './otlp-values';

const long = (nanos: bigint) => ({ high: Number(nanos >> 32n), low: Number(nanos & 0xffffffffn) | 0, unsigned: false });

describe('OTLP values', () => {
  it('turns fixed64 nanoseconds into whole microseconds without rounding through a double', () => {
    for (const nanos of [1_796_415_225_231_151_999n, 1_796_415_225_231_152_000n, 4_294_967_295_999n, 999n, 0n]) {
      expect(nanosToMicros(long(nanos))).toBe(Number(nanos / 1000n));
    }
    expect(nanosToMicros(1_500_999)).toBe(1500);
    expect(nanosToMicros(null)).toBe(0);
  });

  it('names the service after service.name, browsers as storefront-browser, else unknown_service', () => {
    expect(serviceOf({ 'service.name': 'cart' })).toBe('cart');
    expect(serviceOf({ 'service.name': 'storefront', 'telemetry.sdk.language': 'webjs' })).toBe('storefront-browser');
    expect(serviceOf({ 'service.name': '' })).toBe('unknown_service');
  });

  it('writes attribute JSON with sorted keys', () => {
    expect(sortedJson({ b: 1, a: { z: 1, y: 2 } })).toBe('{"a":{"z":1,"y":2},"b":1}');
  });
});
