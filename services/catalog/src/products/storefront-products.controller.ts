import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@shop/auth';
import { GetProductQuery } from './application/get-product.query';
import { ListProductsQuery } from './application/list-products.query';
import { NoQueryDto } from '../shared/dto/no-query.dto';
import { ListProductsQueryDto } from './dto/list-products.query.dto';
import { ProductDetailDto, ProductPageDto } from './dto/product.response.dto';

@ApiTags('storefront')
@Public()
@Controller('products')
export class StorefrontProductsController {
  constructor(
    private readonly listProducts: ListProductsQuery,
    private readonly getProduct: GetProductQuery,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Active products, filtered, searched, sorted and paged' })
  @ApiOkResponse({ type: ProductPageDto })
  @ApiBadRequestResponse({ description: 'A parameter is unknown, of the wrong type or out of range' })
  @ApiNotFoundResponse({ description: 'The category filter names no category' })
  async list(@Query() query: ListProductsQueryDto): Promise<ProductPageDto> {
    return ProductPageDto.from(await this.listProducts.storefront(query));
  }

  @Get(':idOrSlug')
  @ApiOperation({ summary: 'An active product by id or slug, with its categories and related products' })
  @ApiParam({ name: 'idOrSlug', description: 'Product id (UUID) or slug' })
  @ApiOkResponse({ type: ProductDetailDto })
  @ApiBadRequestResponse({ description: 'Neither a UUID nor a slug' })
  @ApiNotFoundResponse({ description: 'No active product with that id or slug' })
  async detail(@Param('idOrSlug') idOrSlug: string, @Query() _query: NoQueryDto): Promise<ProductDetailDto> {
    return ProductDetailDto.from(await this.getProduct.storefront(idOrSlug));
  }
}
