const MAX_ENTRIES = 1000;

/**
 * Remembers storefront list totals for a few seconds. An exact total costs a scan of every matching
 * index entry (tens of milliseconds at 100,000 products), more than the page itself; a shopper can
 * live with a total that is seconds old, an operator cannot, so only storefront lists use this.
 * A time to live of 0 turns it off.
 */
export class ListTotalCache {
  private readonly entries = new Map<string, { total: number; expiresAt: number }>();

  constructor(
    private readonly timeToLiveMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async totalOf(key: string, count: () => Promise<number>): Promise<number> {
    if (this.timeToLiveMs <= 0) return count();
    const cached = this.entries.get(key);
    if (cached !== undefined && cached.expiresAt > this.now()) return cached.total;

    const total = await count();
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { total, expiresAt: this.now() + this.timeToLiveMs });
    return total;
  }
}
