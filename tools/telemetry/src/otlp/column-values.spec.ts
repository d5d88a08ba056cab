import { serviceOf, sortedJson } from './column-values';

describe('column values', () => {
  it('names the service after service.name, browsers as storefront-browser, else unknown_service', () => {
    expect(serviceOf({ 'service.name': 'cart' })).toBe('cart');
    expect(serviceOf({ 'service.name': 'storefront', 'telemetry.sdk.language': 'webjs' })).toBe('storefront-browser');
    expect(serviceOf({ 'service.name': '' })).toBe('unknown_service');
  });

  it('writes attribute JSON with sorted keys', () => {
    expect(sortedJson({ b: 1, a: { z: 1, y: 2 } })).toBe('{"a":{"z":1,"y":2},"b":1}');
  });
});
