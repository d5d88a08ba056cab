// Helpers for code that runs inside jest (unit tests from source, e2e suites): kept apart from the
// package's main entry, which starts processes and an OTLP receiver, and out of its build (jest's globals).
export { errorCodeOf } from './error-shape';
export { FixedClock } from './fixed-clock';
export { strictMock } from './strict-mock';
