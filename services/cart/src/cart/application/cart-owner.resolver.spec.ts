import { InvalidTokenError, TokenService, type Principal } from '@shop/auth';
import type { PinoLogger } from 'nestjs-pino';
import { strictMock } from '@shop/testing/jest';
import { cartTokenHash, newCartToken } from '../domain/cart-token';
import {
  CartTokenRequiredError,
  CustomerRoleRequiredError,
  CustomerTokenRequiredError,
  InvalidAccessTokenError,
  InvalidCartTokenError,
  OwnerRequiredError,
} from '../domain/owner.errors';
import { CartOwnerResolver } from './cart-owner.resolver';

const CUSTOMER_ID = '7d2f0c1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const customer: Principal = { subject: CUSTOMER_ID, roles: ['customer'], email: 'c@example.test' };

describe(CartOwnerResolver.name, () => {
  let tokens: jest.Mocked<TokenService>;
  let logger: jest.Mocked<PinoLogger>;
  let resolver: CartOwnerResolver;
  const cartToken = newCartToken();

  beforeEach(() => {
    tokens = strictMock<TokenService>('tokens');
    logger = strictMock<PinoLogger>('logger');
    logger.setContext.mockReturnValue(undefined);
    logger.assign.mockReturnValue(undefined);
    logger.debug.mockReturnValue(undefined);
    resolver = new CartOwnerResolver(tokens, logger);
  });

  it('takes a customer from a verified bearer token with the customer role, and names them in the logs', async () => {
    tokens.verify.mockResolvedValueOnce(customer);
    await expect(resolver.owner({ authorization: 'Bearer abc.def.ghi', cartToken: undefined })).resolves.toEqual({
      kind: 'customer',
      customerId: CUSTOMER_ID,
    });
    expect(tokens.verify).toHaveBeenCalledWith('abc.def.ghi');
    expect(logger.assign).toHaveBeenCalledWith({ customer_id: CUSTOMER_ID });
  });

  it('prefers the bearer token when both are sent', async () => {
    tokens.verify.mockResolvedValueOnce(customer);
    await expect(resolver.owner({ authorization: 'Bearer t', cartToken })).resolves.toMatchObject({
      kind: 'customer',
    });
  });

  it('takes a guest from a well-formed cart token, keeping only its hash', async () => {
    await expect(resolver.owner({ authorization: undefined, cartToken })).resolves.toEqual({
      kind: 'guest',
      tokenHash: cartTokenHash(cartToken),
    });
  });

  it.each([
    ['nothing', { authorization: undefined, cartToken: undefined }, OwnerRequiredError],
    ['a malformed cart token', { authorization: undefined, cartToken: 'abc' }, InvalidCartTokenError],
    ['a Basic authorization', { authorization: 'Basic dXNlcjpwYXNz', cartToken }, InvalidAccessTokenError],
  ])('refuses %s', async (_case, credentials, error) => {
    await expect(resolver.owner(credentials)).rejects.toThrow(error);
  });

  it('refuses a token that fails verification, whatever the reason, without falling back to the cart token', async () => {
    tokens.verify.mockRejectedValueOnce(new InvalidTokenError('ERR_JWT_EXPIRED'));
    await expect(resolver.owner({ authorization: 'Bearer t', cartToken })).rejects.toThrow(InvalidAccessTokenError);
  });

  it('refuses an operator’s token with 403, even beside a cart token', async () => {
    tokens.verify.mockResolvedValueOnce({ subject: CUSTOMER_ID, roles: ['admin'] });
    await expect(resolver.owner({ authorization: 'Bearer t', cartToken })).rejects.toThrow(CustomerRoleRequiredError);
  });

  it('refuses a customer token whose subject is not a UUID', async () => {
    tokens.verify.mockResolvedValueOnce({ subject: 'customer-7', roles: ['customer'] });
    await expect(resolver.owner({ authorization: 'Bearer t', cartToken: undefined })).rejects.toThrow(
      InvalidAccessTokenError,
    );
  });

  describe('for a merge', () => {
    it('needs both the customer and the guest', async () => {
      tokens.verify.mockResolvedValueOnce(customer);
      await expect(resolver.mergeOwners({ authorization: 'Bearer t', cartToken })).resolves.toEqual({
        customer: { kind: 'customer', customerId: CUSTOMER_ID },
        guest: { kind: 'guest', tokenHash: cartTokenHash(cartToken) },
      });
    });

    it('refuses a missing bearer token (401) before a missing cart token (400)', async () => {
      await expect(resolver.mergeOwners({ authorization: undefined, cartToken: undefined })).rejects.toThrow(
        CustomerTokenRequiredError,
      );
      tokens.verify.mockResolvedValueOnce(customer);
      await expect(resolver.mergeOwners({ authorization: 'Bearer t', cartToken: undefined })).rejects.toThrow(
        CartTokenRequiredError,
      );
    });
  });
});
