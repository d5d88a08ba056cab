import { ApiProperty } from '@nestjs/swagger';
import type { StockItem } from '../domain/stock-item';
import { availableOf, STOCK_STATUSES, stockStatusOf, type StockStatus } from '../domain/stock-level';
import type { StockPage } from '../application/list-stock.query';

export class StockItemDto {
  @ApiProperty({ example: 'SKU-000001' })
  sku!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null until the catalog names the product',
  })
  productId!: string | null;

  @ApiProperty({ description: 'Units in the warehouse' })
  onHand!: number;

  @ApiProperty({ description: 'Units held for orders not yet confirmed' })
  reserved!: number;

  @ApiProperty({ description: 'onHand - reserved: units that can still be ordered' })
  available!: number;

  @ApiProperty({ description: 'At or below this many available units the SKU is low' })
  lowStockThreshold!: number;

  @ApiProperty({ enum: STOCK_STATUSES })
  status!: StockStatus;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(item: StockItem): StockItemDto {
    return {
      sku: item.sku,
      productId: item.productId,
      onHand: item.onHand,
      reserved: item.reserved,
      available: availableOf(item),
      lowStockThreshold: item.lowStockThreshold,
      status: stockStatusOf(item),
      updatedAt: item.updatedAt.toISOString(),
    };
  }
}

export class StockPageDto {
  @ApiProperty({ type: [StockItemDto] })
  items!: StockItemDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  static from(page: StockPage): StockPageDto {
    return {
      items: page.items.map((item) => StockItemDto.from(item)),
      total: page.total,
      page: page.page,
      pageSize: page.pageSize,
    };
  }
}

/** What the storefront may know of a SKU's stock. */
export class PublicStockDto {
  @ApiProperty({ example: 'SKU-000001' })
  sku!: string;

  @ApiProperty()
  available!: number;

  @ApiProperty({ enum: STOCK_STATUSES })
  status!: StockStatus;

  static from(item: StockItem): PublicStockDto {
    return { sku: item.sku, available: availableOf(item), status: stockStatusOf(item) };
  }
}
