import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { seedOperators } from '../../auth';
import { catalogConfig } from '../../config/catalog-config';
import { catalogDataSourceOptions } from '../data-source-options';
import { seedCategoryTree, SeedProductGenerator } from '../seed/seed-catalog';
import { SeedWriter } from '../seed/seed-writer';
import { runCli } from '@shop/service-runtime';

const DEFAULT_PRODUCTS = 600;
const MAX_PRODUCTS = 1_000_000;
const BATCH_SIZE = 1000;

const HELP = `Usage: npm run seed -w @shop/catalog -- [options]

Fills the catalog database (DATABASE_URL, already migrated) with a deterministic shop:
${seedCategoryTree().categories.length} categories three levels deep and ${DEFAULT_PRODUCTS} products with images, plus the operator
accounts admin@shop.local and viewer@shop.local (passwords from SEED_ADMIN_PASSWORD and
SEED_VIEWER_PASSWORD). Every run makes the same rows; rows that already exist are left alone, so
running it again changes nothing.

Options:
  --if-empty      seed products and categories only when there are no products yet
  --products N    generate N products instead of ${DEFAULT_PRODUCTS} (e.g. 100000 for benchmarks), written
                  in multi-row INSERTs of ${BATCH_SIZE}; product n is the same whatever N is
  -h, --help      print this help
`;

interface SeedOptions {
  ifEmpty: boolean;
  products: number;
}

function parseOptions(args: string[]): SeedOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      'if-empty': { type: 'boolean', default: false },
      products: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const products = values.products === undefined ? DEFAULT_PRODUCTS : Number(values.products);
  if (!Number.isInteger(products) || products < 0 || products > MAX_PRODUCTS) {
    throw new Error(`--products must be a whole number from 0 to ${MAX_PRODUCTS}`);
  }
  return { ifEmpty: values['if-empty'], products };
}

async function seed(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(HELP);
    return;
  }
  const config = catalogConfig();
  const adminPassword = config.SEED_ADMIN_PASSWORD;
  const viewerPassword = config.SEED_VIEWER_PASSWORD;
  if (adminPassword === undefined || viewerPassword === undefined) {
    throw new Error(
      'Invalid configuration: SEED_ADMIN_PASSWORD and SEED_VIEWER_PASSWORD are required to seed operator accounts in production',
    );
  }
  const dataSource = await new DataSource(catalogDataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    await seedOperators(dataSource, { adminPassword, viewerPassword });
    const writer = new SeedWriter(dataSource);
    if (options.ifEmpty && (await writer.productCount()) > 0) {
      process.stdout.write('The catalog already has products; left as it is (--if-empty)\n');
      return;
    }
    const { categories, leaves } = seedCategoryTree();
    await writer.writeCategories(categories, new Date());
    const generator = new SeedProductGenerator(leaves);
    for (let start = 0; start < options.products; start += BATCH_SIZE) {
      const end = Math.min(start + BATCH_SIZE, options.products);
      await writer.writeProducts(Array.from({ length: end - start }, (_, offset) => generator.product(start + offset)));
    }
    process.stdout.write(
      `Seeded ${categories.length} categories and ${options.products} products; ${await writer.productCount()} products in all\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

runCli(seed);
