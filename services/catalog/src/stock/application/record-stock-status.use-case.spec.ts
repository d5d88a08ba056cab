import { Logger } from '@nestjs/common';
import { strictMock } from '@shop/testing/jest';
import type { StockStatusReport } from '../domain/stock-status';
import { StockStatusRepository } from '../domain/stock-status.repository';
import { RecordStockStatusUseCase } from './record-stock-status.use-case';

describe(RecordStockStatusUseCase.name, () => {
  let statuses: jest.Mocked<StockStatusRepository>;
  let useCase: RecordStockStatusUseCase;
  let log: jest.SpyInstance;

  const report: StockStatusReport = { sku: 'LMP-1', status: 'low', asOf: new Date('2026-06-01T12:00:00.123Z') };

  beforeEach(() => {
    statuses = strictMock<StockStatusRepository>('statuses');
    useCase = new RecordStockStatusUseCase(statuses);
    log = jest.spyOn(Logger.prototype, 'log').mockImplementation();
  });

  afterEach(() => {
    log.mockRestore();
  });

  it.each([
    ['recorded', 'stock status recorded'],
    ['stale', 'stock status ignored (stale)'],
    ['duplicate', 'stock status ignored (duplicate)'],
  ] as const)('hands the report on, answers %s and logs what became of it', async (outcome, msg) => {
    statuses.record.mockResolvedValueOnce(outcome);

    await expect(useCase.execute('event-1', report)).resolves.toBe(outcome);
    expect(statuses.record).toHaveBeenCalledWith('event-1', report);
    expect(log).toHaveBeenCalledWith({
      msg,
      sku: 'LMP-1',
      status: 'low',
      asOf: '2026-06-01T12:00:00.123Z',
      eventId: 'event-1',
      outcome,
    });
  });
});
