/**
 * A clock stopped at one instant. It has the shape of every service's `Clock` (one `now()`), so a use
 * case under test takes it in place of the system clock.
 */
export class FixedClock {
  constructor(private readonly instant = new Date('2026-06-01T12:00:00Z')) {}

  now(): Date {
    return this.instant;
  }
}
