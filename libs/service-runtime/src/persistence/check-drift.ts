import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { DataSourceOptionsFor } from './data-source-options';
import { createDatabaseIfMissing, dropDatabaseIfExists, isMariaDb } from './database-admin';
import { databaseLocation } from './database-location';

/**
 * Fails (exit code 1, printing the SQL) when the entities and the migrations disagree: it migrates a
 * scratch database on the DATABASE_URL server, asks TypeORM's schema builder what it would change to
 * match the entities, and drops the scratch database. An empty answer means no drift.
 */
export async function checkDrift(databaseUrl: string, optionsFor: DataSourceOptionsFor): Promise<void> {
  const scratchUrl = new URL(databaseUrl);
  const scratch = `${databaseLocation(databaseUrl).database}_drift_${randomBytes(4).toString('hex')}`;
  scratchUrl.pathname = `/${scratch}`;
  const location = databaseLocation(scratchUrl.toString());

  await createDatabaseIfMissing(location);
  try {
    // TypeORM's mysql flavour misreads MariaDB's column defaults and would report drift that is not
    // there; compare with the flavour of the server actually answering.
    const flavour = (await isMariaDb(location)) ? 'mariadb' : 'mysql';
    const dataSource = await new DataSource(optionsFor(scratchUrl.toString(), flavour)).initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
      if (upQueries.length === 0) {
        process.stdout.write('No drift: the migrations build exactly the schema the entities describe\n');
        return;
      }
      process.stdout.write('Drift: the entities need these changes that no migration makes:\n');
      for (const query of upQueries) process.stdout.write(`${query.query};\n`);
      process.exitCode = 1;
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await dropDatabaseIfExists(location);
  }
}
