import { checkDrift, runCli } from '@shop/service-runtime';
import { cartConfig } from '../../config/cart-config';
import { cartDataSourceOptions } from '../data-source-options';

runCli(() => checkDrift(cartConfig().DATABASE_URL, cartDataSourceOptions));
