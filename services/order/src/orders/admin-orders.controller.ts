import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiRoleProtected, Roles } from '@shop/auth';
import { NoQueryDto } from '../shared/dto/no-query.dto';
import { GetOrderQuery } from './application/get-order.query';
import { ListOrdersQuery } from './application/list-orders.query';
import { AdminListOrdersQueryDto } from './dto/list-orders.query.dto';
import { OrderDto, OrderPageDto } from './dto/order.response.dto';

@ApiTags('admin: orders')
@ApiRoleProtected('The token lacks the admin or viewer role')
@ApiBadRequestResponse({ description: 'Invalid input' })
@Roles('admin', 'viewer')
@Controller('admin/orders')
export class AdminOrdersController {
  constructor(
    private readonly listOrders: ListOrdersQuery,
    private readonly getOrder: GetOrderQuery,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every order, newest first, filtered by status, creation time, customer or email' })
  @ApiOkResponse({ type: OrderPageDto })
  async list(@Query() query: AdminListOrdersQueryDto): Promise<OrderPageDto> {
    const { page, pageSize, from, to, ...filter } = query;
    const listed = await this.listOrders.admin(
      {
        ...filter,
        ...(from === undefined ? {} : { from: new Date(from) }),
        ...(to === undefined ? {} : { to: new Date(to) }),
      },
      { ...(page === undefined ? {} : { page }), ...(pageSize === undefined ? {} : { pageSize }) },
    );
    return OrderPageDto.from(listed);
  }

  @Get(':orderId')
  @ApiOperation({ summary: 'Any order' })
  @ApiParam({ name: 'orderId', format: 'uuid' })
  @ApiOkResponse({ type: OrderDto })
  @ApiNotFoundResponse({ description: 'No such order' })
  async get(@Param('orderId') orderId: string, @Query() _query: NoQueryDto): Promise<OrderDto> {
    return OrderDto.from(await this.getOrder.admin(orderId));
  }
}
