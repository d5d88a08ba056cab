import { Injectable } from '@nestjs/common';
import { bearerToken, InvalidTokenError, TokenService, type Principal } from '@shop/auth';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { PinoLogger } from 'nestjs-pino';
import type { CartOwner, CustomerOwner, GuestOwner } from '../domain/cart-owner';
import { cartTokenHash, isCartToken } from '../domain/cart-token';
import {
  CartTokenRequiredError,
  CustomerRoleRequiredError,
  CustomerTokenRequiredError,
  InvalidAccessTokenError,
  InvalidCartTokenError,
  OwnerRequiredError,
} from '../domain/owner.errors';

/** The owner headers of a request, as received. */
export interface OwnerCredentials {
  /** The Authorization header. */
  readonly authorization: string | undefined;
  /** The X-Cart-Token header. */
  readonly cartToken: string | undefined;
}

export interface MergeOwners {
  readonly customer: CustomerOwner;
  readonly guest: GuestOwner;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who is asking, for every cart route: a bearer token must verify and carry the customer role (its
 * subject, a UUID, is the customer id); otherwise an X-Cart-Token names a guest cart. The bearer token
 * wins when both are sent, except for a merge, which needs both.
 */
@Injectable()
export class CartOwnerResolver {
  constructor(
    private readonly tokens: TokenService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(CartOwnerResolver.name);
  }

  async owner(credentials: OwnerCredentials): Promise<CartOwner> {
    if (credentials.authorization !== undefined) return this.customer(credentials.authorization);
    if (credentials.cartToken !== undefined) return this.guest(credentials.cartToken);
    throw new OwnerRequiredError();
  }

  async mergeOwners(credentials: OwnerCredentials): Promise<MergeOwners> {
    if (credentials.authorization === undefined) throw new CustomerTokenRequiredError();
    const customer = await this.customer(credentials.authorization);
    if (credentials.cartToken === undefined) throw new CartTokenRequiredError();
    return { customer, guest: this.guest(credentials.cartToken) };
  }

  private async customer(authorization: string): Promise<CustomerOwner> {
    const token = bearerToken(authorization);
    if (token === undefined) throw new InvalidAccessTokenError();
    const principal = await this.verified(token);
    if (!principal.roles.includes('customer')) throw new CustomerRoleRequiredError();
    // Customer ids are UUIDs (the order events carry them as such); a customer token without one is forged or broken.
    if (!UUID.test(principal.subject)) throw new InvalidAccessTokenError();
    const owner: CustomerOwner = { kind: 'customer', customerId: principal.subject.toLowerCase() };
    annotateSpan({ [ShopAttributes.OwnerKind]: owner.kind, [ShopAttributes.CustomerId]: owner.customerId });
    // Every later log line of this request names the customer.
    this.logger.assign({ customer_id: owner.customerId });
    return owner;
  }

  private async verified(token: string): Promise<Principal> {
    try {
      return await this.tokens.verify(token);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      // The reason (expired, bad signature...) is for the log; the client gets one message whatever it is.
      this.logger.debug({ reason: error.reason }, 'access token refused');
      throw new InvalidAccessTokenError();
    }
  }

  private guest(cartToken: string): GuestOwner {
    if (!isCartToken(cartToken)) throw new InvalidCartTokenError();
    annotateSpan({ [ShopAttributes.OwnerKind]: 'guest' });
    return { kind: 'guest', tokenHash: cartTokenHash(cartToken) };
  }
}
