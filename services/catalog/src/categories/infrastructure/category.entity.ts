import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

@Entity({ name: 'categories' })
@Index('IDX_categories_parent_position', ['parentId', 'position'])
export class CategoryEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ name: 'parent_id', type: 'char', length: 36, nullable: true })
  parentId!: string | null;

  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_categories_parent' })
  parent?: CategoryEntity | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index('UQ_categories_slug', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Column({ type: 'int' })
  position!: number;

  // Ids from the root down, "/a/b/c/": descendants are a prefix match on this index.
  @Index('IDX_categories_path')
  @Column({ type: 'varchar', length: 400 })
  path!: string;

  @Column({ type: 'tinyint', unsigned: true })
  depth!: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
