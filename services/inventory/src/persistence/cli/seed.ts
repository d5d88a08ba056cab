import { parseArgs } from 'node:util';
import { runCli } from '@shop/service-runtime';
import { DataSource } from 'typeorm';
import { inventoryConfig } from '../../config/inventory-config';
import { inventoryDataSourceOptions } from '../data-source-options';
import { SEED_SKU_COUNT, seedStock, SeedStockWriter } from '../seed/seed-stock';

const BATCH_SIZE = 500;

const HELP = `Usage: npm run seed -w @shop/inventory -- [options]

Fills the inventory database (DATABASE_URL, already migrated) with stock for the demo catalog's
${SEED_SKU_COUNT} SKUs (SKU-000001..SKU-${String(SEED_SKU_COUNT).padStart(6, '0')}): mostly 20 to 120 units, every 15th low (2 to 4),
every 40th out of stock, each with its receipt in the ledger. Every run makes the same rows; rows
that already exist are left alone, so running it again changes nothing.

Options:
  --if-empty      seed only when there is no stock item yet
  -h, --help      print this help
`;

async function seed(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { 'if-empty': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const dataSource = await new DataSource(inventoryDataSourceOptions(inventoryConfig().DATABASE_URL)).initialize();
  try {
    const writer = new SeedStockWriter(dataSource);
    if (values['if-empty'] && (await writer.stockItemCount()) > 0) {
      process.stdout.write('Inventory already has stock items; left as it is (--if-empty)\n');
      return;
    }
    const at = new Date();
    let created = 0;
    for (let start = 1; start <= SEED_SKU_COUNT; start += BATCH_SIZE) {
      const end = Math.min(start + BATCH_SIZE - 1, SEED_SKU_COUNT);
      created += await writer.write(
        Array.from({ length: end - start + 1 }, (_, offset) => seedStock(start + offset)),
        at,
      );
    }
    process.stdout.write(`Seeded ${created} stock items; ${await writer.stockItemCount()} in all\n`);
  } finally {
    await dataSource.destroy();
  }
}

runCli(seed);
