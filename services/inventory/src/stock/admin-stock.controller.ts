import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiRoleProtected, CurrentPrincipal, Roles, type Principal } from '@shop/auth';
import { CorrelationId } from '@shop/observability';
import { AdjustStockUseCase } from './application/adjust-stock.use-case';
import { GetStockItemQuery } from './application/get-stock-item.query';
import { ListMovementsQuery } from './application/list-movements.query';
import { ListStockQuery } from './application/list-stock.query';
import { ReceiveStockUseCase } from './application/receive-stock.use-case';
import { SetLowStockThresholdUseCase } from './application/set-low-stock-threshold.use-case';
import { StockItemDto, StockPageDto } from './dto/stock-item.dto';
import { StockMovementPageDto } from './dto/stock-movement.dto';
import {
  AdjustStockDto,
  ListStockQueryDto,
  PageQueryDto,
  ReceiveStockDto,
  SetLowStockThresholdDto,
} from './dto/stock-requests.dto';
import { NoQueryDto } from '../shared/dto/no-query.dto';

@ApiTags('admin: stock')
@ApiRoleProtected()
@ApiBadRequestResponse({ description: 'Invalid input; nothing was changed' })
@Controller('admin/stock')
export class AdminStockController {
  constructor(
    private readonly listStock: ListStockQuery,
    private readonly getStockItem: GetStockItemQuery,
    private readonly listMovements: ListMovementsQuery,
    private readonly receiveStock: ReceiveStockUseCase,
    private readonly adjustStock: AdjustStockUseCase,
    private readonly setThreshold: SetLowStockThresholdUseCase,
  ) {}

  @Get()
  @Roles('admin', 'viewer')
  @ApiOperation({ summary: 'Stock items by SKU, optionally only the low ones or a SKU prefix' })
  @ApiOkResponse({ type: StockPageDto })
  async list(@Query() query: ListStockQueryDto): Promise<StockPageDto> {
    return StockPageDto.from(await this.listStock.execute(query));
  }

  @Get(':sku')
  @Roles('admin', 'viewer')
  @ApiOperation({ summary: "A SKU's stock" })
  @ApiOkResponse({ type: StockItemDto })
  @ApiNotFoundResponse({ description: 'No stock item for the SKU' })
  async get(@Param('sku') sku: string, @Query() _query: NoQueryDto): Promise<StockItemDto> {
    return StockItemDto.from(await this.getStockItem.execute(sku));
  }

  @Get(':sku/movements')
  @Roles('admin', 'viewer')
  @ApiOperation({ summary: "A SKU's ledger, newest first: who changed what, when and why" })
  @ApiOkResponse({ type: StockMovementPageDto })
  @ApiNotFoundResponse({ description: 'No stock item for the SKU' })
  async movements(@Param('sku') sku: string, @Query() query: PageQueryDto): Promise<StockMovementPageDto> {
    return StockMovementPageDto.from(await this.listMovements.execute(sku, query.page, query.pageSize));
  }

  @Post(':sku/receipts')
  @Roles('admin')
  @ApiOperation({ summary: 'Receive goods: on hand goes up' })
  @ApiCreatedResponse({ type: StockItemDto })
  @ApiNotFoundResponse({ description: 'No stock item for the SKU' })
  async receive(
    @Param('sku') sku: string,
    @Body() body: ReceiveStockDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
  ): Promise<StockItemDto> {
    return StockItemDto.from(await this.receiveStock.execute(sku, body, principal.subject, correlationId));
  }

  @Post(':sku/adjustments')
  @Roles('admin')
  @ApiOperation({ summary: 'Correct on hand by a non-zero delta, with a reason' })
  @ApiCreatedResponse({ type: StockItemDto })
  @ApiNotFoundResponse({ description: 'No stock item for the SKU' })
  @ApiConflictResponse({ description: 'On hand would go below the reserved units (INSUFFICIENT_STOCK)' })
  async adjust(
    @Param('sku') sku: string,
    @Body() body: AdjustStockDto,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
  ): Promise<StockItemDto> {
    return StockItemDto.from(await this.adjustStock.execute(sku, body, principal.subject, correlationId));
  }

  @Put(':sku/threshold')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Set the low-stock threshold' })
  @ApiOkResponse({ type: StockItemDto })
  @ApiNotFoundResponse({ description: 'No stock item for the SKU' })
  async threshold(
    @Param('sku') sku: string,
    @Body() body: SetLowStockThresholdDto,
    @CorrelationId() correlationId: string,
  ): Promise<StockItemDto> {
    return StockItemDto.from(await this.setThreshold.execute(sku, body.lowStockThreshold, correlationId));
  }
}
