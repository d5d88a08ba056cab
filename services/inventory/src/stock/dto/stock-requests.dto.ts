import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  NotEquals,
} from 'class-validator';
import { MAX_LOW_STOCK_THRESHOLD } from '../domain/stock-item';
import { MAX_ADJUSTMENT, MAX_REASON_LENGTH, MAX_RECEIPT_QUANTITY } from '../domain/stock-movement';
import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE } from '../domain/stock.repository';

export class ReceiveStockDto {
  @ApiProperty({ minimum: 1, maximum: MAX_RECEIPT_QUANTITY })
  @IsInt()
  @Min(1)
  @Max(MAX_RECEIPT_QUANTITY)
  quantity!: number;

  @ApiPropertyOptional({ maxLength: MAX_REASON_LENGTH, example: 'Delivery note 4711' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REASON_LENGTH)
  note?: string;
}

export class AdjustStockDto {
  @ApiProperty({ minimum: -MAX_ADJUSTMENT, maximum: MAX_ADJUSTMENT, description: 'Non-zero; negative removes units' })
  @IsInt()
  @NotEquals(0)
  @Min(-MAX_ADJUSTMENT)
  @Max(MAX_ADJUSTMENT)
  delta!: number;

  @ApiProperty({ maxLength: MAX_REASON_LENGTH, example: 'Stock count 2026-12-01' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_REASON_LENGTH)
  reason!: string;
}

export class SetLowStockThresholdDto {
  @ApiProperty({ minimum: 0, maximum: MAX_LOW_STOCK_THRESHOLD })
  @IsInt()
  @Min(0)
  @Max(MAX_LOW_STOCK_THRESHOLD)
  lowStockThreshold!: number;
}

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export class ListStockQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only SKUs at or below their low-stock threshold (out of stock included)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  lowStock?: boolean;

  @ApiPropertyOptional({ description: 'SKU prefix', example: 'SKU-0001' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'q must be the start of a SKU' })
  q?: string;
}
