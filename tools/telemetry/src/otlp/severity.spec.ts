import { severityOf } from './severity';

describe('severityOf', () => {
  it.each([
    [1, undefined, 1, 'trace'],
    [4, '', 4, 'trace'],
    [5, null, 5, 'debug'],
    [9, undefined, 9, 'info'],
    [12, undefined, 12, 'info'],
    [13, undefined, 13, 'warn'],
    [17, undefined, 17, 'error'],
    [20, undefined, 20, 'error'],
    [21, undefined, 21, 'fatal'],
    [24, undefined, 24, 'fatal'],
  ])('derives the level from severity number %s', (number, text, expectedNumber, expectedText) => {
    expect(severityOf(number, text)).toEqual({ number: expectedNumber, text: expectedText });
  });

  it.each([
    [undefined, 'ERROR', 17, 'error'],
    [0, 'Warning', 13, 'warn'],
    [undefined, 'debug', 5, 'debug'],
    [10, 'INFO', 10, 'info'],
    [19, 'critical', 19, 'fatal'],
  ])(
    'takes the level from a text that names one (number %s, text %s)',
    (number, text, expectedNumber, expectedText) => {
      expect(severityOf(number, text)).toEqual({ number: expectedNumber, text: expectedText });
    },
  );

  it('falls back to the number for texts that name no level, and to info with neither', () => {
    expect(severityOf(14, 'notice')).toEqual({ number: 14, text: 'warn' });
    expect(severityOf(0, undefined)).toEqual({ number: 9, text: 'info' });
    expect(severityOf(99, 'whatever')).toEqual({ number: 9, text: 'info' });
  });
});
