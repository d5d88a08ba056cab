import { ListTotalCache } from './list-total-cache';

describe(ListTotalCache.name, () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000;
  });

  it('counts once per key while the entry is fresh, then again', async () => {
    const cache = new ListTotalCache(5_000, clock);
    const count = jest.fn<Promise<number>, []>().mockResolvedValueOnce(7).mockResolvedValueOnce(8);

    await expect(cache.totalOf('a', count)).resolves.toBe(7);
    now += 4_999;
    await expect(cache.totalOf('a', count)).resolves.toBe(7);
    now += 1;
    await expect(cache.totalOf('a', count)).resolves.toBe(8);
    expect(count).toHaveBeenCalledTimes(2);
  });

  it('keeps keys apart', async () => {
    const cache = new ListTotalCache(5_000, clock);
    await expect(cache.totalOf('a', () => Promise.resolve(1))).resolves.toBe(1);
    await expect(cache.totalOf('b', () => Promise.resolve(2))).resolves.toBe(2);
  });

  it('always counts when turned off', async () => {
    const cache = new ListTotalCache(0, clock);
    const count = jest.fn<Promise<number>, []>().mockResolvedValueOnce(1).mockResolvedValueOnce(2);
    await cache.totalOf('a', count);
    await expect(cache.totalOf('a', count)).resolves.toBe(2);
  });
});
