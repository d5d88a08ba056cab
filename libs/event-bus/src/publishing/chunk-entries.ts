/**
 * Splits items into batches of at most `maxCount` items and `maxBytes` total size, keeping order: the
 * batch limits of SNS PublishBatch and EventBridge PutEvents. An item larger than `maxBytes` gets a
 * batch of its own (the service then rejects that one entry, not its neighbours).
 */
export function chunkEntries<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  maxCount: number,
  maxBytes: number,
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && (current.length === maxCount || bytes + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
