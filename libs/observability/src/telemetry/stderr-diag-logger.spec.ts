import { StderrDiagLogger } from './stderr-diag-logger';

describe(StderrDiagLogger.name, () => {
  let written: string[];
  let now: number;
  let logger: StderrDiagLogger;

  beforeEach(() => {
    written = [];
    now = 0;
    logger = new StderrDiagLogger(
      (line) => written.push(line),
      () => now,
    );
  });

  it('writes a repeated message once a minute', () => {
    logger.error('export failed');
    now = 59_000;
    logger.error('export failed');
    logger.warn('another problem');
    now = 61_000;
    logger.error('export failed');
    expect(written).toEqual([
      'opentelemetry error: export failed\n',
      'opentelemetry warn: another problem\n',
      'opentelemetry error: export failed\n',
    ]);
  });

  it('keeps only the message of an exception the SDK passes as JSON', () => {
    logger.error(
      JSON.stringify({ stack: 'Error: 14 UNAVAILABLE\n    at x.js:1:1', message: '14 UNAVAILABLE', name: 'Error' }),
    );
    expect(written).toEqual(['opentelemetry error: 14 UNAVAILABLE\n']);
  });
});
