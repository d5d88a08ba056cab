import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_QUANTITY_PER_LINE } from '../domain/cart-limits';

export class ChangeQuantityDto {
  @ApiProperty({ minimum: 1, maximum: MAX_QUANTITY_PER_LINE, example: 2, description: 'The line’s new quantity' })
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY_PER_LINE)
  quantity!: number;
}
