import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Price } from '../domain/money';
import { customerIdOf, type Order, type OrderLine, type ShippingAddress } from '../domain/order';
import { ORDER_STATUSES, REJECTION_REASONS, type OrderStatus, type RejectionReason } from '../domain/order-status';
import type { ListedOrders } from '../application/list-orders.query';

export class PriceDto {
  @ApiProperty({ example: '19.90', description: 'Decimal string, two decimals' })
  amount!: string;

  @ApiProperty({ example: 'EUR' })
  currency!: string;

  static from(price: Price): PriceDto {
    return { amount: price.amount, currency: price.currency };
  }
}

export class OrderLineDto {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ example: 'LMP-0001' })
  sku!: string;

  @ApiProperty({ example: 'Aurora desk lamp' })
  name!: string;

  @ApiProperty({ example: 2 })
  quantity!: number;

  @ApiProperty({ type: PriceDto })
  unitPrice!: PriceDto;

  @ApiProperty({ type: PriceDto })
  lineTotal!: PriceDto;

  static from(line: OrderLine): OrderLineDto {
    return {
      productId: line.productId,
      sku: line.sku,
      name: line.name,
      quantity: line.quantity,
      unitPrice: PriceDto.from(line.unitPrice),
      lineTotal: PriceDto.from(line.lineTotal),
    };
  }
}

export class ShippingAddressResponseDto {
  @ApiProperty() fullName!: string;
  @ApiProperty() line1!: string;
  @ApiPropertyOptional() line2?: string;
  @ApiProperty() city!: string;
  @ApiProperty() postalCode!: string;
  @ApiProperty({ example: 'GB' }) country!: string;
  @ApiPropertyOptional() phone?: string;

  static from(address: ShippingAddress): ShippingAddressResponseDto {
    return { ...address };
  }
}

export class OrderDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ORDER_STATUSES })
  status!: OrderStatus;

  @ApiPropertyOptional({ enum: REJECTION_REASONS, description: 'Only on a REJECTED order' })
  rejectionReason?: RejectionReason;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for a guest' })
  customerId!: string | null;

  @ApiProperty({ type: [OrderLineDto] })
  lines!: OrderLineDto[];

  @ApiProperty({ type: PriceDto })
  total!: PriceDto;

  @ApiProperty({ type: ShippingAddressResponseDto })
  shippingAddress!: ShippingAddressResponseDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(order: Order): OrderDto {
    return {
      id: order.id,
      status: order.status,
      ...(order.rejectionReason === null ? {} : { rejectionReason: order.rejectionReason }),
      email: order.email,
      customerId: customerIdOf(order),
      lines: order.lines.map((line) => OrderLineDto.from(line)),
      total: PriceDto.from(order.total),
      shippingAddress: ShippingAddressResponseDto.from(order.shippingAddress),
      createdAt: order.createdAt.toISOString(),
      updatedAt: order.updatedAt.toISOString(),
    };
  }
}

export class OrderPageDto {
  @ApiProperty({ type: [OrderDto] })
  items!: OrderDto[];

  @ApiProperty({ description: 'Orders matching, across all pages' })
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  static from(listed: ListedOrders): OrderPageDto {
    return {
      items: listed.items.map((item) => OrderDto.from(item)),
      total: listed.total,
      page: listed.page,
      pageSize: listed.pageSize,
    };
  }
}
