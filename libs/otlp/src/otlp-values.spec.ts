import { anyValueToJs, attributesToRecord, idToHex, isValidId, longToNumber, nanosToMicros } from './otlp-values';

const long = (value: bigint) => ({ high: Number(value >> 32n), low: Number(value & 0xffffffffn) | 0, unsigned: false });

describe('OTLP values', () => {
  it('reads 64-bit longs as numbers, with a negative low word taken as unsigned', () => {
    expect(longToNumber(long(5_000_000_123n))).toBe(5_000_000_123);
    expect(longToNumber(long(0xffffffffn))).toBe(4_294_967_295);
    expect(longToNumber(42)).toBe(42);
    expect(longToNumber(undefined)).toBe(0);
  });

  it('turns fixed64 nanoseconds into whole microseconds without rounding through a double', () => {
    for (const nanos of [1_796_415_225_231_151_999n, 1_796_415_225_231_152_000n, 4_294_967_295_999n, 999n, 0n]) {
      expect(nanosToMicros(long(nanos))).toBe(Number(nanos / 1000n));
    }
    expect(nanosToMicros(1_500_999)).toBe(1500);
    expect(nanosToMicros(null)).toBe(0);
  });

  it('writes ids as lowercase hex, also from a view into a larger buffer', () => {
    const buffer = Uint8Array.from([0xff, 0x0a, 0xf7, 0x65, 0x19, 0xff]);
    expect(idToHex(buffer.subarray(1, 5))).toBe('0af76519');
    expect(idToHex(new Uint8Array(0))).toBe('');
    expect(idToHex(null)).toBe('');
  });

  it('takes an id of the right length that is not all zeros as valid', () => {
    expect(isValidId(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 1]), 8)).toBe(true);
    expect(isValidId(new Uint8Array(8), 8)).toBe(false);
    expect(isValidId(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]), 16)).toBe(false);
    expect(isValidId(undefined, 16)).toBe(false);
  });

  it('turns AnyValues and attributes into plain JS', () => {
    expect(
      attributesToRecord([
        { key: 'http.route', value: { stringValue: '/a' } },
        { key: 'ok', value: { boolValue: false } },
        { key: 'count', value: { intValue: long(7n) } },
        { key: 'ratio', value: { doubleValue: 0.5 } },
        { key: 'list', value: { arrayValue: { values: [{ stringValue: 'x' }, { intValue: 2 }] } } },
        { key: 'map', value: { kvlistValue: { values: [{ key: 'inner', value: { boolValue: true } }] } } },
        { key: 'raw', value: { bytesValue: Uint8Array.from([1, 2, 3]) } },
        { key: 'empty', value: {} },
        { key: '', value: { stringValue: 'no key' } },
      ]),
    ).toEqual({
      'http.route': '/a',
      ok: false,
      count: 7,
      ratio: 0.5,
      list: ['x', 2],
      map: { inner: true },
      raw: 'AQID',
      empty: null,
    });
    expect(anyValueToJs(null)).toBeNull();
    expect(attributesToRecord(undefined)).toEqual({});
  });
});
