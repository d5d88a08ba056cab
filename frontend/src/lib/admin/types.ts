import type { Money, ProductImage, ProductSummary } from '@/lib/types';

/** The admin APIs' JSON shapes, as the console reads them (see /api/<svc>/docs-json). */

export const OPERATOR_ROLES = ['admin', 'viewer'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const PRODUCT_SORTS = ['newest', 'name', 'price', '-price', 'relevance'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export interface AdminProductSummary extends Omit<ProductSummary, 'status'> {
  status: ProductStatus;
}

export interface AdminProduct extends AdminProductSummary {
  description: string;
  images: ProductImage[];
  attributes: Record<string, string | number | boolean>;
  categories: { id: string; slug: string; name: string }[];
  updatedAt: string;
}

export type StockLevel = 'in-stock' | 'low' | 'out-of-stock';

export interface StockItem {
  sku: string;
  productId: string | null;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
  status: StockLevel;
  updatedAt: string;
}

export const MOVEMENT_KINDS = ['receipt', 'adjustment', 'reservation', 'release', 'sale', 'restock'] as const;

export interface StockMovement {
  id: string;
  kind: (typeof MOVEMENT_KINDS)[number];
  onHandDelta: number;
  reservedDelta: number;
  onHandAfter: number;
  reservedAfter: number;
  orderId: string | null;
  reason: string | null;
  actor: string;
  occurredAt: string;
}

/** The services that consume queues, each with its own dead-letter admin API. */
export const DEAD_LETTER_SERVICES = [
  { key: 'catalog', label: 'Catalog', prefix: '/api/catalog' },
  { key: 'cart', label: 'Cart', prefix: '/api/cart' },
  { key: 'orders', label: 'Orders', prefix: '/api/orders' },
  { key: 'inventory', label: 'Inventory', prefix: '/api/inventory' },
] as const;
export type DeadLetterService = (typeof DEAD_LETTER_SERVICES)[number]['key'];

export interface DeadLetter {
  messageId: string;
  eventType?: string;
  eventId?: string;
  reason: string;
  receiveCount?: number;
  firstSeenAt?: string;
}

export interface DeadLetterQueue {
  queue: string;
  deadLetterQueue: string;
  messages: DeadLetter[];
}

export interface RedriveResult {
  redriven: Record<string, string[]>;
}

export type { Money };
