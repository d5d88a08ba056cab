import { migrateDatabase, runCli } from '@shop/service-runtime';
import { catalogConfig } from '../../config/catalog-config';
import { catalogDataSourceOptions } from '../data-source-options';

runCli(() => migrateDatabase(catalogConfig().DATABASE_URL, catalogDataSourceOptions));
