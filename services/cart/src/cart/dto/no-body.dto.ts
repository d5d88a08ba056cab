/**
 * The body of a route that takes none: with the global ValidationPipe refusing unknown properties, a
 * body that tries to set anything (an owner, a price) gets a 400 instead of being silently ignored.
 */
export class NoBodyDto {}
