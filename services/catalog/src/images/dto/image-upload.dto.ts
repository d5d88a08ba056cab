import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The text fields of an image upload; the picture itself is the multipart field `file`. */
export class ImageUploadFieldsDto {
  @ApiPropertyOptional({ example: 'Aurora desk lamp, lit', description: 'Describes the picture for screen readers' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  alt?: string;
}
