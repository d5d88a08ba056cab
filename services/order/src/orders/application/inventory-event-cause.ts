/** The inventory event a saga step answers: its id (for the inbox) and the saga's correlation id. */
export interface InventoryEventCause {
  readonly eventId: string;
  readonly correlationId: string;
}
