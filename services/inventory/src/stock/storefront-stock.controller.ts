import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@shop/auth';
import { NoQueryDto } from '../shared/dto/no-query.dto';
import { GetStockItemQuery } from './application/get-stock-item.query';
import { PublicStockDto } from './dto/stock-item.dto';

@ApiTags('storefront')
@Public()
@Controller('stock')
export class StorefrontStockController {
  constructor(private readonly getStockItem: GetStockItemQuery) {}

  @Get(':sku')
  @ApiOperation({ summary: "A SKU's available units and stock status" })
  @ApiOkResponse({ type: PublicStockDto })
  @ApiBadRequestResponse({ description: 'Not a SKU' })
  @ApiNotFoundResponse({ description: 'No stock item for the SKU' })
  async get(@Param('sku') sku: string, @Query() _query: NoQueryDto): Promise<PublicStockDto> {
    return PublicStockDto.from(await this.getStockItem.execute(sku));
  }
}
