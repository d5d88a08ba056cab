import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import {
  metrics,
  type BatchObservableCallback,
  type Counter,
  type Meter,
  type ObservableGauge,
} from '@opentelemetry/api';
import { ShopAttributes, ShopMetrics, untraced } from '@shop/observability';
import { StockRepository } from '../domain/stock.repository';

/**
 * Inventory's business metrics: reservation failures by reason, and two gauges over every SKU (units
 * available, SKUs at or below their threshold) read with one SQL statement per collection.
 */
@Injectable()
export class StockMetrics implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(StockMetrics.name);
  private readonly meter: Meter = metrics.getMeter('@shop/inventory');
  private readonly reservationFailures: Counter;
  private readonly availableUnits: ObservableGauge;
  private readonly lowStockItems: ObservableGauge;
  private readonly observe: BatchObservableCallback;

  constructor(private readonly stock: StockRepository) {
    this.reservationFailures = this.meter.createCounter(ShopMetrics.ReservationFailures, {
      description: 'Orders whose stock could not be reserved',
      unit: '{order}',
    });
    this.availableUnits = this.meter.createObservableGauge(ShopMetrics.StockAvailableUnits, {
      description: 'Units available to reserve, over every SKU',
      unit: '{unit}',
    });
    this.lowStockItems = this.meter.createObservableGauge(ShopMetrics.LowStockItems, {
      description: 'SKUs whose available units are at or below their low-stock threshold',
      unit: '{sku}',
    });
    this.observe = async (result) => {
      try {
        const totals = await untraced(() => this.stock.totals());
        result.observe(this.availableUnits, totals.availableUnits);
        result.observe(this.lowStockItems, totals.lowStockItems);
      } catch (error) {
        // A gap in the series rather than a false zero while the database is unreachable.
        this.logger.warn({ msg: 'stock gauges not read', err: error });
      }
    };
  }

  onModuleInit(): void {
    this.meter.addBatchObservableCallback(this.observe, [this.availableUnits, this.lowStockItems]);
  }

  onModuleDestroy(): void {
    this.meter.removeBatchObservableCallback(this.observe, [this.availableUnits, this.lowStockItems]);
  }

  reservationFailed(reason: string): void {
    this.reservationFailures.add(1, { [ShopAttributes.RejectionReason]: reason });
  }
}
