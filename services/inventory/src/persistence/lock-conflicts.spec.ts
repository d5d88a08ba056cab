import { QueryFailedError } from 'typeorm';
import { isLockConflict, retryOnLockConflict } from './lock-conflicts';

const failure = (code: string) =>
  new QueryFailedError('UPDATE stock_items ...', [], Object.assign(new Error(code), { code }));

describe(retryOnLockConflict.name, () => {
  it('runs the transaction again after a deadlock or a lock wait timeout', async () => {
    const transaction = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(failure('ER_LOCK_DEADLOCK'))
      .mockRejectedValueOnce(failure('ER_LOCK_WAIT_TIMEOUT'))
      .mockResolvedValueOnce('done');
    await expect(retryOnLockConflict(transaction)).resolves.toBe('done');
    expect(transaction).toHaveBeenCalledTimes(3);
  });

  it('gives up after the last attempt', async () => {
    const transaction = jest.fn<Promise<string>, []>().mockRejectedValue(failure('ER_LOCK_DEADLOCK'));
    await expect(retryOnLockConflict(transaction, 3)).rejects.toThrow('ER_LOCK_DEADLOCK');
    expect(transaction).toHaveBeenCalledTimes(3);
  });

  it('does not retry any other failure', async () => {
    const transaction = jest.fn<Promise<string>, []>().mockRejectedValue(failure('ER_DUP_ENTRY'));
    await expect(retryOnLockConflict(transaction)).rejects.toThrow('ER_DUP_ENTRY');
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(isLockConflict(new Error('ER_LOCK_DEADLOCK'))).toBe(false);
  });
});
