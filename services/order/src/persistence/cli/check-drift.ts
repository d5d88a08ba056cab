import { checkDrift, runCli } from '@shop/service-runtime';
import { orderConfig } from '../../config/order-config';
import { orderDataSourceOptions } from '../data-source-options';

runCli(() => checkDrift(orderConfig().DATABASE_URL, orderDataSourceOptions));
