import type { Order } from '../domain/order';
import type { OrderOwner } from '../domain/order-owner';
import { OrderEntity } from './order.entity';

function ownerOf(row: OrderEntity): OrderOwner {
  if (row.customerId !== null) return { kind: 'customer', customerId: row.customerId };
  if (row.guestTokenHash !== null) return { kind: 'guest', tokenHash: row.guestTokenHash };
  throw new Error(`order ${row.id} has neither a customer nor a guest`);
}

export function toOrder(row: OrderEntity): Order {
  return {
    id: row.id,
    status: row.status,
    rejectionReason: row.rejectionReason,
    owner: ownerOf(row),
    email: row.email,
    cartId: row.cartId,
    idempotencyKey: row.idempotencyKey,
    requestFingerprint: row.requestFingerprint,
    lines: row.lines,
    total: { amount: row.total, currency: row.currency },
    shippingAddress: row.shippingAddress,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toOrderRow(order: Order, ownerKey: string): OrderEntity {
  const row = new OrderEntity();
  row.id = order.id;
  row.status = order.status;
  row.rejectionReason = order.rejectionReason;
  row.ownerKey = ownerKey;
  row.customerId = order.owner.kind === 'customer' ? order.owner.customerId : null;
  row.guestTokenHash = order.owner.kind === 'guest' ? order.owner.tokenHash : null;
  row.idempotencyKey = order.idempotencyKey;
  row.requestFingerprint = order.requestFingerprint;
  row.email = order.email;
  row.cartId = order.cartId;
  row.lines = [...order.lines];
  row.total = order.total.amount;
  row.currency = order.total.currency;
  row.shippingAddress = order.shippingAddress;
  row.createdAt = order.createdAt;
  row.updatedAt = order.updatedAt;
  return row;
}
