import { Clock } from '../shared/application/clock';

export class FixedClock extends Clock {
  constructor(private readonly instant = new Date('2026-06-01T12:00:00Z')) {
    super();
  }

  now(): Date {
    return this.instant;
  }
}
