import type { PinoLogger } from 'nestjs-pino';
import { factory, TTL_MS } from '../../testing/factories';
import { FixedClock, strictMock } from '@shop/testing/jest';
import type { Cart } from '../domain/cart';
import {
  CatalogUnavailableError,
  InvalidQuantityError,
  ProductNotFoundError,
  ProductUnavailableError,
} from '../domain/cart.errors';
import { CartRepository } from '../domain/cart.repository';
import { Money } from '../domain/money';
import { AddItemUseCase } from './add-item.use-case';
import { CartMetrics } from './cart-telemetry';
import { ProductCatalog, type CatalogProduct } from './product-catalog';

const clock = new FixedClock();

function catalogProduct(overrides: Partial<CatalogProduct> = {}): CatalogProduct {
  const { productId, sku, name, unitPrice } = factory.product();
  return { productId, sku, name, unitPrice, status: 'active', ...overrides };
}

/** A repository whose modify runs the change on `cart`, as the real one does inside its transaction. */
function modifying(carts: jest.Mocked<CartRepository>, cart: Cart, created = false): void {
  carts.modify.mockImplementationOnce((_owner, _now, _open, change) =>
    Promise.resolve({ cart, result: change(cart), created }),
  );
}

describe(AddItemUseCase.name, () => {
  let carts: jest.Mocked<CartRepository>;
  let catalog: jest.Mocked<ProductCatalog>;
  let metrics: jest.Mocked<CartMetrics>;
  let useCase: AddItemUseCase;

  beforeEach(() => {
    carts = strictMock<CartRepository>('carts');
    catalog = strictMock<ProductCatalog>('catalog');
    metrics = strictMock<CartMetrics>('metrics');
    metrics.itemsAddedToCart.mockReturnValue(undefined);
    metrics.cartCreated.mockReturnValue(undefined);
    const logger = strictMock<PinoLogger>('logger');
    logger.setContext.mockReturnValue(undefined);
    logger.info.mockReturnValue(undefined);
    useCase = new AddItemUseCase(carts, catalog, clock, { ttlMs: TTL_MS }, metrics, logger);
  });

  it('adds the product at the catalog’s price, extends the expiry and counts the units', async () => {
    const product = catalogProduct({ unitPrice: Money.of('4.20', 'EUR') });
    const cart = factory.cart({ updatedAt: new Date('2026-05-01T00:00:00Z') });
    catalog.find.mockResolvedValueOnce(product);
    modifying(carts, cart);

    const result = await useCase.execute(cart.owner, product.productId, 3);

    expect(result.items).toEqual([expect.objectContaining({ productId: product.productId, quantity: 3 })]);
    expect(result.subtotal?.amount).toBe('12.60');
    expect(result.updatedAt).toEqual(clock.now());
    expect(result.expiresAt).toEqual(new Date(clock.now().getTime() + TTL_MS));
    expect(metrics.itemsAddedToCart).toHaveBeenCalledWith(3, 'guest');
    expect(metrics.cartCreated).not.toHaveBeenCalled();
  });

  it('opens a cart for a customer who has none, and counts it', async () => {
    const owner = factory.customer();
    const product = catalogProduct();
    catalog.find.mockResolvedValueOnce(product);
    carts.modify.mockImplementationOnce((_owner, _now, open, change) => {
      if (open === undefined) throw new Error('a customer must get an opener');
      const cart = open();
      return Promise.resolve({ cart, result: change(cart), created: true });
    });

    const result = await useCase.execute(owner, product.productId, 1);
    expect(result.owner).toEqual(owner);
    expect(metrics.cartCreated).toHaveBeenCalledWith('customer');
  });

  it('gives a guest no opener: only POST /api/cart makes guest carts', async () => {
    const product = catalogProduct();
    catalog.find.mockResolvedValueOnce(product);
    modifying(carts, factory.cart());
    await useCase.execute(factory.guest(), product.productId, 1);
    expect(carts.modify.mock.calls[0]?.[2]).toBeUndefined();
  });

  it('refuses a bad quantity before asking the catalog', async () => {
    await expect(useCase.execute(factory.guest(), 'p', 11)).rejects.toThrow(InvalidQuantityError);
  });

  it.each([
    ['the catalog does not show', null, ProductNotFoundError],
    ['is not active', catalogProduct({ status: 'draft' }), ProductUnavailableError],
  ])('refuses a product that %s, without touching the cart', async (_case, found, error) => {
    catalog.find.mockResolvedValueOnce(found);
    await expect(useCase.execute(factory.guest(), 'p', 1)).rejects.toThrow(error);
  });

  it('lets a catalog failure through, without touching the cart', async () => {
    catalog.find.mockRejectedValueOnce(new CatalogUnavailableError('unreachable'));
    await expect(useCase.execute(factory.guest(), 'p', 1)).rejects.toThrow(CatalogUnavailableError);
  });
});
