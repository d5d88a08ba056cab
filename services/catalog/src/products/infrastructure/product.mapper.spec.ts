import { StockStatusEntity } from '../../stock/infrastructure/stock-status.entity';
import { ProductEntity } from './product.entity';
import { toProduct, toProductSummary, toProductWithCategories } from './product.mapper';

function row(stock: StockStatusEntity | null | undefined): ProductEntity {
  return Object.assign(new ProductEntity(), {
    id: '0b7e6c1a-4f7e-4c7a-9a57-1d2c3b4a5f6e',
    sku: 'LMP-1',
    name: 'Aurora desk lamp',
    slug: 'aurora-desk-lamp',
    description: 'A warm lamp',
    price: '19.99',
    currency: 'EUR',
    images: [],
    attributes: {},
    status: 'active',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-02T00:00:00Z'),
    categories: [],
    stock,
  });
}

const reported = Object.assign(new StockStatusEntity(), {
  sku: 'LMP-1',
  status: 'low',
  asOf: new Date('2026-06-01T00:00:00Z'),
});

describe('product mapper', () => {
  it('shows the joined stock status on a summary and a detail', () => {
    expect(toProductSummary(row(reported)).stockStatus).toBe('low');
    expect(toProductWithCategories(row(reported)).stockStatus).toBe('low');
  });

  it.each([
    ['no stock status row joined', null],
    ['no join made', undefined],
  ])('shows unknown with %s', (_case, stock) => {
    expect(toProductSummary(row(stock)).stockStatus).toBe('unknown');
    expect(toProductWithCategories(row(stock)).stockStatus).toBe('unknown');
  });

  it('says nothing of stock for a read that does not join it', () => {
    expect(toProduct(row(reported))).not.toHaveProperty('stockStatus');
  });
});
