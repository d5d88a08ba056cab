import type { DatabaseSync } from 'node:sqlite';
import { type AlarmDefinition, type AlarmView, parseAlarmDefinition } from './alarm-definition';
import { type AlarmEvaluation, evaluateAlarm } from './alarm-evaluator';
import type { AlarmNotifier } from './alarm-notifier';
import { type AlarmHistoryItem, AlarmRepository, type StoredAlarm } from './alarm-repository';

/** Where failed notifications are reported (pino's logger fits). */
export interface AlarmLogger {
  warn(details: object, message: string): void;
}

export interface AlarmServiceOptions {
  readonly db: DatabaseSync;
  readonly notifier: AlarmNotifier;
  readonly logger: AlarmLogger;
  /** Milliseconds since the epoch; tests pass a clock they move. */
  readonly now?: () => number;
}

/**
 * The alarms as the query API and the scheduler use them: definitions stored in the alarms table,
 * evaluations that move the state, a history row and a notification per state change. The last value
 * and band of each alarm are kept from its last evaluation (in memory: they change every evaluation).
 */
export class AlarmService {
  private readonly repository: AlarmRepository;
  private readonly latest = new Map<string, Pick<AlarmEvaluation, 'lastValue' | 'band'>>();
  private readonly now: () => number;

  constructor(private readonly options: AlarmServiceOptions) {
    this.repository = new AlarmRepository(options.db);
    this.now = options.now ?? Date.now;
  }

  list(): AlarmView[] {
    return this.repository.list().map((alarm) => this.viewOf(alarm));
  }

  find(name: string): AlarmView | null {
    const alarm = this.repository.find(name);
    return alarm === null ? null : this.viewOf(alarm);
  }

  /** Creates or replaces alarm `name`; throws AlarmDefinitionError (nothing stored) for a bad body. */
  put(name: string, body: unknown): AlarmView {
    const definition = parseAlarmDefinition(name, body);
    return this.viewOf(this.repository.save(definition, this.nowUs()));
  }

  /** False when there was no such alarm. */
  delete(name: string): boolean {
    this.latest.delete(name);
    return this.repository.delete(name);
  }

  /** The alarm's state changes, newest first; null when there is no such alarm. */
  history(name: string): AlarmHistoryItem[] | null {
    return this.repository.find(name) === null ? null : this.repository.history(name);
  }

  /** Stores the given alarms that do not exist yet, leaving existing ones as the operators changed them. */
  ensureAlarms(definitions: readonly AlarmDefinition[]): void {
    for (const definition of definitions) {
      if (this.repository.find(definition.name) === null) this.repository.save(definition, this.nowUs());
    }
  }

  /**
   * Evaluates every alarm at the current time; each state change is stored with its history row before
   * it is published, and a failed publish is logged without holding up the other alarms.
   */
  async evaluateAll(): Promise<void> {
    const nowUs = this.nowUs();
    for (const alarm of this.repository.list()) {
      const evaluation = evaluateAlarm(this.options.db, alarm.definition, nowUs, alarm.state);
      this.latest.set(alarm.definition.name, { lastValue: evaluation.lastValue, band: evaluation.band });
      if (evaluation.state === alarm.state) continue;
      const change = {
        name: alarm.definition.name,
        timeUs: nowUs,
        oldState: alarm.state,
        newState: evaluation.state,
        reason: evaluation.reason,
      };
      this.repository.recordStateChange(change);
      try {
        await this.options.notifier.notify({ ...change, definition: alarm.definition });
      } catch (error) {
        this.options.logger.warn({ err: error, alarm: change.name }, 'alarm notification failed');
      }
    }
  }

  private viewOf(alarm: StoredAlarm): AlarmView {
    const latest = this.latest.get(alarm.definition.name);
    return {
      ...alarm.definition,
      state: alarm.state,
      stateReason: alarm.stateReason,
      stateUpdatedAt: new Date(alarm.stateUpdatedUs / 1000).toISOString(),
      lastValue: latest?.lastValue ?? null,
      band: latest?.band ?? null,
    };
  }

  private nowUs(): number {
    return this.now() * 1000;
  }
}
