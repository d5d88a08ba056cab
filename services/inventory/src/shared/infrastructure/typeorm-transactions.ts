import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Inbox, type InboxOutcome } from '@shop/event-bus';
import { DataSource, type EntityManager } from 'typeorm';
import { retryOnLockConflict } from '../../persistence/lock-conflicts';
import { Transactions } from '../application/transactions';

@Injectable()
export class TypeOrmTransactions extends Transactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return retryOnLockConflict(() => this.dataSource.transaction(work));
  }

  runOnce<T>(
    consumer: string,
    eventId: string,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<InboxOutcome<T>> {
    return retryOnLockConflict(() => Inbox.handleOnce(this.dataSource, consumer, eventId, work));
  }
}
