import { base, en, Faker } from '@faker-js/faker';
import { formatDecimalAmount } from '@shop/contracts';
import type { Category } from '../../categories/domain/category';
import { pathOf } from '../../categories/domain/category-path';
import { IMAGE_HEIGHT, IMAGE_WIDTH, productImageName } from '../../images/domain/placeholder-image';
import type { ProductAttributes, ProductImage, ProductStatus } from '../../products/domain/product';
import { slugify } from '../../shared/domain/slug';
import { deterministicId } from './deterministic-id';
import { SEED_CATEGORIES, type SeedCategory } from './seed-categories';

const FAKER_SEED = 20_261_204;
// Seeded products are dated back from here, one every few minutes, newest first.
const NEWEST_PRODUCT_TIME = Date.UTC(2026, 10, 30, 12, 0, 0);
const MINUTES_BETWEEN_PRODUCTS = 7;
const IMAGE_URL_PREFIX = '/api/catalog/images/';

export interface SeedProduct {
  id: string;
  sku: string;
  name: string;
  slug: string;
  description: string;
  price: string;
  currency: string;
  images: ProductImage[];
  attributes: ProductAttributes;
  status: ProductStatus;
  categoryIds: string[];
  createdAt: Date;
}

interface Leaf {
  category: Category;
  products: NonNullable<SeedCategory['products']>;
}

/** The seeded tree, parents before children; the same ids, slugs and paths on every run. */
export function seedCategoryTree(): { categories: Category[]; leaves: Leaf[] } {
  const categories: Category[] = [];
  const leaves: Leaf[] = [];
  const visit = (nodes: readonly SeedCategory[], parent: Category | null): void => {
    nodes.forEach((node, position) => {
      const slug = slugify(node.name);
      const id = deterministicId(`category:${slug}`);
      const path = pathOf(id, parent);
      const category: Category = {
        id,
        parentId: parent?.id ?? null,
        name: node.name,
        slug,
        position,
        path,
        depth: (parent?.depth ?? 0) + 1,
      };
      categories.push(category);
      if (node.products) leaves.push({ category, products: node.products });
      visit(node.children ?? [], category);
    });
  };
  visit(SEED_CATEGORIES, null);
  return { categories, leaves };
}

/**
 * Generates products in a fixed order: product n is the same on every run (its own faker seed), and
 * its slug depends only on the products before it, so a larger run extends a smaller one.
 */
export class SeedProductGenerator {
  private readonly faker = new Faker({ locale: [en, base] });
  private readonly usedSlugs = new Set<string>();

  constructor(private readonly leaves: readonly Leaf[]) {}

  product(index: number): SeedProduct {
    const faker = this.faker;
    faker.seed(FAKER_SEED + index);
    const leaf = faker.helpers.arrayElement(this.leaves);
    const noun = faker.helpers.arrayElement(leaf.products.nouns);
    const name = `${faker.commerce.productAdjective()} ${faker.commerce.productMaterial()} ${noun}`;
    const slug = this.uniqueSlug(slugify(name));
    const images = Array.from({ length: faker.number.int({ min: 1, max: 3 }) }, (_, image) => ({
      url: `${IMAGE_URL_PREFIX}${productImageName(slug, image + 1)}.svg`,
      alt: `${name}, view ${image + 1}`,
      width: IMAGE_WIDTH,
      height: IMAGE_HEIGHT,
    }));
    const categoryIds = [leaf.category.id];
    if (faker.number.int(9) === 0) {
      const other = faker.helpers.arrayElement(this.leaves).category.id;
      if (other !== leaf.category.id) categoryIds.push(other);
    }
    return {
      id: deterministicId(`product:${index}`),
      sku: `SKU-${String(index + 1).padStart(6, '0')}`,
      name,
      slug,
      description: `${faker.commerce.productDescription()} This ${noun.toLowerCase()} ${faker.helpers.arrayElement([
        'is built to last and easy to care for.',
        'comes with a two-year warranty.',
        'ships in recyclable packaging.',
        'is a customer favourite this season.',
      ])}`,
      price: this.price(leaf.products.minPrice, leaf.products.maxPrice),
      currency: 'EUR',
      images,
      attributes: this.attributes(leaf),
      status: this.status(),
      categoryIds,
      createdAt: new Date(NEWEST_PRODUCT_TIME - index * MINUTES_BETWEEN_PRODUCTS * 60_000),
    };
  }

  private uniqueSlug(base: string): string {
    let slug = base;
    for (let suffix = 2; this.usedSlugs.has(slug); suffix += 1) slug = `${base}-${suffix}`;
    this.usedSlugs.add(slug);
    return slug;
  }

  /** Shop prices: whole euros ending in .99, .49 or .00. */
  private price(minEuros: number, maxEuros: number): string {
    const euros = this.faker.number.int({ min: minEuros, max: maxEuros });
    const cents = this.faker.helpers.arrayElement([99, 49, 0]);
    return formatDecimalAmount(BigInt(euros) * 100n + BigInt(cents));
  }

  private attributes(leaf: Leaf): ProductAttributes {
    const faker = this.faker;
    const attributes: ProductAttributes = {
      brand: faker.company.name(),
      colour: faker.color.human(),
      material: faker.commerce.productMaterial(),
      weightKg: faker.number.float({ min: 0.1, max: 25, fractionDigits: 1 }),
      inStoreOnly: faker.number.int(19) === 0,
    };
    for (const [key, values] of Object.entries(leaf.products.attributes ?? {})) {
      attributes[key] = faker.helpers.arrayElement(values);
    }
    return attributes;
  }

  /** Mostly active, some drafts, a few archived. */
  private status(): ProductStatus {
    const roll = this.faker.number.int(99);
    if (roll < 85) return 'active';
    return roll < 95 ? 'draft' : 'archived';
  }
}
