'use server';

import { revalidatePath } from 'next/cache';
import { ApiError } from '@/lib/api-error';
import { gateway, type Credentials } from '@/lib/gateway';
import { failureOf, type Result } from '@/lib/results';
import { currentCredentials, ownerOf, rememberCartToken } from '@/lib/session';
import type { Cart } from '@/lib/types';

/** A cart token the cart service no longer knows (expired, purged): the guest starts a new cart. */
function isLostGuestCart(error: unknown, owner: Credentials): boolean {
  return owner.cartToken !== undefined && error instanceof ApiError && (error.status === 401 || error.status === 404);
}

async function newGuestCart(): Promise<Credentials> {
  const created = await gateway<{ cartToken: string }>('/api/cart', { method: 'POST' });
  await rememberCartToken(created.cartToken);
  return { cartToken: created.cartToken };
}

async function addToCart(productId: string, quantity: number): Promise<Result<Cart>> {
  try {
    let owner = ownerOf(await currentCredentials());
    if (!owner.bearer && !owner.cartToken) owner = await newGuestCart();
    const add = (credentials: Credentials) =>
      gateway<Cart>('/api/cart/items', { method: 'POST', credentials, body: { productId, quantity } });
    let cart: Cart;
    try {
      cart = await add(owner);
    } catch (error) {
      if (!isLostGuestCart(error, owner)) throw error;
      cart = await add(await newGuestCart());
    }
    revalidatePath('/', 'layout');
    return { ok: true, value: cart };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

export interface AddToCartState {
  result?: Result<Cart>;
}

/** The product page's form: works before the page's script has loaded, like any HTML form. */
export async function addToCartFromForm(_previous: AddToCartState, form: FormData): Promise<AddToCartState> {
  const productId = form.get('productId');
  const quantity = Number(form.get('quantity'));
  if (typeof productId !== 'string' || !Number.isInteger(quantity) || quantity < 1) {
    return { result: { ok: false, failure: { status: 400, code: 'BAD_FORM', message: 'Choose a quantity.' } } };
  }
  return { result: await addToCart(productId, quantity) };
}

export async function changeQuantity(itemId: string, quantity: number): Promise<Result<Cart>> {
  try {
    const owner = ownerOf(await currentCredentials());
    const cart = await gateway<Cart>(`/api/cart/items/${encodeURIComponent(itemId)}`, {
      method: 'PATCH',
      credentials: owner,
      body: { quantity },
    });
    revalidatePath('/', 'layout');
    return { ok: true, value: cart };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

export async function removeItem(itemId: string): Promise<Result<Cart>> {
  try {
    const owner = ownerOf(await currentCredentials());
    const cart = await gateway<Cart>(`/api/cart/items/${encodeURIComponent(itemId)}`, {
      method: 'DELETE',
      credentials: owner,
    });
    revalidatePath('/', 'layout');
    return { ok: true, value: cart };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}
