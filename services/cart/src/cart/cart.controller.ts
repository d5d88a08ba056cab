import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Public } from '@shop/auth';
import { AddItemUseCase } from './application/add-item.use-case';
import type { MergeOwners } from './application/cart-owner.resolver';
import { ChangeItemQuantityUseCase } from './application/change-item-quantity.use-case';
import { CreateGuestCartUseCase } from './application/create-guest-cart.use-case';
import { GetCartQuery } from './application/get-cart.query';
import { MergeCartsUseCase } from './application/merge-carts.use-case';
import { RemoveItemUseCase } from './application/remove-item.use-case';
import { CartMergeRoute, CartOwnerRoute, CurrentOwner, MergingOwners } from './cart-owner.guard';
import type { CartOwner } from './domain/cart-owner';
import { AddItemDto } from './dto/add-item.dto';
import { CartDto, CreatedCartDto } from './dto/cart.response.dto';
import { ChangeQuantityDto } from './dto/change-quantity.dto';
import { NoBodyDto } from './dto/no-body.dto';
import { NoQueryDto } from './dto/no-query.dto';

const ITEM_ID = { name: 'itemId', description: 'A line of the caller’s cart (any other id: 404)', format: 'uuid' };

// Public for the global token guard: each route resolves its owner itself (CartOwnerGuard).
@ApiTags('cart')
@Public()
@ApiBadRequestResponse({ description: 'Invalid input; nothing was changed' })
@Controller()
export class CartController {
  constructor(
    private readonly createGuestCart: CreateGuestCartUseCase,
    private readonly getCart: GetCartQuery,
    private readonly addItem: AddItemUseCase,
    private readonly changeQuantity: ChangeItemQuantityUseCase,
    private readonly removeItem: RemoveItemUseCase,
    private readonly mergeCarts: MergeCartsUseCase,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Start an anonymous cart; the answer’s cartToken is its only key' })
  @ApiCreatedResponse({ type: CreatedCartDto })
  async create(@Body() _body: NoBodyDto, @Query() _query: NoQueryDto): Promise<CreatedCartDto> {
    const { cartToken, cart } = await this.createGuestCart.execute();
    return { cartToken, cart: CartDto.from(cart) };
  }

  @Get()
  @CartOwnerRoute()
  @ApiOperation({ summary: 'The caller’s cart (a customer without one gets a new, empty one)' })
  @ApiOkResponse({ type: CartDto })
  @ApiNotFoundResponse({ description: 'No live cart for this X-Cart-Token' })
  async get(@CurrentOwner() owner: CartOwner, @Query() _query: NoQueryDto): Promise<CartDto> {
    return CartDto.from(await this.getCart.execute(owner));
  }

  @Post('items')
  @CartOwnerRoute()
  @ApiOperation({
    summary: 'Put a product in the cart at the catalog’s price; the same product again adds to its line',
  })
  @ApiCreatedResponse({ type: CartDto })
  @ApiNotFoundResponse({ description: 'No live cart for this X-Cart-Token' })
  @ApiUnprocessableEntityResponse({
    description: 'Unknown or unavailable product, line or cart limit reached, or another currency',
  })
  @ApiServiceUnavailableResponse({ description: 'The catalog did not answer; nothing was changed' })
  async add(@CurrentOwner() owner: CartOwner, @Body() body: AddItemDto, @Query() _query: NoQueryDto): Promise<CartDto> {
    return CartDto.from(await this.addItem.execute(owner, body.productId, body.quantity));
  }

  @Patch('items/:itemId')
  @CartOwnerRoute()
  @ApiOperation({ summary: 'Set the quantity of a line' })
  @ApiParam(ITEM_ID)
  @ApiOkResponse({ type: CartDto })
  @ApiNotFoundResponse({ description: 'Not a line of the caller’s cart, or no live cart for this X-Cart-Token' })
  async change(
    @CurrentOwner() owner: CartOwner,
    @Param('itemId') itemId: string,
    @Body() body: ChangeQuantityDto,
    @Query() _query: NoQueryDto,
  ): Promise<CartDto> {
    return CartDto.from(await this.changeQuantity.execute(owner, itemId, body.quantity));
  }

  @Delete('items/:itemId')
  @CartOwnerRoute()
  @ApiOperation({ summary: 'Remove a line' })
  @ApiParam(ITEM_ID)
  @ApiOkResponse({ type: CartDto })
  @ApiNotFoundResponse({ description: 'Not a line of the caller’s cart, or no live cart for this X-Cart-Token' })
  async remove(
    @CurrentOwner() owner: CartOwner,
    @Param('itemId') itemId: string,
    @Body() _body: NoBodyDto,
    @Query() _query: NoQueryDto,
  ): Promise<CartDto> {
    return CartDto.from(await this.removeItem.execute(owner, itemId));
  }

  @Post('merge')
  @HttpCode(HttpStatus.OK)
  @CartMergeRoute()
  @ApiOperation({
    summary: 'At sign-in: move the guest cart’s lines into the customer’s cart and delete the guest cart',
    description:
      'Quantities of a product in both carts are summed and capped at 10. Guest lines in another currency ' +
      'than the customer’s cart, or beyond its 50 lines, are left out. One transaction.',
  })
  @ApiOkResponse({ type: CartDto })
  @ApiNotFoundResponse({ description: 'No live cart for this X-Cart-Token' })
  async merge(
    @MergingOwners() owners: MergeOwners,
    @Body() _body: NoBodyDto,
    @Query() _query: NoQueryDto,
  ): Promise<CartDto> {
    return CartDto.from(await this.mergeCarts.execute(owners.customer, owners.guest));
  }
}
