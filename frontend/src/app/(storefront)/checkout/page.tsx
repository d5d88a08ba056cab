import type { Metadata } from 'next';
import Link from 'next/link';
import { randomUUID } from 'node:crypto';
import { placeOrder } from '@/app/actions/checkout';
import { CheckoutForm } from '@/components/checkout-form';
import { EmptyState, FailureView } from '@/components/failure-view';
import { FunnelStep } from '@/components/funnel-step';
import { OrderLines } from '@/components/order-lines';
import { currentAccount } from '@/lib/account';
import { currentCart } from '@/lib/cart';
import { emptyCheckoutFields } from '@/lib/checkout-validation';
import { FUNNEL_STEPS } from '@/lib/funnel';
import { failureOf } from '@/lib/results';
import type { Cart } from '@/lib/types';

export const metadata: Metadata = { title: 'Checkout' };

export default async function CheckoutPage() {
  let cart: Cart | null;
  try {
    cart = await currentCart();
  } catch (error) {
    return <FailureView failure={failureOf(error)} title="The cart could not be loaded" />;
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
  const account = await currentAccount();
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <FunnelStep
        step={FUNNEL_STEPS.checkoutStarted}
        attributes={{
          'cart.item_count': cart.itemCount,
          ...(cart.subtotal ? { 'cart.subtotal': cart.subtotal.amount, 'cart.currency': cart.subtotal.currency } : {}),
        }}
      />
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Checkout</h1>
        {account ? (
          <p className="text-sm text-slate-700">
            Ordering as <strong>{account.email}</strong>.
          </p>
        ) : (
          <p className="text-sm text-slate-700">
            Checking out as a guest.{' '}
            <Link href="/signin?next=/checkout" className="font-medium text-indigo-800 underline">
              Sign in
            </Link>{' '}
            to keep your orders in your account.
          </p>
        )}
        <CheckoutForm
          idempotencyKey={randomUUID()}
          emailRequired={account === null}
          initial={{ fields: emptyCheckoutFields(), errors: {} }}
          action={placeOrder}
        />
      </div>
      <aside aria-label="Your order" className="h-fit rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">Your order</h2>
        <OrderLines
          label="Items in your cart"
          lines={cart.items.map((item) => ({ key: item.id, ...item }))}
          total={cart.subtotal}
        />
      </aside>
    </div>
  );
}
