import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../ingest/transaction';
import type { AlarmDefinition, AlarmState } from './alarm-definition';

/** An alarm as stored: its definition and its current state. */
export interface StoredAlarm {
  readonly definition: AlarmDefinition;
  readonly state: AlarmState;
  readonly stateReason: string;
  readonly stateUpdatedUs: number;
}

export interface AlarmStateChange {
  readonly name: string;
  readonly timeUs: number;
  readonly oldState: AlarmState;
  readonly newState: AlarmState;
  readonly reason: string;
}

export interface AlarmHistoryItem {
  readonly time: string;
  readonly oldState: AlarmState;
  readonly newState: AlarmState;
  readonly reason: string;
}

interface AlarmRow {
  readonly definition: string;
  readonly state: AlarmState;
  readonly state_reason: string;
  readonly state_updated_us: number;
}

/** How many state changes the history of one alarm answers with, newest first. */
export const HISTORY_LIMIT = 100;

/** The alarms and alarm_history tables. */
export class AlarmRepository {
  constructor(private readonly db: DatabaseSync) {}

  list(): StoredAlarm[] {
    const rows = this.db.prepare('SELECT * FROM alarms ORDER BY name').all() as unknown as AlarmRow[];
    return rows.map(storedAlarmOf);
  }

  find(name: string): StoredAlarm | null {
    const row = this.db.prepare('SELECT * FROM alarms WHERE name = ?').get(name) as AlarmRow | undefined;
    return row === undefined ? null : storedAlarmOf(row);
  }

  /** Stores a new alarm in INSUFFICIENT_DATA, or replaces the definition of an existing one keeping its state. */
  save(definition: AlarmDefinition, nowUs: number): StoredAlarm {
    this.db
      .prepare(
        `INSERT INTO alarms (name, definition, state, state_reason, state_updated_us)
         VALUES (?, ?, 'INSUFFICIENT_DATA', 'Unchecked: Initial alarm creation', ?)
         ON CONFLICT (name) DO UPDATE SET definition = excluded.definition`,
      )
      .run(definition.name, JSON.stringify(definition), nowUs);
    return this.find(definition.name)!;
  }

  /** Removes an alarm and its history; false when there was none. */
  delete(name: string): boolean {
    return inTransaction(this.db, () => {
      this.db.prepare('DELETE FROM alarm_history WHERE name = ?').run(name);
      return Number(this.db.prepare('DELETE FROM alarms WHERE name = ?').run(name).changes) > 0;
    });
  }

  /** Moves an alarm to its new state and appends the change to its history, both or neither. */
  recordStateChange(change: AlarmStateChange): void {
    inTransaction(this.db, () => {
      this.db
        .prepare('UPDATE alarms SET state = ?, state_reason = ?, state_updated_us = ? WHERE name = ?')
        .run(change.newState, change.reason, change.timeUs, change.name);
      this.db
        .prepare('INSERT INTO alarm_history (name, time_us, old_state, new_state, reason) VALUES (?, ?, ?, ?, ?)')
        .run(change.name, change.timeUs, change.oldState, change.newState, change.reason);
    });
  }

  history(name: string, limit = HISTORY_LIMIT): AlarmHistoryItem[] {
    const rows = this.db
      .prepare(
        `SELECT time_us, old_state, new_state, reason FROM alarm_history WHERE name = ?
         ORDER BY time_us DESC, rowid DESC LIMIT ?`,
      )
      .all(name, limit) as { time_us: number; old_state: AlarmState; new_state: AlarmState; reason: string }[];
    return rows.map((row) => ({
      time: new Date(row.time_us / 1000).toISOString(),
      oldState: row.old_state,
      newState: row.new_state,
      reason: row.reason,
    }));
  }
}

function storedAlarmOf(row: AlarmRow): StoredAlarm {
  return {
    definition: JSON.parse(row.definition) as AlarmDefinition,
    state: row.state,
    stateReason: row.state_reason,
    stateUpdatedUs: row.state_updated_us,
  };
}
