import { emptyCheckoutFields, fieldErrorsFromApi, placeOrderBody, validateCheckout } from './checkout-validation';

const valid = {
  ...emptyCheckoutFields(),
  email: 'ada@example.com',
  fullName: 'Ada Lovelace',
  line1: '12 St James’s Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
};

describe(validateCheckout.name, () => {
  it('accepts a complete address', () => {
    expect(validateCheckout(valid, true)).toEqual({});
  });

  it('needs an email only from a guest', () => {
    expect(validateCheckout({ ...valid, email: '' }, true)).toEqual({ email: 'Enter your email address' });
    expect(validateCheckout({ ...valid, email: '' }, false)).toEqual({});
  });

  it('applies the order service’s limits', () => {
    const errors = validateCheckout(
      { ...valid, fullName: 'x'.repeat(201), city: '  ', country: 'XX', phone: 'call me', line2: 'y'.repeat(201) },
      true,
    );
    expect(Object.keys(errors).sort()).toEqual(['city', 'country', 'fullName', 'line2', 'phone']);
  });
});

describe(placeOrderBody.name, () => {
  it('trims values and leaves out empty optional fields', () => {
    expect(placeOrderBody({ ...valid, fullName: ' Ada ', phone: ' ' }, true)).toEqual({
      email: 'ada@example.com',
      shippingAddress: { fullName: 'Ada', line1: valid.line1, city: 'London', postalCode: 'SW1Y 4JH', country: 'GB' },
    });
    expect(placeOrderBody(valid, false)).not.toHaveProperty('email');
  });
});

describe(fieldErrorsFromApi.name, () => {
  it('puts the service’s messages beside the fields they name', () => {
    expect(
      fieldErrorsFromApi(['shippingAddress.postalCode must be 1-20 letters', 'email must be an email address']),
    ).toEqual({
      postalCode: 'shippingAddress.postalCode must be 1-20 letters',
      email: 'email must be an email address',
    });
    expect(fieldErrorsFromApi({ unexpected: true })).toEqual({});
  });
});
