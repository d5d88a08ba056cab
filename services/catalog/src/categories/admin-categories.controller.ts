import { Body, Controller, HttpCode, HttpStatus, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiRoleProtected, Roles } from '@shop/auth';
import { CreateCategoryUseCase } from './application/create-category.use-case';
import { MoveCategoryUseCase } from './application/move-category.use-case';
import { RenameCategoryUseCase } from './application/rename-category.use-case';
import { ReorderCategoriesUseCase } from './application/reorder-categories.use-case';
import { parseCategoryId } from './domain/category-id';
import { CategoryDto } from './dto/category.dto';
import {
  CreateCategoryDto,
  MoveCategoryDto,
  RenameCategoryDto,
  ReorderCategoriesDto,
} from './dto/category-requests.dto';

@ApiTags('admin: categories')
@ApiRoleProtected('The token lacks the admin role')
@ApiBadRequestResponse({ description: 'Invalid input; nothing was changed' })
@Roles('admin')
@Controller('admin/categories')
export class AdminCategoriesController {
  constructor(
    private readonly createCategory: CreateCategoryUseCase,
    private readonly renameCategory: RenameCategoryUseCase,
    private readonly moveCategory: MoveCategoryUseCase,
    private readonly reorderCategories: ReorderCategoriesUseCase,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a category as the last child of its parent' })
  @ApiCreatedResponse({ type: CategoryDto })
  @ApiNotFoundResponse({ description: 'The parent does not exist' })
  @ApiConflictResponse({ description: 'The slug is taken' })
  async create(@Body() body: CreateCategoryDto): Promise<CategoryDto> {
    return CategoryDto.from(await this.createCategory.execute(body));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename a category (name and/or slug)' })
  @ApiOkResponse({ type: CategoryDto })
  @ApiNotFoundResponse({ description: 'No such category' })
  @ApiConflictResponse({ description: 'The slug is taken' })
  async rename(@Param('id') id: string, @Body() body: RenameCategoryDto): Promise<CategoryDto> {
    return CategoryDto.from(await this.renameCategory.execute(parseCategoryId(id), body));
  }

  @Post(':id/move')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Move a category and its subtree under another parent (null: top level)' })
  @ApiOkResponse({ type: CategoryDto })
  @ApiNotFoundResponse({ description: 'The category or the new parent does not exist' })
  @ApiUnprocessableEntityResponse({ description: 'The new parent is the category itself or below it, or too deep' })
  async move(@Param('id') id: string, @Body() body: MoveCategoryDto): Promise<CategoryDto> {
    return CategoryDto.from(await this.moveCategory.execute(parseCategoryId(id), body.parentId));
  }

  @Put('order')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Set the order of a parent's children (null parent: the top level)" })
  @ApiNoContentResponse({ description: 'Reordered' })
  @ApiNotFoundResponse({ description: 'The parent does not exist' })
  @ApiUnprocessableEntityResponse({ description: 'The list is not exactly the current children' })
  async reorder(@Body() body: ReorderCategoriesDto): Promise<void> {
    await this.reorderCategories.execute(body.parentId, body.childIds);
  }
}
