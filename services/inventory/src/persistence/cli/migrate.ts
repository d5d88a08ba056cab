import { migrateDatabase, runCli } from '@shop/service-runtime';
import { inventoryConfig } from '../../config/inventory-config';
import { inventoryDataSourceOptions } from '../data-source-options';

runCli(() => migrateDatabase(inventoryConfig().DATABASE_URL, inventoryDataSourceOptions));
