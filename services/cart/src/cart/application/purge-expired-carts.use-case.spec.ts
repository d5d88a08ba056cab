import { FixedClock, strictMock } from '@shop/testing/jest';
import { CartRepository } from '../domain/cart.repository';
import { PURGE_BATCH_SIZE, PurgeExpiredCartsUseCase } from './purge-expired-carts.use-case';

describe(PurgeExpiredCartsUseCase.name, () => {
  const clock = new FixedClock();
  let carts: jest.Mocked<CartRepository>;

  beforeEach(() => {
    carts = strictMock<CartRepository>('carts');
  });

  it('deletes batch after batch until a batch is not full, all expired at the same instant', async () => {
    carts.deleteExpired
      .mockResolvedValueOnce(PURGE_BATCH_SIZE)
      .mockResolvedValueOnce(PURGE_BATCH_SIZE)
      .mockResolvedValueOnce(7);
    await expect(new PurgeExpiredCartsUseCase(carts, clock).execute()).resolves.toBe(2 * PURGE_BATCH_SIZE + 7);
    expect(carts.deleteExpired.mock.calls).toEqual([
      [clock.now(), PURGE_BATCH_SIZE],
      [clock.now(), PURGE_BATCH_SIZE],
      [clock.now(), PURGE_BATCH_SIZE],
    ]);
  });

  it('stops after one statement when nothing has expired', async () => {
    carts.deleteExpired.mockResolvedValueOnce(0);
    await expect(new PurgeExpiredCartsUseCase(carts, clock).execute()).resolves.toBe(0);
    expect(carts.deleteExpired).toHaveBeenCalledTimes(1);
  });
});
