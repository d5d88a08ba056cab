import { SEED_SKU_COUNT, seedStock } from './seed-stock';

describe(seedStock.name, () => {
  const all = Array.from({ length: SEED_SKU_COUNT }, (_, index) => seedStock(index + 1));

  it("names the catalog seed's SKUs", () => {
    expect(all[0]?.sku).toBe('SKU-000001');
    expect(all[SEED_SKU_COUNT - 1]?.sku).toBe('SKU-000600');
  });

  it('is the same on every run', () => {
    expect(seedStock(77)).toEqual(seedStock(77));
  });

  it('stocks most SKUs with 20 to 120 units, some low, some out of stock', () => {
    const out = all.filter((item) => item.onHand === 0);
    const low = all.filter((item) => item.onHand >= 2 && item.onHand <= 4);
    const plenty = all.filter((item) => item.onHand >= 20 && item.onHand <= 120);
    expect(out).toHaveLength(15);
    expect(low.length).toBeGreaterThanOrEqual(30);
    expect(out.length + low.length + plenty.length).toBe(SEED_SKU_COUNT);
  });
});
