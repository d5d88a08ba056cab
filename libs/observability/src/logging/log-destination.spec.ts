import type { MultiStreamRes } from 'pino';
import { markLogExportStarted } from '../telemetry/log-export';
import { serviceLogDestination } from './log-destination';
import { OtlpLogStream } from './otlp-log-stream';

describe(serviceLogDestination.name, () => {
  it("leaves pino's own stdout destination alone while telemetry has not started", () => {
    expect(serviceLogDestination()).toBeUndefined();
  });

  it('writes to stdout first and then to the logs API once telemetry runs', () => {
    markLogExportStarted();
    const destination = serviceLogDestination() as MultiStreamRes;
    const [first, second, ...others] = destination.streams.map((entry) => entry.stream);
    expect(others).toEqual([]);
    expect(first).not.toBeInstanceOf(OtlpLogStream);
    expect(first).toHaveProperty('fd', process.stdout.fd);
    expect(second).toBeInstanceOf(OtlpLogStream);
  });
});
