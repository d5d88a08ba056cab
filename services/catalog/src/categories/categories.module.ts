import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock, SystemClock } from '@shop/service-runtime';
import { AdminCategoriesController } from './admin-categories.controller';
import { CreateCategoryUseCase } from './application/create-category.use-case';
import { GetCategoryTreeQuery } from './application/get-category-tree.query';
import { MoveCategoryUseCase } from './application/move-category.use-case';
import { RenameCategoryUseCase } from './application/rename-category.use-case';
import { ReorderCategoriesUseCase } from './application/reorder-categories.use-case';
import { CategoriesController } from './categories.controller';
import { CategoryRepository } from './domain/category.repository';
import { TypeOrmCategoryRepository } from './infrastructure/typeorm-category.repository';

@Module({
  controllers: [CategoriesController, AdminCategoriesController],
  providers: [
    {
      provide: CategoryRepository,
      useFactory: (dataSource: DataSource) => new TypeOrmCategoryRepository(dataSource.manager),
      inject: [getDataSourceToken()],
    },
    { provide: Clock, useClass: SystemClock },
    GetCategoryTreeQuery,
    CreateCategoryUseCase,
    RenameCategoryUseCase,
    MoveCategoryUseCase,
    ReorderCategoriesUseCase,
  ],
  exports: [CategoryRepository],
})
export class CategoriesModule {}
