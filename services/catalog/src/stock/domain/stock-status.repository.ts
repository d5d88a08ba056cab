import type { RecordOutcome, StockStatusReport } from './stock-status';

/** The last stock status inventory reported per SKU. */
export abstract class StockStatusRepository {
  /**
   * Keeps the report unless the SKU already has one with the same or a later `asOf`, at most once per
   * event id (an inbox row in the same transaction), so redelivered and reordered events change nothing.
   */
  abstract record(eventId: string, report: StockStatusReport): Promise<RecordOutcome>;
}
