import { serviceOf, sortedJson } from './column-values';

describe('column values', () => {
  it('names the service after service.name, a browser SDK’s too, else unknown_service', () => {
    expect(serviceOf({ 'service.name': 'cart' })).toBe('cart');
    expect(serviceOf({ 'service.name': 'storefront-web', 'telemetry.sdk.language': 'webjs' })).toBe('storefront-web');
    expect(serviceOf({})).toBe('unknown_service');
    expect(serviceOf({ 'service.name': '' })).toBe('unknown_service');
  });

  it('writes attribute JSON with sorted keys', () => {
    expect(sortedJson({ b: 1, a: { z: 1, y: 2 } })).toBe('{"a":{"z":1,"y":2},"b":1}');
  });
});
