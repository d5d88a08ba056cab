/** A language's own error for a query it cannot read, made from a reason and the 1-based column it refers to. */
export type QueryErrorClass = new (reason: string, column: number) => Error;
