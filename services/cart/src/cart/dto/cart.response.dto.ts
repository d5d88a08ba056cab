import { ApiProperty } from '@nestjs/swagger';
import { lineTotal, type Cart, type CartItem } from '../domain/cart';
import type { Money } from '../domain/money';

export class PriceDto {
  @ApiProperty({ example: '19.99', description: 'Decimal string with two decimals, never a JSON number' })
  amount!: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217' })
  currency!: string;

  static from(money: Money): PriceDto {
    return { amount: money.amount, currency: money.currency };
  }
}

export class CartItemDto {
  @ApiProperty({ format: 'uuid', description: 'The line’s id, for PATCH and DELETE /api/cart/items/{itemId}' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ example: 'LMP-0001' })
  sku!: string;

  @ApiProperty({ example: 'Aurora desk lamp' })
  name!: string;

  @ApiProperty({ type: PriceDto, description: 'The catalog’s price when the line was last added to' })
  unitPrice!: PriceDto;

  @ApiProperty({ minimum: 1, maximum: 10 })
  quantity!: number;

  @ApiProperty({ type: PriceDto, description: 'unitPrice × quantity, exact' })
  lineTotal!: PriceDto;

  static from(item: CartItem): CartItemDto {
    return {
      id: item.id,
      productId: item.productId,
      sku: item.sku,
      name: item.name,
      unitPrice: PriceDto.from(item.unitPrice),
      quantity: item.quantity,
      lineTotal: PriceDto.from(lineTotal(item)),
    };
  }
}

export class CartDto {
  @ApiProperty({ format: 'uuid', description: 'The cart’s id (orders placed from it carry it as cartId)' })
  id!: string;

  @ApiProperty({ type: [CartItemDto], description: 'Lines in the order they were added; at most 50' })
  items!: CartItemDto[];

  @ApiProperty({ example: 3, description: 'Units in the cart, all lines together' })
  itemCount!: number;

  @ApiProperty({ type: PriceDto, nullable: true, description: 'Sum of the line totals; null while the cart is empty' })
  subtotal!: PriceDto | null;

  @ApiProperty({ format: 'date-time', description: 'When the cart expires unless it is changed before' })
  expiresAt!: string;

  @ApiProperty({ format: 'date-time', description: 'The last change' })
  updatedAt!: string;

  static from(cart: Cart): CartDto {
    const subtotal = cart.subtotal;
    return {
      id: cart.id,
      items: cart.items.map((item) => CartItemDto.from(item)),
      itemCount: cart.itemCount,
      subtotal: subtotal === null ? null : PriceDto.from(subtotal),
      expiresAt: cart.expiresAt.toISOString(),
      updatedAt: cart.updatedAt.toISOString(),
    };
  }
}

export class CreatedCartDto {
  @ApiProperty({
    example: 'q3Vj0m8xT4yL2bq9Zk1wR7sN5pD6fH0cA2eG4iK6mO8',
    description: 'Send it as X-Cart-Token on every cart request; shown once, only its hash is kept',
  })
  cartToken!: string;

  @ApiProperty({ type: CartDto })
  cart!: CartDto;
}
