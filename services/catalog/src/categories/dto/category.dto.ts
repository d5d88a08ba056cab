import { ApiProperty } from '@nestjs/swagger';
import type { Category } from '../domain/category';
import type { CategoryTreeNode } from '../domain/category-tree';

export class CategoryNodeDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Lighting' })
  name!: string;

  @ApiProperty({ example: 'lighting' })
  slug!: string;

  @ApiProperty({ description: 'Order among its siblings', example: 0 })
  position!: number;

  @ApiProperty({ description: 'Active products in this category and all below it, each once', example: 42 })
  productCount!: number;

  @ApiProperty({ type: () => [CategoryNodeDto] })
  children!: CategoryNodeDto[];

  static from(node: CategoryTreeNode): CategoryNodeDto {
    return { ...node, children: node.children.map((child) => CategoryNodeDto.from(child)) };
  }
}

export class CategoryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  parentId!: string | null;

  @ApiProperty({ example: 'Desk lamps' })
  name!: string;

  @ApiProperty({ example: 'desk-lamps' })
  slug!: string;

  @ApiProperty({ example: 2 })
  position!: number;

  @ApiProperty({ description: '1 for a top-level category', example: 2 })
  depth!: number;

  static from(category: Category): CategoryDto {
    return {
      id: category.id,
      parentId: category.parentId,
      name: category.name,
      slug: category.slug,
      position: category.position,
      depth: category.depth,
    };
  }
}
