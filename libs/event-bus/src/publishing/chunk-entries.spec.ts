import { chunkEntries } from './chunk-entries';

describe(chunkEntries.name, () => {
  const size = (item: number) => item;

  it('cuts at the entry count', () => {
    expect(chunkEntries([1, 1, 1, 1, 1], size, 2, 100)).toEqual([[1, 1], [1, 1], [1]]);
  });

  it('cuts before the byte limit would be passed, keeping order', () => {
    expect(chunkEntries([40, 50, 20, 30], size, 10, 100)).toEqual([
      [40, 50],
      [20, 30],
    ]);
  });

  it('gives an oversized entry a batch of its own', () => {
    expect(chunkEntries([10, 500, 10], size, 10, 100)).toEqual([[10], [500], [10]]);
  });

  it('makes no batch of nothing', () => {
    expect(chunkEntries([], size, 10, 100)).toEqual([]);
  });
});
