import { crashAt, enabledFaults } from './fault-points';

describe(enabledFaults.name, () => {
  it('reads a comma-separated list, ignoring blanks and spaces', () => {
    expect([...enabledFaults(' outbox.crash-before-publish, ,outbox.crash-after-publish ')]).toEqual([
      'outbox.crash-before-publish',
      'outbox.crash-after-publish',
    ]);
  });

  it('enables nothing when unset', () => {
    expect(enabledFaults(undefined).size).toBe(0);
  });
});

describe(crashAt.name, () => {
  let kill: jest.SpyInstance;
  let stderr: jest.SpyInstance;

  beforeEach(() => {
    kill = jest.spyOn(process, 'kill').mockImplementation(() => true);
    stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });

  afterEach(() => {
    kill.mockRestore();
    stderr.mockRestore();
  });

  it('kills the process with SIGKILL at an enabled point', () => {
    crashAt('outbox.crash-after-publish', enabledFaults('outbox.crash-after-publish'));
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGKILL');
  });

  it('does nothing at a point that is not enabled', () => {
    crashAt('outbox.crash-before-publish', enabledFaults('outbox.crash-after-publish'));
    expect(kill).not.toHaveBeenCalled();
  });
});
