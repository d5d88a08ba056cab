import { DatabaseSync } from 'node:sqlite';
import { SCHEMA } from '../store/schema';
import { AlarmRepository } from './alarm-repository';
import { DEFAULT_ALARMS } from './default-alarms';

const T0 = Date.parse('2026-12-04T20:00:00Z') * 1000;
const [first, second] = DEFAULT_ALARMS;

describe(AlarmRepository.name, () => {
  let repository: AlarmRepository;

  beforeEach(() => {
    const db = new DatabaseSync(':memory:');
    db.exec(SCHEMA);
    repository = new AlarmRepository(db);
  });

  it('stores a new alarm unchecked and reads back its definition', () => {
    repository.save(second!, T0);
    repository.save(first!, T0);

    expect(repository.list()).toEqual([
      {
        definition: first,
        state: 'INSUFFICIENT_DATA',
        stateReason: 'Unchecked: Initial alarm creation',
        stateUpdatedUs: T0,
      },
      {
        definition: second,
        state: 'INSUFFICIENT_DATA',
        stateReason: 'Unchecked: Initial alarm creation',
        stateUpdatedUs: T0,
      },
    ]);
    expect(repository.find('nope')).toBeNull();
  });

  it('records state changes and answers the history newest first', () => {
    repository.save(first!, T0);
    repository.recordStateChange({
      name: first!.name,
      timeUs: T0 + 1,
      oldState: 'INSUFFICIENT_DATA',
      newState: 'OK',
      reason: 'fine',
    });
    repository.recordStateChange({
      name: first!.name,
      timeUs: T0 + 2000,
      oldState: 'OK',
      newState: 'ALARM',
      reason: 'bad',
    });

    expect(repository.find(first!.name)).toMatchObject({
      state: 'ALARM',
      stateReason: 'bad',
      stateUpdatedUs: T0 + 2000,
    });
    expect(repository.history(first!.name)).toEqual([
      { time: '2026-12-04T20:00:00.002Z', oldState: 'OK', newState: 'ALARM', reason: 'bad' },
      { time: '2026-12-04T20:00:00.000Z', oldState: 'INSUFFICIENT_DATA', newState: 'OK', reason: 'fine' },
    ]);
  });

  it('replaces the definition of an existing alarm and keeps its state', () => {
    repository.save(first!, T0);
    repository.recordStateChange({
      name: first!.name,
      timeUs: T0 + 5,
      oldState: 'INSUFFICIENT_DATA',
      newState: 'ALARM',
      reason: 'bad',
    });
    const changed = { ...first!, threshold: 10 };

    repository.save(changed, T0 + 10);

    expect(repository.find(first!.name)).toEqual({
      definition: changed,
      state: 'ALARM',
      stateReason: 'bad',
      stateUpdatedUs: T0 + 5,
    });
  });

  it('deletes an alarm with its history', () => {
    repository.save(first!, T0);
    repository.recordStateChange({
      name: first!.name,
      timeUs: T0 + 1,
      oldState: 'INSUFFICIENT_DATA',
      newState: 'OK',
      reason: 'fine',
    });

    expect(repository.delete(first!.name)).toBe(true);
    expect(repository.delete(first!.name)).toBe(false);
    expect(repository.list()).toEqual([]);
    expect(repository.history(first!.name)).toEqual([]);
  });
});
