import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { untraced } from '@shop/observability';
import { DataSource, type DataSourceOptions } from 'typeorm';

/**
 * A service's TypeORM connection, tried three times a second apart. Connecting asks the server its version
 * and settings; those statements run untraced, or each start would leave a root trace of bare SQL.
 */
export function serviceTypeOrmModule(options: DataSourceOptions): DynamicModule {
  return TypeOrmModule.forRootAsync({
    useFactory: () => ({ ...options, retryAttempts: 3, retryDelay: 1000 }),
    dataSourceFactory: (resolved) => untraced(() => new DataSource(resolved ?? options).initialize()),
  });
}
