import { Injectable } from '@nestjs/common';
import {
  createEnvelope,
  type EventEnvelope,
  ProductArchivedV1,
  ProductCreatedV1,
  ProductPriceChangedV1,
  ProductUpdatedV1,
} from '@shop/contracts';
import { type EventDestination, OutboxWriter } from '@shop/event-bus';
import type { Money } from '../domain/money';
import { changedFields, type Product } from '../domain/product';
import type { InSameTransaction } from '../domain/product.repository';

/** Every product event goes to the catalog's topic (its SNS subscribers) and the shop's bus (its rules). */
export const PRODUCT_EVENT_DESTINATIONS: readonly EventDestination[] = [
  { kind: 'sns', topic: 'catalog-events' },
  { kind: 'eventbridge', bus: 'shop-events' },
];

/** A product before and after one committed change. */
export interface ProductChange {
  readonly before: Product;
  readonly after: Product;
}

/**
 * Builds the events that report product changes (validated against their contracts at once) and
 * appends them to the outbox in the transaction of the change, so they exist if and only if it commits.
 */
@Injectable()
export class ProductEvents {
  constructor(private readonly outbox: OutboxWriter) {}

  created(product: Product, correlationId: string): InSameTransaction {
    return this.appending([createEnvelope(ProductCreatedV1, snapshotOf(product), { correlationId })]);
  }

  /**
   * `updated` for each product that changed at least one field, and in addition `price-changed` when its
   * price changed and `archived` when it became archived.
   */
  changed(changes: readonly ProductChange[], correlationId: string): InSameTransaction {
    return this.appending(changes.flatMap((change) => changeEvents(change, correlationId)));
  }

  private appending(envelopes: readonly EventEnvelope[]): InSameTransaction {
    return async (manager) => {
      for (const envelope of envelopes) await this.outbox.append(manager, envelope, PRODUCT_EVENT_DESTINATIONS);
    };
  }
}

function changeEvents({ before, after }: ProductChange, correlationId: string): EventEnvelope[] {
  const fields = changedFields(before, after);
  if (fields.length === 0) return [];
  const options = { correlationId };
  const events: EventEnvelope[] = [
    createEnvelope(ProductUpdatedV1, { ...snapshotOf(after), changedFields: fields }, options),
  ];
  if (fields.includes('price')) {
    const data = {
      productId: after.id,
      sku: after.sku,
      previousPrice: priceOf(before.price),
      price: priceOf(after.price),
    };
    events.push(createEnvelope(ProductPriceChangedV1, data, options));
  }
  if (fields.includes('status') && after.status === 'archived') {
    events.push(createEnvelope(ProductArchivedV1, { productId: after.id, sku: after.sku }, options));
  }
  return events;
}

function snapshotOf(product: Product) {
  return {
    productId: product.id,
    sku: product.sku,
    name: product.name,
    slug: product.slug,
    status: product.status,
    price: priceOf(product.price),
    categoryIds: product.categoryIds,
  };
}

function priceOf(money: Money) {
  return { amount: money.amount, currency: money.currency };
}
