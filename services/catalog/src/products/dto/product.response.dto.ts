import { ApiProperty } from '@nestjs/swagger';
import { STOCK_STATUSES, type StockStatus } from '../../stock/domain/stock-status';
import type { Money } from '../domain/money';
import { PRODUCT_STATUSES, type ProductAttributes, type ProductImage, type ProductStatus } from '../domain/product';
import type { ProductSummary, ProductWithCategories } from '../domain/product-views';
import type { ProductDetail } from '../application/get-product.query';
import type { ProductListPage } from '../application/list-products.query';
import { PriceDto } from './price.dto';
import { ProductImageDto } from './product-image.dto';

function toPriceDto(price: Money): PriceDto {
  return { amount: price.amount, currency: price.currency };
}

export class ProductSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'LMP-0001' })
  sku!: string;

  @ApiProperty({ example: 'aurora-desk-lamp' })
  slug!: string;

  @ApiProperty({ example: 'Aurora desk lamp' })
  name!: string;

  @ApiProperty({ type: PriceDto })
  price!: PriceDto;

  @ApiProperty({ type: [ProductImageDto] })
  images!: ProductImage[];

  @ApiProperty({ enum: PRODUCT_STATUSES })
  status!: ProductStatus;

  @ApiProperty({
    enum: STOCK_STATUSES,
    description: 'From inventory’s stock events; `unknown` until inventory has reported on the SKU',
  })
  stockStatus!: StockStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(product: ProductSummary): ProductSummaryDto {
    return {
      id: product.id,
      sku: product.sku,
      slug: product.slug,
      name: product.name,
      price: toPriceDto(product.price),
      images: product.images,
      status: product.status,
      stockStatus: product.stockStatus,
      createdAt: product.createdAt.toISOString(),
    };
  }
}

export class ProductPageDto {
  @ApiProperty({ type: [ProductSummaryDto] })
  items!: ProductSummaryDto[];

  @ApiProperty({ description: 'Matching products across all pages', example: 137 })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 20 })
  pageSize!: number;

  static from(page: ProductListPage): ProductPageDto {
    return {
      items: page.items.map((item) => ProductSummaryDto.from(item)),
      total: page.total,
      page: page.page,
      pageSize: page.pageSize,
    };
  }
}

export class ProductCategoryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'desk-lamps' })
  slug!: string;

  @ApiProperty({ example: 'Desk lamps' })
  name!: string;
}

export class ProductDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'LMP-0001' })
  sku!: string;

  @ApiProperty({ example: 'Aurora desk lamp' })
  name!: string;

  @ApiProperty({ example: 'aurora-desk-lamp' })
  slug!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: PriceDto })
  price!: PriceDto;

  @ApiProperty({ type: [ProductImageDto] })
  images!: ProductImage[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
  })
  attributes!: ProductAttributes;

  @ApiProperty({ enum: PRODUCT_STATUSES })
  status!: ProductStatus;

  @ApiProperty({
    enum: STOCK_STATUSES,
    description: 'From inventory’s stock events; `unknown` until inventory has reported on the SKU',
  })
  stockStatus!: StockStatus;

  @ApiProperty({ type: [ProductCategoryDto] })
  categories!: ProductCategoryDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(product: ProductWithCategories): ProductDto {
    return {
      id: product.id,
      sku: product.sku,
      name: product.name,
      slug: product.slug,
      description: product.description,
      price: toPriceDto(product.price),
      images: product.images,
      attributes: product.attributes,
      status: product.status,
      stockStatus: product.stockStatus,
      categories: product.categories,
      createdAt: product.createdAt.toISOString(),
      updatedAt: product.updatedAt.toISOString(),
    };
  }
}

export class ProductDetailDto extends ProductDto {
  @ApiProperty({ type: [ProductSummaryDto], description: 'Up to four other active products from its first category' })
  related!: ProductSummaryDto[];

  static override from(product: ProductDetail): ProductDetailDto {
    return { ...ProductDto.from(product), related: product.related.map((item) => ProductSummaryDto.from(item)) };
  }
}
