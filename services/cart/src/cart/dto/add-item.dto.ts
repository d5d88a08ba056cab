import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { MAX_QUANTITY_PER_LINE } from '../domain/cart-limits';

/** Only what the customer chooses: price, name and SKU come from the catalog, the owner from the headers. */
export class AddItemDto {
  @ApiProperty({ format: 'uuid', description: 'A product the catalog shows' })
  @IsUUID('all')
  productId!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_QUANTITY_PER_LINE, example: 1, description: 'Units to add' })
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY_PER_LINE)
  quantity!: number;
}
