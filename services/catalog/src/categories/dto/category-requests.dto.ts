import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { SLUG_PATTERN } from '../../shared/dto/validation-patterns';

const MAX_CHILDREN = 500;

export class CreateCategoryDto {
  @ApiProperty({ example: 'Desk lamps', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'desk-lamps', description: 'Derived from the name when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase letters and digits joined by single hyphens' })
  slug?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Absent or null: top level' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;
}

export class RenameCategoryDto {
  @ApiPropertyOptional({ example: 'Desk lamps', maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'desk-lamps' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(SLUG_PATTERN, { message: 'slug must be lowercase letters and digits joined by single hyphens' })
  slug?: string;
}

export class MoveCategoryDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The new parent; null: top level' })
  // null moves to the top level; a missing parentId is an error, not a silent move to the top.
  @ValidateIf((dto: MoveCategoryDto) => dto.parentId !== null)
  @IsUUID('all')
  parentId!: string | null;
}

export class ReorderCategoriesDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Whose children; null: the top level' })
  @ValidateIf((dto: ReorderCategoriesDto) => dto.parentId !== null)
  @IsUUID('all')
  parentId!: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Every child of the parent, in the new order' })
  @IsArray()
  @ArrayMaxSize(MAX_CHILDREN)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  childIds!: string[];
}
