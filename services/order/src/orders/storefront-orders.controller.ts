import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Public } from '@shop/auth';
import { CorrelationId } from '@shop/observability';
import type { Response } from 'express';
import { NoQueryDto } from '../shared/dto/no-query.dto';
import type { Caller } from './application/caller';
import { CancelOrderUseCase } from './application/cancel-order.use-case';
import { GetOrderQuery } from './application/get-order.query';
import { ListOrdersQuery } from './application/list-orders.query';
import { PlaceOrderUseCase } from './application/place-order.use-case';
import { ListOrdersQueryDto } from './dto/list-orders.query.dto';
import { OrderDto, OrderPageDto } from './dto/order.response.dto';
import { PlaceOrderDto } from './dto/place-order.dto';
import { IDEMPOTENCY_KEY_PATTERN, IdempotencyKey } from './idempotency-key.decorator';
import { CurrentCaller, OwnerGuard } from './owner.guard';

const ORDER_ID = { name: 'orderId', format: 'uuid', description: "One of the caller's orders" } as const;

@ApiTags('storefront: orders')
@ApiBearerAuth()
@ApiHeader({
  name: 'X-Cart-Token',
  required: false,
  description: "A guest's cart token (the cart service issues it); ignored when a bearer token is sent",
})
@ApiUnauthorizedResponse({ description: 'Neither a customer token nor a cart token, or an invalid one' })
@ApiForbiddenResponse({ description: 'A bearer token without the customer role' })
@ApiBadRequestResponse({ description: 'Invalid input; nothing was changed' })
// Storefront routes resolve their owner themselves (customer or guest): see OwnerGuard.
@Public()
@UseGuards(OwnerGuard)
@Controller()
export class StorefrontOrdersController {
  constructor(
    private readonly placeOrder: PlaceOrderUseCase,
    private readonly cancelOrder: CancelOrderUseCase,
    private readonly getOrder: GetOrderQuery,
    private readonly listOrders: ListOrdersQuery,
  ) {}

  @Post()
  @ApiOperation({ summary: "Check out the caller's cart: a PENDING order, confirmed or rejected once stock is known" })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source },
    description: 'The same key and body give the same order, never two',
  })
  @ApiCreatedResponse({ type: OrderDto, description: 'The new order' })
  @ApiOkResponse({ type: OrderDto, description: 'The order this key made before (header Idempotent-Replayed: true)' })
  @ApiUnprocessableEntityResponse({ description: 'The cart is empty, or the key was used for another request' })
  @ApiServiceUnavailableResponse({ description: 'The cart service did not answer; nothing was ordered' })
  async place(
    @CurrentCaller() caller: Caller,
    @IdempotencyKey() idempotencyKey: string,
    @Body() body: PlaceOrderDto,
    @Query() _query: NoQueryDto,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OrderDto> {
    const { order, replayed } = await this.placeOrder.execute(caller, idempotencyKey, body, correlationId);
    if (replayed) response.status(HttpStatus.OK).setHeader('Idempotent-Replayed', 'true');
    else response.status(HttpStatus.CREATED);
    return OrderDto.from(order);
  }

  @Get()
  @ApiOperation({ summary: "The caller's orders, newest first" })
  @ApiOkResponse({ type: OrderPageDto })
  async list(@CurrentCaller() caller: Caller, @Query() query: ListOrdersQueryDto): Promise<OrderPageDto> {
    return OrderPageDto.from(await this.listOrders.own(caller.owner, query));
  }

  @Get(':orderId')
  @ApiOperation({ summary: 'One of the caller’s orders' })
  @ApiParam(ORDER_ID)
  @ApiOkResponse({ type: OrderDto })
  @ApiNotFoundResponse({ description: 'No such order of the caller (whatever the id)' })
  async get(
    @CurrentCaller() caller: Caller,
    @Param('orderId') orderId: string,
    @Query() _query: NoQueryDto,
  ): Promise<OrderDto> {
    return OrderDto.from(await this.getOrder.own(caller.owner, orderId));
  }

  @Post(':orderId/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel a CONFIRMED order; its stock goes back on the shelf' })
  @ApiParam(ORDER_ID)
  @ApiOkResponse({ type: OrderDto })
  @ApiNotFoundResponse({ description: 'No such order of the caller (whatever the id)' })
  @ApiConflictResponse({ description: 'The order is not CONFIRMED' })
  async cancel(
    @CurrentCaller() caller: Caller,
    @Param('orderId') orderId: string,
    @Query() _query: NoQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<OrderDto> {
    return OrderDto.from(await this.cancelOrder.execute(caller.owner, orderId, correlationId));
  }
}
