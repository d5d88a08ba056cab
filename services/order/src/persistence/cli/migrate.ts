import { migrateDatabase, runCli } from '@shop/service-runtime';
import { orderConfig } from '../../config/order-config';
import { orderDataSourceOptions } from '../data-source-options';

runCli(() => migrateDatabase(orderConfig().DATABASE_URL, orderDataSourceOptions));
