import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@shop/auth';
import { GetCategoryTreeQuery } from './application/get-category-tree.query';
import { NoQueryDto } from '../shared/dto/no-query.dto';
import { CategoryNodeDto } from './dto/category.dto';

@ApiTags('storefront')
@Public()
@Controller('categories')
export class CategoriesController {
  constructor(private readonly getTree: GetCategoryTreeQuery) {}

  @Get()
  @ApiOperation({ summary: 'The category tree with active-product counts that include subcategories' })
  @ApiOkResponse({ type: [CategoryNodeDto] })
  async tree(@Query() _query: NoQueryDto): Promise<CategoryNodeDto[]> {
    return (await this.getTree.execute()).map((node) => CategoryNodeDto.from(node));
  }
}
