import { Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { OutboxRelay } from '../outbox/outbox-relay';
import { OutboxWriter } from '../outbox/outbox-writer';
import { EventBusPublishingModule, type EventBusPublishingOptions } from './event-bus-publishing.module';

// Stands in for TypeOrmModule, which provides the application's DataSource globally.
@Global()
@Module({ providers: [{ provide: DataSource, useValue: { subscribers: [] } }], exports: [DataSource] })
class FakeTypeOrmModule {}

const location = { prefix: 't1', region: 'us-east-1', accountId: '000000000000' };

async function contextWith(options: EventBusPublishingOptions) {
  @Module({ imports: [FakeTypeOrmModule, EventBusPublishingModule.forRoot(options)] })
  class AppModule {}
  return NestFactory.createApplicationContext(AppModule, { logger: false });
}

describe(EventBusPublishingModule.name, () => {
  let start: jest.SpyInstance;
  let stop: jest.SpyInstance;

  beforeEach(() => {
    start = jest.spyOn(OutboxRelay.prototype, 'start').mockImplementation(() => undefined);
    stop = jest.spyOn(OutboxRelay.prototype, 'stop').mockResolvedValue(undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  it('provides the outbox writer and runs the relay from bootstrap to shutdown', async () => {
    const app = await contextWith(location);
    await app.init();

    expect(app.get(OutboxWriter)).toBeInstanceOf(OutboxWriter);
    expect(app.get(OutboxRelay)).toBeInstanceOf(OutboxRelay);
    expect(start).toHaveBeenCalledTimes(1);
    await app.close();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('leaves the relay idle in a process that only writes events', async () => {
    const app = await contextWith({ ...location, runRelay: false });
    await app.init();

    expect(start).not.toHaveBeenCalled();
    await app.close();
  });
});
