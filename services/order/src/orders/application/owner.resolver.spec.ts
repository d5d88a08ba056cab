import { TokenService } from '@shop/auth';
import { guestTokenHash } from '../domain/order-owner';
import {
  CustomerRoleRequiredError,
  InvalidAccessTokenError,
  InvalidCartTokenError,
  OwnerRequiredError,
} from '../domain/order.errors';
import { OwnerResolver } from './owner.resolver';

const CUSTOMER_ID = 'a1111111-1111-4111-8111-111111111111';
const CART_TOKEN = 'Q'.repeat(43);

describe(OwnerResolver.name, () => {
  const tokens = new TokenService({
    secret: 'a-test-secret-that-is-at-least-32-bytes-long',
    issuer: 'shop',
    audience: 'shop-api',
    ttlSeconds: 600,
  });
  const resolver = new OwnerResolver(tokens);
  const bearer = async (subject: string, roles: ('customer' | 'admin')[], email?: string) =>
    `Bearer ${(await tokens.sign({ subject, roles, ...(email === undefined ? {} : { email }) })).accessToken}`;

  it('resolves a customer by the bearer token, with the email claim, even beside a cart token', async () => {
    const authorization = await bearer(CUSTOMER_ID, ['customer'], 'ada@example.com');

    await expect(resolver.resolve({ authorization, cartToken: CART_TOKEN })).resolves.toEqual({
      owner: { kind: 'customer', customerId: CUSTOMER_ID },
      email: 'ada@example.com',
      credentials: { authorization },
    });
  });

  it('resolves a guest by the hash of the cart token', async () => {
    await expect(resolver.resolve({ cartToken: CART_TOKEN })).resolves.toEqual({
      owner: { kind: 'guest', tokenHash: guestTokenHash(CART_TOKEN) },
      credentials: { cartToken: CART_TOKEN },
    });
    expect(guestTokenHash(CART_TOKEN)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers 401 without credentials', async () => {
    await expect(resolver.resolve({})).rejects.toThrow(OwnerRequiredError);
  });

  it.each(['Bearer nope', 'Basic YWRtaW46c2VjcmV0', ''])(
    'answers 401 to the authorization %j',
    async (authorization) => {
      await expect(resolver.resolve({ authorization, cartToken: CART_TOKEN })).rejects.toThrow(InvalidAccessTokenError);
    },
  );

  it('answers 401 to a customer token whose subject is not an account id', async () => {
    await expect(resolver.resolve({ authorization: await bearer('someone', ['customer']) })).rejects.toThrow(
      InvalidAccessTokenError,
    );
  });

  it('answers 403 to an operator token', async () => {
    await expect(resolver.resolve({ authorization: await bearer(CUSTOMER_ID, ['admin']) })).rejects.toThrow(
      CustomerRoleRequiredError,
    );
  });

  it.each(['short', `${'Q'.repeat(42)}=`, 'Q'.repeat(44)])('answers 401 to the cart token %j', async (cartToken) => {
    await expect(resolver.resolve({ cartToken })).rejects.toThrow(InvalidCartTokenError);
  });
});
