import { checkDrift, runCli } from '@shop/service-runtime';
import { inventoryConfig } from '../../config/inventory-config';
import { inventoryDataSourceOptions } from '../data-source-options';

runCli(() => checkDrift(inventoryConfig().DATABASE_URL, inventoryDataSourceOptions));
