import { Injectable } from '@nestjs/common';
import { Clock } from '@shop/service-runtime';
import { CartRepository } from '../domain/cart.repository';

// Deleted a batch at a time, so one statement never holds many row locks for long.
export const PURGE_BATCH_SIZE = 500;

/** Deletes every cart that has expired, with its lines; returns how many. */
@Injectable()
export class PurgeExpiredCartsUseCase {
  constructor(
    private readonly carts: CartRepository,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<number> {
    const now = this.clock.now();
    let purged = 0;
    for (;;) {
      const deleted = await this.carts.deleteExpired(now, PURGE_BATCH_SIZE);
      purged += deleted;
      if (deleted < PURGE_BATCH_SIZE) return purged;
    }
  }
}
