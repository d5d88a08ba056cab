/** The gateway's JSON shapes, as the storefront reads them (see /api/<svc>/docs-json). */

export interface Money {
  /** An exact decimal string ("12.50"): never converted to a float. */
  amount: string;
  currency: string;
}

export type StockStatus = 'in-stock' | 'low' | 'out-of-stock' | 'unknown';

export interface ProductImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

export interface ProductSummary {
  id: string;
  sku: string;
  slug: string;
  name: string;
  price: Money;
  images: ProductImage[];
  status: string;
  stockStatus: StockStatus;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CategoryReference {
  id: string;
  slug: string;
  name: string;
}

export interface ProductDetail extends ProductSummary {
  description: string;
  attributes: Record<string, string | number | boolean>;
  categories: CategoryReference[];
  related: ProductSummary[];
}

export interface CategoryNode {
  id: string;
  name: string;
  slug: string;
  position: number;
  productCount: number;
  children: CategoryNode[];
}

export interface CartItem {
  id: string;
  productId: string;
  sku: string;
  name: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
}

export interface Cart {
  id: string;
  items: CartItem[];
  itemCount: number;
  subtotal: Money | null;
  expiresAt: string;
  updatedAt: string;
}

export const ORDER_STATUSES = ['PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface ShippingAddress {
  fullName: string;
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
  phone?: string;
}

export interface OrderLine {
  productId: string;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
}

export interface Order {
  id: string;
  status: OrderStatus;
  rejectionReason?: string | null;
  email: string;
  customerId: string | null;
  lines: OrderLine[];
  total: Money;
  shippingAddress: ShippingAddress;
  createdAt: string;
  updatedAt: string;
}

export interface Account {
  id: string;
  email: string;
  name: string;
  roles: string[];
}

export interface Session {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  account: Account;
}

/** What a failed call tells the page: enough to explain it, and the trace id to find the request. */
export interface Failure {
  status: number;
  code: string;
  message: string;
  traceId?: string;
  details?: unknown;
}
