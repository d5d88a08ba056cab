import { ApiProperty } from '@nestjs/swagger';
import type { MovementPage } from '../application/list-movements.query';
import { MOVEMENT_KINDS, type MovementKind, type StockMovement } from '../domain/stock-movement';

export class StockMovementDto {
  @ApiProperty({ description: 'Ascending per SKU in the order the changes committed' })
  id!: string;

  @ApiProperty({ enum: MOVEMENT_KINDS })
  kind!: MovementKind;

  @ApiProperty()
  onHandDelta!: number;

  @ApiProperty()
  reservedDelta!: number;

  @ApiProperty()
  onHandAfter!: number;

  @ApiProperty()
  reservedAfter!: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  orderId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ description: "The operator's account id, or saga, seed or expiry" })
  actor!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  static from(movement: StockMovement): StockMovementDto {
    return {
      id: movement.id,
      kind: movement.kind,
      onHandDelta: movement.onHandDelta,
      reservedDelta: movement.reservedDelta,
      onHandAfter: movement.onHandAfter,
      reservedAfter: movement.reservedAfter,
      orderId: movement.orderId,
      reason: movement.reason,
      actor: movement.actor,
      occurredAt: movement.occurredAt.toISOString(),
    };
  }
}

export class StockMovementPageDto {
  @ApiProperty({ type: [StockMovementDto] })
  items!: StockMovementDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  static from(page: MovementPage): StockMovementPageDto {
    return {
      items: page.items.map((movement) => StockMovementDto.from(movement)),
      total: page.total,
      page: page.page,
      pageSize: page.pageSize,
    };
  }
}
