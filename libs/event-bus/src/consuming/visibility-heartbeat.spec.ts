import { startVisibilityHeartbeat } from './visibility-heartbeat';

describe(startVisibilityHeartbeat.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('extends the visibility timeout every half timeout until stopped', async () => {
    const extend = jest.fn(() => Promise.resolve());
    const stop = startVisibilityHeartbeat(30, extend, jest.fn());

    await jest.advanceTimersByTimeAsync(44_000);
    expect(extend.mock.calls).toEqual([[30], [30]]);

    await stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(extend).toHaveBeenCalledTimes(2);
  });

  it('keeps beating after a failed extension and reports it', async () => {
    const failure = new Error('throttled');
    const extend = jest.fn().mockRejectedValueOnce(failure).mockResolvedValue(undefined);
    const onError = jest.fn();
    const stop = startVisibilityHeartbeat(2, extend, onError);

    await jest.advanceTimersByTimeAsync(2_000);
    expect(onError).toHaveBeenCalledWith(failure);
    expect(extend).toHaveBeenCalledTimes(2);
    await stop();
  });

  it('on stop, waits for an extension under way', async () => {
    let finishExtension!: () => void;
    const extend = jest.fn(() => new Promise<void>((resolve) => (finishExtension = resolve)));
    const stop = startVisibilityHeartbeat(2, extend, jest.fn());
    await jest.advanceTimersByTimeAsync(1_000);

    let stopped = false;
    const stopping = stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);

    finishExtension();
    await stopping;
    expect(stopped).toBe(true);
  });
});
