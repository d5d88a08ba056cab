import type { Logger } from 'pino';
import { nextFireTime, parseScheduleExpression } from './schedule-expression';
import type { RuleRecord } from './eventbridge-model';

const MAX_TIMER_MS = 2 ** 31 - 1;

/** The clock schedules run on. Tests may run it faster than real time (see `timeScale`). */
export interface ScheduleClock {
  now(): number;
  /** Real milliseconds to wait until the clock reads `at`. */
  delayUntil(at: number): number;
}

/**
 * Real time, or time running `timeScale` times faster from the moment the endpoint started (a test
 * can then watch `rate(1 minute)` fire every 600 ms with a scale of 100).
 */
export function scheduleClock(timeScale = 1): ScheduleClock {
  const realStart = Date.now();
  const now = () => realStart + (Date.now() - realStart) * timeScale;
  return { now, delayUntil: (at) => Math.max(0, (at - now()) / timeScale) };
}

/** Fires the scheduled rules that are ENABLED, each with its own timer. */
export class RuleScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly clock: ScheduleClock,
    private readonly fire: (rule: RuleRecord, firedAt: number) => void,
    private readonly logger: Logger,
  ) {}

  /** (Re)arms the rule's timer after a PutRule, EnableRule or DisableRule, or at start. */
  sync(rule: RuleRecord, startedAt: number = this.clock.now()): void {
    this.cancel(rule);
    if (rule.scheduleExpression === undefined || rule.state !== 'ENABLED') return;
    const schedule = parseScheduleExpression(rule.scheduleExpression);
    // Rate periods count from the rule's creation; after a restart, from the restart (no catch-up).
    const anchor = new Date(Math.max(rule.createdAt, startedAt));
    const wait = (at: number) => {
      const delay = this.clock.delayUntil(at);
      // setTimeout cannot wait longer than about 24.8 days: far firings are reached in steps.
      const timer = setTimeout(
        () => {
          if (delay > MAX_TIMER_MS) {
            wait(at);
            return;
          }
          this.fire(rule, at);
          arm(at);
        },
        Math.min(delay, MAX_TIMER_MS),
      );
      this.timers.set(key(rule), timer);
    };
    const arm = (after: number) => {
      const next = nextFireTime(schedule, new Date(after), anchor);
      if (next !== undefined) wait(next.getTime());
    };
    arm(this.clock.now());
    this.logger.debug({ rule: rule.name, schedule: rule.scheduleExpression }, 'schedule armed');
  }

  cancel(rule: Pick<RuleRecord, 'region' | 'busName' | 'name'>): void {
    const timer = this.timers.get(key(rule));
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key(rule));
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

function key(rule: Pick<RuleRecord, 'region' | 'busName' | 'name'>): string {
  return `${rule.region}/${rule.busName}/${rule.name}`;
}
