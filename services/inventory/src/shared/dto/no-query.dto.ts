/**
 * The query of a route that takes no parameters: with the global ValidationPipe refusing unknown
 * properties, any parameter at all gets a 400 instead of being silently ignored.
 */
export class NoQueryDto {}
