import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class ProductImageDto {
  @ApiProperty({ example: '/api/catalog/images/aurora-desk-lamp-1.svg' })
  @IsString()
  @MaxLength(2000)
  @Matches(/^(https?:\/\/|\/)\S+$/, { message: 'url must be an http(s) URL or an absolute path' })
  url!: string;

  @ApiProperty({ example: 'Aurora desk lamp, front view' })
  @IsString()
  @MaxLength(300)
  alt!: string;

  @ApiProperty({ example: 800 })
  @IsInt()
  @Min(1)
  @Max(10000)
  width!: number;

  @ApiProperty({ example: 600 })
  @IsInt()
  @Min(1)
  @Max(10000)
  height!: number;
}
