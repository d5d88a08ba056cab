'use client';

import Link from 'next/link';
import { useState, useTransition } from 'react';
import { formatMoney } from '@/lib/money';
import type { Result } from '@/lib/results';
import type { Cart, Failure } from '@/lib/types';
import { EmptyState, FailureView } from './failure-view';

/** The cart service's per-line limit. */
export const MAX_QUANTITY_PER_LINE = 10;

interface CartViewProps {
  cart: Cart | null;
  onChangeQuantity: (itemId: string, quantity: number) => Promise<Result<Cart>>;
  onRemove: (itemId: string) => Promise<Result<Cart>>;
}

/**
 * The cart's lines and totals. Every amount shown is the cart service's own decimal string, formatted:
 * the browser never adds prices up, so what is shown is what the order will charge.
 */
export function CartView({ cart: initial, onChangeQuantity, onRemove }: CartViewProps) {
  const [cart, setCart] = useState(initial);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [status, setStatus] = useState('');
  const [pending, startTransition] = useTransition();

  function apply(change: () => Promise<Result<Cart>>, done: string) {
    startTransition(async () => {
      const result = await change();
      if (result.ok) {
        setCart(result.value);
        setFailure(null);
        setStatus(done);
      } else {
        setFailure(result.failure);
        setStatus('');
      }
    });
  }

  if (cart === null || cart.items.length === 0) {
    return (
      <EmptyState title="Your cart is empty">
        <Link href="/products" className="font-medium text-indigo-800 underline">
          Browse the products
        </Link>
      </EmptyState>
    );
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div>
        <p role="status" aria-live="polite" className="sr-only">
          {status}
        </p>
        {failure ? <FailureView failure={failure} title="The cart could not be changed" /> : null}
        <ul aria-label="Cart lines" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {cart.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center gap-3 p-3 sm:flex-nowrap">
              <div className="min-w-0 flex-1">
                <p className="font-medium text-slate-900">{item.name}</p>
                <p className="text-sm text-slate-700">
                  {formatMoney(item.unitPrice)} each · <span className="font-mono text-xs">{item.sku}</span>
                </p>
              </div>
              <label className="flex items-center gap-2 text-sm">
                <span>Quantity</span>
                <select
                  aria-label={`Quantity of ${item.name}`}
                  value={item.quantity}
                  disabled={pending}
                  onChange={(event) =>
                    apply(
                      () => onChangeQuantity(item.id, Number(event.target.value)),
                      `${item.name}: quantity ${event.target.value}`,
                    )
                  }
                  className="rounded border border-slate-400 px-2 py-1"
                >
                  {Array.from({ length: Math.max(MAX_QUANTITY_PER_LINE, item.quantity) }, (_, index) => index + 1).map(
                    (quantity) => (
                      <option key={quantity} value={quantity}>
                        {quantity}
                      </option>
                    ),
                  )}
                </select>
              </label>
              <p className="w-24 text-right font-semibold text-slate-900" data-testid={`line-total-${item.id}`}>
                {formatMoney(item.lineTotal)}
              </p>
              <button
                type="button"
                disabled={pending}
                onClick={() => apply(() => onRemove(item.id), `${item.name} removed`)}
                className="rounded px-2 py-1 text-sm text-red-800 underline hover:bg-red-50 disabled:opacity-50"
              >
                Remove<span className="sr-only"> {item.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <aside aria-label="Order summary" className="h-fit rounded-lg border border-slate-200 bg-white p-4">
        <dl className="space-y-2 text-sm">
          <div className="flex justify-between">
            <dt>Items</dt>
            <dd>{cart.itemCount}</dd>
          </div>
          <div className="flex justify-between text-base font-semibold">
            <dt>Subtotal</dt>
            <dd data-testid="cart-subtotal">{cart.subtotal ? formatMoney(cart.subtotal) : '—'}</dd>
          </div>
        </dl>
        <p className="mt-2 text-xs text-slate-700">Shipping is free. Stock is reserved when you place the order.</p>
        <Link
          href="/checkout"
          aria-disabled={pending}
          className="mt-4 block rounded bg-indigo-700 px-4 py-2 text-center font-semibold text-white hover:bg-indigo-800"
        >
          Go to checkout
        </Link>
      </aside>
    </div>
  );
}
