import type { EventContract } from './define-event';

/** The events a process knows, by type string. */
export class EventRegistry {
  private readonly byType = new Map<string, EventContract>();

  constructor(contracts: readonly EventContract[]) {
    for (const contract of contracts) {
      if (this.byType.has(contract.type)) throw new Error(`event type "${contract.type}" is declared twice`);
      this.byType.set(contract.type, contract);
    }
  }

  /** The contract of a type string, or undefined when no event of that type is declared. */
  get(type: string): EventContract | undefined {
    return this.byType.get(type);
  }

  /** Every declared contract, in declaration order. */
  all(): EventContract[] {
    return [...this.byType.values()];
  }
}
