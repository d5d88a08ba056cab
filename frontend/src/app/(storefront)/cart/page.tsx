import type { Metadata } from 'next';
import { changeQuantity, removeItem } from '@/app/actions/cart';
import { CartView } from '@/components/cart-view';
import { FailureView } from '@/components/failure-view';
import { currentCart } from '@/lib/cart';
import { failureOf } from '@/lib/results';
import type { Cart } from '@/lib/types';

export const metadata: Metadata = { title: 'Cart' };

export default async function CartPage() {
  let cart: Cart | null;
  try {
    cart = await currentCart();
  } catch (error) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Your cart</h1>
        <FailureView failure={failureOf(error)} title="The cart could not be loaded" />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Your cart</h1>
      <CartView key={cart?.updatedAt ?? 'none'} cart={cart} onChangeQuantity={changeQuantity} onRemove={removeItem} />
    </div>
  );
}
