import { strictMock } from '@shop/testing/jest';
import { DatabaseSync } from 'node:sqlite';
import { SCHEMA } from '../store/schema';
import { AlarmDefinitionError } from './alarm-definition';
import type { AlarmNotifier } from './alarm-notifier';
import { type AlarmLogger, AlarmService } from './alarm-service';
import { DEFAULT_ALARMS } from './default-alarms';

// 2026-12-04T20:00:00Z, a whole minute.
const T0_MS = Date.parse('2026-12-04T20:00:00Z');
const MINUTE_MS = 60_000;

const errorsBody = {
  description: 'Any 5xx',
  metric: { name: 'shop.http.server.errors', stat: 'sum' },
  periodSeconds: 60,
  evaluationPeriods: 1,
  datapointsToAlarm: 1,
  comparison: 'GreaterThanThreshold',
  threshold: 0,
  treatMissingData: 'notBreaching',
};

describe(AlarmService.name, () => {
  let db: DatabaseSync;
  let notifier: jest.Mocked<AlarmNotifier>;
  let logger: jest.Mocked<AlarmLogger>;
  let nowMs: number;
  let service: AlarmService;

  function errors(minute: number, value: number): void {
    db.prepare(
      `INSERT INTO metric_points (name, service, kind, unit, attributes, time_us, value)
       VALUES ('shop.http.server.errors', 'order', 'counter', '{request}', '{}', ?, ?)`,
    ).run((T0_MS + minute * MINUTE_MS + 5_000) * 1000, value);
  }

  beforeEach(() => {
    db = new DatabaseSync(':memory:');
    db.exec(SCHEMA);
    notifier = strictMock<AlarmNotifier>('notifier');
    logger = strictMock<AlarmLogger>('logger');
    nowMs = T0_MS;
    service = new AlarmService({ db, notifier, logger, now: () => nowMs });
  });

  it('stores a valid alarm unchecked and refuses a bad one without storing it', () => {
    expect(service.put('errors', errorsBody)).toEqual({
      name: 'errors',
      ...errorsBody,
      state: 'INSUFFICIENT_DATA',
      stateReason: 'Unchecked: Initial alarm creation',
      stateUpdatedAt: '2026-12-04T20:00:00.000Z',
      lastValue: null,
      band: null,
    });
    expect(() => service.put('other', { ...errorsBody, periodSeconds: 1 })).toThrow(AlarmDefinitionError);
    expect(service.list().map((alarm) => alarm.name)).toEqual(['errors']);
  });

  it('moves an alarm on evaluation, writes the history and notifies each change once', async () => {
    service.put('errors', errorsBody);
    errors(0, 3);
    notifier.notify.mockResolvedValueOnce(undefined);
    nowMs = T0_MS + MINUTE_MS + 1_000;

    await service.evaluateAll();
    await service.evaluateAll();

    const reason =
      'Threshold Crossed: 1 out of the last 1 datapoints [3] were greater than the threshold (0) (1 needed to alarm).';
    expect(notifier.notify).toHaveBeenCalledTimes(1);
    expect(notifier.notify).toHaveBeenCalledWith({
      name: 'errors',
      definition: { name: 'errors', ...errorsBody },
      oldState: 'INSUFFICIENT_DATA',
      newState: 'ALARM',
      reason,
      timeUs: nowMs * 1000,
    });
    expect(service.find('errors')).toMatchObject({
      state: 'ALARM',
      stateReason: reason,
      stateUpdatedAt: '2026-12-04T20:01:01.000Z',
      lastValue: 3,
    });
    expect(service.history('errors')).toEqual([
      { time: '2026-12-04T20:01:01.000Z', oldState: 'INSUFFICIENT_DATA', newState: 'ALARM', reason },
    ]);
  });

  it('keeps the state change when the notification fails, and logs it', async () => {
    service.put('errors', errorsBody);
    const failure = new Error('SNS is away');
    notifier.notify.mockRejectedValueOnce(failure);
    logger.warn.mockReturnValueOnce(undefined);

    await service.evaluateAll();

    expect(service.find('errors')!.state).toBe('OK');
    expect(logger.warn).toHaveBeenCalledWith({ err: failure, alarm: 'errors' }, 'alarm notification failed');
  });

  it('creates the default alarms that are absent and leaves changed ones alone', () => {
    const [first] = DEFAULT_ALARMS;
    service.put(first!.name, { ...errorsBody, threshold: 5 });

    service.ensureAlarms(DEFAULT_ALARMS);

    expect(
      service
        .list()
        .map((alarm) => alarm.name)
        .sort(),
    ).toEqual(DEFAULT_ALARMS.map((alarm) => alarm.name).sort());
    expect(service.find(first!.name)!.threshold).toBe(5);
  });

  it('deletes an alarm; an unknown one has no history', () => {
    service.put('errors', errorsBody);

    expect(service.delete('errors')).toBe(true);
    expect(service.delete('errors')).toBe(false);
    expect(service.history('errors')).toBeNull();
  });
});
