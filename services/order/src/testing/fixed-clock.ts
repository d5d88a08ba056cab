import { Clock } from '../shared/application/clock';

export class FixedClock extends Clock {
  constructor(private instant = new Date('2026-06-01T12:00:00Z')) {
    super();
  }

  now(): Date {
    return this.instant;
  }

  advance(seconds: number): void {
    this.instant = new Date(this.instant.getTime() + seconds * 1000);
  }
}
