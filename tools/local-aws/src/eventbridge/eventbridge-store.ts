import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { EventBusRecord, RuleRecord } from './eventbridge-model';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS event_buses (region TEXT NOT NULL, name TEXT NOT NULL, record TEXT NOT NULL,
    PRIMARY KEY (region, name));
  CREATE TABLE IF NOT EXISTS rules (region TEXT NOT NULL, bus TEXT NOT NULL, name TEXT NOT NULL, record TEXT NOT NULL,
    PRIMARY KEY (region, bus, name));
`;

/**
 * Buses and rules (with their targets) in memory, written through to SQLite in `dataDir` when one is
 * given, so that they survive a restart of the endpoint like fauxqs' queues and topics do.
 */
export class EventBridgeStore {
  private readonly buses = new Map<string, EventBusRecord>();
  private readonly rules = new Map<string, RuleRecord>();

  private constructor(private readonly database: DatabaseSync | undefined) {}

  static open(dataDir: string | undefined): EventBridgeStore {
    if (dataDir === undefined) return new EventBridgeStore(undefined);
    mkdirSync(dataDir, { recursive: true });
    const database = new DatabaseSync(join(dataDir, 'eventbridge.sqlite'));
    database.exec(SCHEMA);
    const store = new EventBridgeStore(database);
    for (const row of database.prepare('SELECT record FROM event_buses').all()) {
      const bus = JSON.parse(String(row.record)) as EventBusRecord;
      store.buses.set(busKey(bus.region, bus.name), bus);
    }
    for (const row of database.prepare('SELECT record FROM rules').all()) {
      const rule = JSON.parse(String(row.record)) as RuleRecord;
      store.rules.set(ruleKey(rule.region, rule.busName, rule.name), rule);
    }
    return store;
  }

  getBus(region: string, name: string): EventBusRecord | undefined {
    return this.buses.get(busKey(region, name));
  }

  listBuses(region: string): EventBusRecord[] {
    return [...this.buses.values()].filter((bus) => bus.region === region).sort(byName);
  }

  saveBus(bus: EventBusRecord): void {
    this.buses.set(busKey(bus.region, bus.name), bus);
    this.database
      ?.prepare('INSERT OR REPLACE INTO event_buses (region, name, record) VALUES (?, ?, ?)')
      .run(bus.region, bus.name, JSON.stringify(bus));
  }

  deleteBus(region: string, name: string): void {
    this.buses.delete(busKey(region, name));
    this.database?.prepare('DELETE FROM event_buses WHERE region = ? AND name = ?').run(region, name);
  }

  getRule(region: string, busName: string, name: string): RuleRecord | undefined {
    return this.rules.get(ruleKey(region, busName, name));
  }

  listRules(region: string, busName: string): RuleRecord[] {
    return [...this.rules.values()].filter((rule) => rule.region === region && rule.busName === busName).sort(byName);
  }

  allRules(): RuleRecord[] {
    return [...this.rules.values()];
  }

  saveRule(rule: RuleRecord): void {
    this.rules.set(ruleKey(rule.region, rule.busName, rule.name), rule);
    this.database
      ?.prepare('INSERT OR REPLACE INTO rules (region, bus, name, record) VALUES (?, ?, ?, ?)')
      .run(rule.region, rule.busName, rule.name, JSON.stringify(rule));
  }

  deleteRule(region: string, busName: string, name: string): void {
    this.rules.delete(ruleKey(region, busName, name));
    this.database?.prepare('DELETE FROM rules WHERE region = ? AND bus = ? AND name = ?').run(region, busName, name);
  }

  close(): void {
    this.database?.close();
  }
}

function busKey(region: string, name: string): string {
  return `${region}\u0000${name}`;
}

function ruleKey(region: string, busName: string, name: string): string {
  return `${region}\u0000${busName}\u0000${name}`;
}

function byName(left: { name: string }, right: { name: string }): number {
  return left.name.localeCompare(right.name);
}
