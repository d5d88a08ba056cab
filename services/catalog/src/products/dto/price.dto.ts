import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { AMOUNT_PATTERN, CURRENCY_PATTERN } from '../../shared/dto/validation-patterns';

/** A price: an exact decimal string (never a JSON number) and an ISO 4217 currency. */
export class PriceDto {
  @ApiProperty({
    example: '19.99',
    pattern: AMOUNT_PATTERN.source,
    description: 'Decimal string, two decimals at most',
  })
  @IsString()
  @Matches(AMOUNT_PATTERN, { message: 'amount must be a decimal string such as "19.99"' })
  amount!: string;

  @ApiProperty({ example: 'EUR', pattern: CURRENCY_PATTERN.source })
  @IsString()
  @Matches(CURRENCY_PATTERN, { message: 'currency must be an ISO 4217 code such as "EUR"' })
  currency!: string;
}
