import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SKU_PATTERN, SLUG_PATTERN } from '../../shared/dto/validation-patterns';
import { PRODUCT_STATUSES, type ProductAttributes, type ProductStatus } from '../domain/product';
import { IsProductAttributes } from './is-product-attributes';
import { PriceDto } from './price.dto';
import { ProductImageDto } from './product-image.dto';

export class CreateProductDto {
  @ApiProperty({ example: 'LMP-0001', pattern: SKU_PATTERN.source })
  @IsString()
  @Matches(SKU_PATTERN, { message: 'sku must be 1-64 letters, digits, dots, dashes or underscores' })
  sku!: string;

  @ApiProperty({ example: 'Aurora desk lamp', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'aurora-desk-lamp', description: 'Derived from the name when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase letters and digits joined by single hyphens' })
  slug?: string;

  @ApiProperty({ example: 'A warm, dimmable lamp for late reading.', maxLength: 10000 })
  @IsString()
  @MaxLength(10000)
  description!: string;

  @ApiProperty({ type: PriceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PriceDto)
  price!: PriceDto;

  @ApiPropertyOptional({ type: [ProductImageDto], maxItems: 10 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ProductImageDto)
  images?: ProductImageDto[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    example: { colour: 'brass', wattage: 40, dimmable: true },
  })
  @IsOptional()
  @IsProductAttributes()
  attributes?: ProductAttributes;

  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, default: 'draft' })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: ProductStatus;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  categoryIds?: string[];
}
