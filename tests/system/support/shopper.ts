import type { Page } from 'playwright-core';
import { SHIPPING_ADDRESS } from './shop-client';

/** Presses the product page's Add to cart and waits for the page to confirm it. */
export async function addToCart(page: Page, productName: string): Promise<void> {
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText(`${productName} is in your cart`).waitFor({ timeout: 30_000 });
}

/** Fills the checkout form the page shows with `email` and the test address, places the order, and returns its id. */
export async function placeOrder(page: Page, email: string): Promise<string> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Full name').fill(SHIPPING_ADDRESS.fullName);
  await page.getByLabel('Address line 1').fill(SHIPPING_ADDRESS.line1);
  await page.getByLabel('Town or city').fill(SHIPPING_ADDRESS.city);
  await page.getByLabel('Postcode').fill(SHIPPING_ADDRESS.postalCode);
  await page.getByLabel('Country').selectOption(SHIPPING_ADDRESS.country);
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}\?placed=1$/, { timeout: 60_000 });
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}
