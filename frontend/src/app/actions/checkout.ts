'use server';

import { redirect } from 'next/navigation';
import { ApiError } from '@/lib/api-error';
import {
  emptyCheckoutFields,
  fieldErrorsFromApi,
  placeOrderBody,
  validateCheckout,
  type CheckoutErrors,
  type CheckoutField,
  type CheckoutFields,
} from '@/lib/checkout-validation';
import { gateway } from '@/lib/gateway';
import { failureOf } from '@/lib/results';
import { currentCredentials, ownerOf } from '@/lib/session';
import type { Failure, Order } from '@/lib/types';

export interface CheckoutState {
  fields: CheckoutFields;
  errors: CheckoutErrors;
  failure?: Failure;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,100}$/;

function fieldsFrom(form: FormData): CheckoutFields {
  const fields = emptyCheckoutFields();
  for (const name of Object.keys(fields) as CheckoutField[]) {
    const value = form.get(name);
    fields[name] = typeof value === 'string' ? value : '';
  }
  return fields;
}

/**
 * Places the order for the cart. The form carries one Idempotency-Key per checkout attempt, so a
 * double submit or a retry after a lost answer gets the same order rather than a second one.
 */
export async function placeOrder(_previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const fields = fieldsFrom(form);
  const key = form.get('idempotencyKey');
  const credentials = await currentCredentials();
  const owner = ownerOf(credentials);
  const signedIn = owner.bearer !== undefined;
  const errors = validateCheckout(fields, !signedIn);
  if (Object.keys(errors).length > 0) return { fields, errors };
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    return { fields, errors, failure: { status: 400, code: 'BAD_FORM', message: 'Reload the page and try again.' } };
  }
  if (!owner.bearer && !owner.cartToken) {
    return { fields, errors, failure: { status: 422, code: 'CART_EMPTY', message: 'Your cart is empty.' } };
  }
  let order: Order;
  try {
    order = await gateway<Order>('/api/orders', {
      method: 'POST',
      credentials: owner,
      headers: { 'idempotency-key': key },
      body: placeOrderBody(fields, !signedIn),
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      return { fields, errors: fieldErrorsFromApi(error.failure.details), failure: error.failure };
    }
    if (error instanceof ApiError && error.code === 'CART_EMPTY') {
      return { fields, errors, failure: { ...error.failure, message: 'Your cart is empty.' } };
    }
    return { fields, errors, failure: failureOf(error) };
  }
  // `placed` tells the order page to record the funnel's last step; a reload of it records it again.
  redirect(`/orders/${order.id}?placed=1`);
}
