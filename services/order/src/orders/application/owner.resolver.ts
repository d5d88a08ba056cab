import { Injectable } from '@nestjs/common';
import { bearerToken, InvalidTokenError, TokenService } from '@shop/auth';
import { guestTokenHash } from '../domain/order-owner';
import {
  CustomerRoleRequiredError,
  InvalidAccessTokenError,
  InvalidCartTokenError,
  OwnerRequiredError,
} from '../domain/order.errors';
import type { Caller } from './caller';

/** What the storefront routes read the owner from. */
export interface OwnerHeaders {
  readonly authorization?: string | string[];
  readonly cartToken?: string | string[];
}

// 32 random bytes in base64url, as the cart service issues them.
const CART_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// What the order events accept as an email; a token claim that is not one is ignored.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Establishes the owner of a storefront request: a customer by their bearer token (which wins when both
 * are sent), else a guest by the cart token. Neither: 401; a bearer token without the customer role: 403.
 */
@Injectable()
export class OwnerResolver {
  constructor(private readonly tokens: TokenService) {}

  async resolve(headers: OwnerHeaders): Promise<Caller> {
    if (headers.authorization !== undefined) return this.customer(headers.authorization);
    const cartToken = headers.cartToken;
    if (cartToken === undefined) throw new OwnerRequiredError();
    if (typeof cartToken !== 'string' || !CART_TOKEN.test(cartToken)) throw new InvalidCartTokenError();
    return { owner: { kind: 'guest', tokenHash: guestTokenHash(cartToken) }, credentials: { cartToken } };
  }

  private async customer(authorization: string | string[]): Promise<Caller> {
    const token = bearerToken(authorization);
    if (token === undefined || typeof authorization !== 'string') throw new InvalidAccessTokenError();
    let principal;
    try {
      principal = await this.tokens.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new InvalidAccessTokenError();
      throw error;
    }
    if (!principal.roles.includes('customer')) throw new CustomerRoleRequiredError();
    // Customer accounts are UUIDs; orders and their events key on them.
    if (!UUID.test(principal.subject)) throw new InvalidAccessTokenError();
    const email = principal.email !== undefined && EMAIL.test(principal.email) ? principal.email : undefined;
    return {
      owner: { kind: 'customer', customerId: principal.subject.toLowerCase() },
      ...(email === undefined ? {} : { email }),
      credentials: { authorization },
    };
  }
}
