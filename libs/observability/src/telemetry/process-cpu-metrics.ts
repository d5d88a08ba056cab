import type { Meter } from '@opentelemetry/api';

/**
 * `process.cpu.time` (semantic conventions: seconds of CPU by `cpu.mode`, user and system), read from
 * `process.cpuUsage()` at each export. The runtime instrumentation covers the event loop, heap and GC
 * but not CPU, and the host-metrics package would add a system-information dependency for one number.
 */
export function recordProcessCpuTime(meter: Meter): void {
  meter
    .createObservableCounter('process.cpu.time', { description: 'CPU time used by this process', unit: 's' })
    .addCallback((result) => {
      const { user, system } = process.cpuUsage();
      result.observe(user / 1e6, { 'cpu.mode': 'user' });
      result.observe(system / 1e6, { 'cpu.mode': 'system' });
    });
}
