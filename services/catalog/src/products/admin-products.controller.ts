import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiRoleProtected, Roles } from '@shop/auth';
import { CorrelationId } from '@shop/observability';
import { ArchiveProductUseCase } from './application/archive-product.use-case';
import { ChangeProductsStatusUseCase } from './application/change-products-status.use-case';
import { CreateProductUseCase } from './application/create-product.use-case';
import { GetProductQuery } from './application/get-product.query';
import { ListProductsQuery } from './application/list-products.query';
import { UpdateProductUseCase } from './application/update-product.use-case';
import { PRODUCT_STATUSES } from './domain/product';
import { ChangeProductsStatusDto, ChangeProductsStatusResultDto } from './dto/change-products-status.dto';
import { CreateProductDto } from './dto/create-product.dto';
import { AdminListProductsQueryDto } from './dto/list-products.query.dto';
import { ProductDto, ProductPageDto } from './dto/product.response.dto';
import { UpdateProductDto } from './dto/update-product.dto';

@ApiTags('admin: products')
@ApiRoleProtected()
@ApiBadRequestResponse({ description: 'Invalid input; nothing was changed' })
@Controller('admin/products')
export class AdminProductsController {
  constructor(
    private readonly listProducts: ListProductsQuery,
    private readonly getProduct: GetProductQuery,
    private readonly createProduct: CreateProductUseCase,
    private readonly updateProduct: UpdateProductUseCase,
    private readonly archiveProduct: ArchiveProductUseCase,
    private readonly changeStatus: ChangeProductsStatusUseCase,
  ) {}

  @Get()
  @Roles('admin', 'viewer')
  @ApiOperation({ summary: 'Products of any status, filtered, searched, sorted and paged' })
  @ApiOkResponse({ type: ProductPageDto })
  async list(@Query() query: AdminListProductsQueryDto): Promise<ProductPageDto> {
    const { status, ...request } = query;
    return ProductPageDto.from(
      await this.listProducts.admin(request, status === undefined ? PRODUCT_STATUSES : [status]),
    );
  }

  @Get(':id')
  @Roles('admin', 'viewer')
  @ApiOperation({ summary: 'A product of any status' })
  @ApiOkResponse({ type: ProductDto })
  @ApiNotFoundResponse({ description: 'No such product' })
  async get(@Param('id') id: string): Promise<ProductDto> {
    return ProductDto.from(await this.getProduct.admin(id));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a product (a draft unless a status is given)' })
  @ApiCreatedResponse({ type: ProductDto })
  @ApiConflictResponse({ description: 'The SKU or slug is taken' })
  @ApiUnprocessableEntityResponse({ description: 'A category does not exist' })
  async create(@Body() body: CreateProductDto, @CorrelationId() correlationId: string): Promise<ProductDto> {
    return ProductDto.from(await this.createProduct.execute(body, correlationId));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change some fields of a product' })
  @ApiOkResponse({ type: ProductDto })
  @ApiNotFoundResponse({ description: 'No such product' })
  @ApiConflictResponse({ description: 'The SKU or slug is taken' })
  @ApiUnprocessableEntityResponse({ description: 'A category does not exist' })
  async update(
    @Param('id') id: string,
    @Body() body: UpdateProductDto,
    @CorrelationId() correlationId: string,
  ): Promise<ProductDto> {
    return ProductDto.from(await this.updateProduct.execute(id, body, correlationId));
  }

  @Post(':id/archive')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw a product from the storefront' })
  @ApiOkResponse({ type: ProductDto })
  @ApiNotFoundResponse({ description: 'No such product' })
  async archive(@Param('id') id: string, @CorrelationId() correlationId: string): Promise<ProductDto> {
    return ProductDto.from(await this.archiveProduct.execute(id, correlationId));
  }

  @Post('status')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Give up to 100 products one status; if any id is unknown nothing changes' })
  @ApiOkResponse({ type: ChangeProductsStatusResultDto })
  @ApiUnprocessableEntityResponse({ description: 'Some products do not exist' })
  async bulkStatus(
    @Body() body: ChangeProductsStatusDto,
    @CorrelationId() correlationId: string,
  ): Promise<ChangeProductsStatusResultDto> {
    return this.changeStatus.execute(body.ids, body.status, correlationId);
  }
}
