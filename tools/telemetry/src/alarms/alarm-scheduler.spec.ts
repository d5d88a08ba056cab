import { AlarmScheduler } from './alarm-scheduler';

describe(AlarmScheduler.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('evaluates every interval until stopped', async () => {
    const evaluate = jest.fn(() => Promise.resolve());
    const scheduler = new AlarmScheduler(evaluate, 10);
    scheduler.start();

    await jest.advanceTimersByTimeAsync(9_999);
    expect(evaluate).toHaveBeenCalledTimes(0);
    await jest.advanceTimersByTimeAsync(20_001);
    expect(evaluate).toHaveBeenCalledTimes(3);

    await scheduler.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(evaluate).toHaveBeenCalledTimes(3);
  });

  it('skips a run while the previous one is still going, and reports failures', async () => {
    let finish: () => void = () => undefined;
    const evaluate = jest
      .fn<Promise<void>, []>()
      .mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)))
      .mockRejectedValueOnce(new Error('store locked'));
    const onError = jest.fn();
    const scheduler = new AlarmScheduler(evaluate, 10, onError);
    scheduler.start();

    await jest.advanceTimersByTimeAsync(35_000);
    expect(evaluate).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(evaluate).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledWith(new Error('store locked'));

    await scheduler.stop();
  });
});
