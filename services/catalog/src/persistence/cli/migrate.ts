import { DataSource } from 'typeorm';
import { catalogConfig } from '../../config/catalog-config';
import { catalogDataSourceOptions, databaseLocation } from '../data-source-options';
import { createDatabaseIfMissing } from '../database-admin';
import { runCli } from './run-cli';

/** Creates the catalog database if it does not exist, then applies every pending migration. */
async function migrate(): Promise<void> {
  const { DATABASE_URL } = catalogConfig();
  const location = databaseLocation(DATABASE_URL);
  await createDatabaseIfMissing(location);
  const dataSource = await new DataSource(catalogDataSourceOptions(DATABASE_URL)).initialize();
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

runCli(migrate);
