import { validateAdjustment, validateReceipt, validateThreshold } from './stock-forms';

describe(validateReceipt.name, () => {
  it('sends the quantity as a number and the note when there is one', () => {
    expect(validateReceipt({ quantity: '12', note: 'Delivery 4711' })).toEqual({
      ok: true,
      body: { quantity: 12, note: 'Delivery 4711' },
    });
    expect(validateReceipt({ quantity: '1', note: '' })).toEqual({ ok: true, body: { quantity: 1 } });
  });

  it.each([
    ['', 'Enter how many units arrived'],
    ['2.5', 'Enter a whole number of units'],
    ['ten', 'Enter a whole number of units'],
    ['0', 'Enter a number from 1 to 100000'],
    ['-4', 'Enter a number from 1 to 100000'],
    ['100001', 'Enter a number from 1 to 100000'],
  ])('refuses the quantity %j', (quantity, message) => {
    expect(validateReceipt({ quantity, note: '' })).toEqual({ ok: false, errors: { quantity: message } });
  });

  it('refuses a note longer than 500 characters', () => {
    expect(validateReceipt({ quantity: '3', note: 'n'.repeat(501) })).toEqual({
      ok: false,
      errors: { note: 'Use at most 500 characters' },
    });
  });
});

describe(validateAdjustment.name, () => {
  it('takes a negative change with its reason', () => {
    expect(validateAdjustment({ delta: '-3', reason: 'Broken in the warehouse' })).toEqual({
      ok: true,
      body: { delta: -3, reason: 'Broken in the warehouse' },
    });
    expect(validateAdjustment({ delta: '+5', reason: 'Count' })).toEqual({
      ok: true,
      body: { delta: 5, reason: 'Count' },
    });
  });

  it('needs a reason, because the movement history keeps it', () => {
    expect(validateAdjustment({ delta: '5', reason: '' })).toEqual({
      ok: false,
      errors: { reason: 'Say why the stock changes: the history keeps it' },
    });
  });

  it.each([
    ['', 'Enter the change in units, like 5 or -3'],
    ['0', 'A change of 0 changes nothing: enter another number'],
    ['-0', 'A change of 0 changes nothing: enter another number'],
    ['1.5', 'Enter a whole number, negative to remove units'],
    ['1e3', 'Enter a whole number, negative to remove units'],
    ['-100001', 'Change at most 100000 units at once'],
  ])('refuses the change %j', (delta, message) => {
    expect(validateAdjustment({ delta, reason: 'Count' })).toEqual({ ok: false, errors: { delta: message } });
  });
});

describe(validateThreshold.name, () => {
  it('takes 0 to 100000', () => {
    expect(validateThreshold({ lowStockThreshold: '0' })).toEqual({ ok: true, body: { lowStockThreshold: 0 } });
    expect(validateThreshold({ lowStockThreshold: '100000' })).toEqual({
      ok: true,
      body: { lowStockThreshold: 100000 },
    });
  });

  it.each([
    ['', 'Enter the level that counts as low'],
    ['-1', 'Enter a whole number from 0 to 100000'],
    ['2.5', 'Enter a whole number from 0 to 100000'],
    ['100001', 'Enter a whole number from 0 to 100000'],
  ])('refuses %j', (lowStockThreshold, message) => {
    expect(validateThreshold({ lowStockThreshold })).toEqual({ ok: false, errors: { lowStockThreshold: message } });
  });
});
