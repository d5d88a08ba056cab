/** The store keeps times as microseconds since the epoch; the API answers with ISO strings and milliseconds. */
export function isoFromMicros(micros: number): string {
  return new Date(Math.floor(micros / 1000)).toISOString();
}
