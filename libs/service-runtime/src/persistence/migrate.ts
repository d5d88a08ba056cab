import { DataSource } from 'typeorm';
import type { DataSourceOptionsFor } from './data-source-options';
import { createDatabaseIfMissing } from './database-admin';
import { databaseLocation } from './database-location';

/** Creates the service's database if it does not exist, then applies every pending migration. */
export async function migrateDatabase(databaseUrl: string, optionsFor: DataSourceOptionsFor): Promise<void> {
  const location = databaseLocation(databaseUrl);
  await createDatabaseIfMissing(location);
  const dataSource = await new DataSource(optionsFor(databaseUrl)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const names = applied.map((migration) => migration.name);
    process.stdout.write(
      names.length === 0
        ? `Database ${location.database} is up to date\n`
        : `Applied to ${location.database}: ${names.join(', ')}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}
