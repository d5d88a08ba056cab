import { context, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  InMemoryLogRecordExporter,
  LoggerProvider,
  SimpleLogRecordProcessor,
  type ReadableLogRecord,
} from '@opentelemetry/sdk-logs';
import type { Params } from 'nestjs-pino';
import pino, { type Logger, type LoggerOptions } from 'pino';
import { buildLoggerParams } from './logger-params';
import { OtlpLogStream } from './otlp-log-stream';

const TRACE_ID = '5759e988bd862e3fe1be46a994272793';
const SPAN_ID = '53995c3f42cd8ad8';

describe(OtlpLogStream.name, () => {
  const exporter = new InMemoryLogRecordExporter();
  const provider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter })] });
  const contextManager = new AsyncLocalStorageContextManager();
  let stdout: string[];
  let logger: Logger;

  beforeAll(() => {
    context.setGlobalContextManager(contextManager.enable());
  });

  beforeEach(() => {
    stdout = [];
    // The service logger's own pino options (level, base, timestamp, level label, trace id mixin).
    const { pinoHttp } = buildLoggerParams('catalog', 'trace') as { pinoHttp: LoggerOptions & Params['pinoHttp'] };
    const { level, base, timestamp, formatters, mixin } = pinoHttp;
    logger = pino(
      { level, base, timestamp, formatters, mixin } as LoggerOptions,
      pino.multistream([
        { level: 0, stream: new OtlpLogStream(provider.getLogger('@shop/observability')) },
        { level: 0, stream: { write: (line: string) => void stdout.push(line) } },
      ]),
    );
  });

  afterEach(() => exporter.reset());

  afterAll(async () => {
    await provider.shutdown();
    context.disable();
  });

  const inSpan = (log: () => void) =>
    context.with(trace.setSpanContext(ROOT_CONTEXT, { traceId: TRACE_ID, spanId: SPAN_ID, traceFlags: 1 }), log);

  const onlyRecord = (): ReadableLogRecord => {
    const records = exporter.getFinishedLogRecords();
    expect(records).toHaveLength(1);
    const [record] = records;
    if (!record) throw new Error('no log record');
    return record;
  };

  const millisOf = (record: ReadableLogRecord) => record.hrTime[0] * 1000 + Math.round(record.hrTime[1] / 1e6);

  it('sends the stdout line as a record: time, severity, body, trace context and the other fields', () => {
    inSpan(() =>
      logger
        .child({ request_id: 'r-1', context: 'ProductsController' })
        .info({ method: 'GET', statusCode: 200, responseTime: 12 }, 'request completed'),
    );
    const line = JSON.parse(stdout[0] ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'info', service: 'catalog', trace_id: TRACE_ID, span_id: SPAN_ID });

    const record = onlyRecord();
    expect(millisOf(record)).toBe(Date.parse(String(line['time'])));
    expect(record.severityNumber).toBe(9);
    expect(record.severityText).toBe('info');
    expect(record.body).toBe('request completed');
    expect(record.spanContext).toEqual({ traceId: TRACE_ID, spanId: SPAN_ID, traceFlags: 1 });
    expect(record.attributes).toEqual({
      request_id: 'r-1',
      context: 'ProductsController',
      method: 'GET',
      statusCode: 200,
      responseTime: 12,
    });
  });

  it.each([
    ['trace', 1],
    ['debug', 5],
    ['info', 9],
    ['warn', 13],
    ['error', 17],
    ['fatal', 21],
  ] as const)('gives a %s line severity number %i', (level, severityNumber) => {
    logger[level]('something happened');
    const record = onlyRecord();
    expect([record.severityText, record.severityNumber]).toEqual([level, severityNumber]);
  });

  it("reads pino's level numbers too, as a logger without a level label writes them", () => {
    pino({}, new OtlpLogStream(provider.getLogger('test'))).warn('disk almost full');
    const record = onlyRecord();
    expect([record.severityText, record.severityNumber, record.body]).toEqual(['warn', 13, 'disk almost full']);
  });

  it('leaves a line logged outside any span without trace context', () => {
    logger.info('started');
    expect(onlyRecord().spanContext).toBeUndefined();
  });

  it('turns a logged error into exception attributes and keeps its other fields under err', () => {
    const failure = Object.assign(new TypeError('connect ECONNREFUSED 10.0.0.7:3306'), { code: 'ECONNREFUSED' });
    logger.error({ err: failure, queue: 'orders' }, 'receiving from queue failed');
    expect(onlyRecord().attributes).toEqual({
      'exception.type': 'TypeError',
      'exception.message': 'connect ECONNREFUSED 10.0.0.7:3306',
      'exception.stacktrace': expect.stringContaining('TypeError: connect ECONNREFUSED') as unknown,
      'err.code': 'ECONNREFUSED',
      queue: 'orders',
    });
  });

  it('flattens nested fields to dotted keys and keeps arrays of plain values', () => {
    logger.info(
      { order: { id: 'o-1', total: { amount: '19.90', currency: 'EUR' } }, skus: ['a', 'b'], lines: [{ sku: 'a' }] },
      'order placed',
    );
    expect(onlyRecord().attributes).toEqual({
      'order.id': 'o-1',
      'order.total.amount': '19.90',
      'order.total.currency': 'EUR',
      skus: ['a', 'b'],
      lines: '[{"sku":"a"}]',
    });
  });

  it('skips a line that is not a JSON object', () => {
    const stream = new OtlpLogStream(provider.getLogger('test'));
    stream.write('not json\n');
    stream.write('[1,2]\n');
    expect(exporter.getFinishedLogRecords()).toEqual([]);
  });
});
