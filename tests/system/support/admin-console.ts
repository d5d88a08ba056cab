import type { Page } from 'playwright-core';
import { OPERATORS } from './shop-under-test';

export type OperatorRole = keyof typeof OPERATORS;

/** Fills the console's sign-in form the page shows with the operator's email and password, and sends it. */
export async function submitOperatorSignIn(page: Page, role: OperatorRole): Promise<void> {
  await page.getByLabel('Email').fill(OPERATORS[role].email);
  await page.getByLabel('Password').fill(OPERATORS[role].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs the operator in to the admin console at `baseUrl`, which lands on its products list. */
export async function signInOperator(page: Page, baseUrl: string, role: OperatorRole): Promise<void> {
  await page.goto(`${baseUrl}/admin/signin`);
  await submitOperatorSignIn(page, role);
  await page.waitForURL(/\/admin\/products$/);
  await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
}
