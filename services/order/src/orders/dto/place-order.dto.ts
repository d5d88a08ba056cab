import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsObject, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ShippingAddressDto } from './shipping-address.dto';

/**
 * The checkout body: who to write to and where to ship. Lines, prices, totals, status and owner come from
 * the cart and the credentials; a body that tries to set them is refused (400).
 */
export class PlaceOrderDto {
  @ApiPropertyOptional({
    example: 'ada@example.com',
    maxLength: 254,
    description: "Required for a guest; a customer's comes from their token",
  })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiProperty({ type: ShippingAddressDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ShippingAddressDto)
  shippingAddress!: ShippingAddressDto;
}
