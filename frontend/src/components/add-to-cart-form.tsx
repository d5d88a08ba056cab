'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import type { AddToCartState } from '@/app/actions/cart';
import { FUNNEL_STEPS, recordFunnelEvent } from '@/lib/funnel';
import { MAX_QUANTITY_PER_LINE } from './cart-view';
import { FailureView } from './failure-view';

interface AddToCartFormProps {
  productId: string;
  productName: string;
  soldOut: boolean;
  /** A server action, so the form also works before the page's script has loaded. */
  action: (previous: AddToCartState, form: FormData) => Promise<AddToCartState>;
}

export function AddToCartForm({ productId, productName, soldOut, action }: AddToCartFormProps) {
  const [state, formAction, pending] = useActionState(async (previous: AddToCartState, form: FormData) => {
    const next = await action(previous, form);
    if (next.result?.ok) {
      recordFunnelEvent({
        step: FUNNEL_STEPS.addedToCart,
        attributes: {
          'product.id': productId,
          'cart.quantity_added': Number(form.get('quantity')),
          'cart.item_count': next.result.value.itemCount,
        },
      });
    }
    return next;
  }, {});
  const result = state.result;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-end gap-3">
        <label className="flex flex-col text-sm">
          <span className="font-medium">Quantity</span>
          <select name="quantity" defaultValue="1" className="mt-1 rounded border border-slate-400 px-2 py-2">
            {Array.from({ length: MAX_QUANTITY_PER_LINE }, (_, index) => index + 1).map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          disabled={pending || soldOut}
          className="rounded bg-indigo-700 px-5 py-2 font-semibold text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:bg-slate-400"
        >
          {soldOut ? 'Out of stock' : pending ? 'Adding…' : 'Add to cart'}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {result?.ok ? (
          <p className="text-sm text-green-900">
            {productName} is in your cart ({result.value.itemCount} {result.value.itemCount === 1 ? 'item' : 'items'}).{' '}
            <Link href="/cart" className="font-medium underline">
              View cart
            </Link>
          </p>
        ) : null}
      </div>
      {result && !result.ok ? <FailureView failure={result.failure} title="Could not add to the cart" /> : null}
    </form>
  );
}
