import 'server-only';
import { cookies } from 'next/headers';
import type { Credentials } from './gateway';

/** The guest's cart token, issued by the cart service. */
export const CART_COOKIE = 'shop_cart';
/** The signed-in customer's access token. */
export const SESSION_COOKIE = 'shop_session';

const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;

function cookieOptions(maxAge: number) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: process.env['COOKIE_SECURE'] === 'true',
    path: '/',
    maxAge,
  };
}

/** The credentials of this request: the customer's token wins, as in the services. */
export async function currentCredentials(): Promise<Credentials> {
  const jar = await cookies();
  const bearer = jar.get(SESSION_COOKIE)?.value;
  const cartToken = jar.get(CART_COOKIE)?.value;
  return { ...(bearer ? { bearer } : {}), ...(cartToken ? { cartToken } : {}) };
}

/** What the services would use as the owner: the bearer alone when signed in, else the cart token. */
export function ownerOf(credentials: Credentials): Credentials {
  if (credentials.bearer) return { bearer: credentials.bearer };
  if (credentials.cartToken) return { cartToken: credentials.cartToken };
  return {};
}

export async function rememberCartToken(token: string): Promise<void> {
  (await cookies()).set(CART_COOKIE, token, cookieOptions(CART_COOKIE_MAX_AGE));
}

export async function forgetCartToken(): Promise<void> {
  (await cookies()).delete(CART_COOKIE);
}

export async function rememberSession(accessToken: string, expiresInSeconds: number): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, accessToken, cookieOptions(expiresInSeconds));
}

export async function forgetSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
