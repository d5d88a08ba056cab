import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AMOUNT_PATTERN, SLUG_PATTERN } from '../../shared/dto/validation-patterns';
import { PRODUCT_STATUSES, type ProductStatus } from '../domain/product';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MAX_SEARCH_LENGTH,
  PRODUCT_SORTS,
  type ProductSort,
} from '../domain/product-list-criteria';

export class ListProductsQueryDto {
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

  @ApiPropertyOptional({
    description: 'Category slug; products of its subcategories are included',
    example: 'lighting',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(SLUG_PATTERN, { message: 'category must be a category slug' })
  category?: string;

  @ApiPropertyOptional({ description: 'Full-text search over name and description', maxLength: MAX_SEARCH_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SEARCH_LENGTH)
  q?: string;

  @ApiPropertyOptional({ description: 'Inclusive lower price bound, a decimal string', example: '10.00' })
  @IsOptional()
  @IsString()
  @Matches(AMOUNT_PATTERN, { message: 'minPrice must be a decimal string such as "10.00"' })
  minPrice?: string;

  @ApiPropertyOptional({ description: 'Inclusive upper price bound, a decimal string', example: '99.99' })
  @IsOptional()
  @IsString()
  @Matches(AMOUNT_PATTERN, { message: 'maxPrice must be a decimal string such as "99.99"' })
  maxPrice?: string;

  @ApiPropertyOptional({
    enum: PRODUCT_SORTS,
    description: 'Default: relevance when q is given, else newest. relevance needs q.',
  })
  @IsOptional()
  @IsIn(PRODUCT_SORTS)
  sort?: ProductSort;
}

export class AdminListProductsQueryDto extends ListProductsQueryDto {
  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, description: 'Only products with this status (default: all)' })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status?: ProductStatus;
}
