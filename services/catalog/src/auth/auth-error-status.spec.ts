import { mapAuthError } from './auth-error-status';
import { AUTH_ERROR_CODES } from './domain/auth.errors';

describe(mapAuthError.name, () => {
  it.each([
    ['INVALID_CREDENTIALS', 401],
    ['ACCOUNT_NOT_FOUND', 401],
    ['RATE_LIMITED', 429],
    ['EMAIL_TAKEN', 409],
  ] as const)('answers %s with %i', (code, status) => {
    expect(mapAuthError(code)).toBe(status);
  });

  it('maps every sign-in error to a client error', () => {
    for (const code of AUTH_ERROR_CODES) expect(mapAuthError(code)).toBeGreaterThanOrEqual(400);
    for (const code of AUTH_ERROR_CODES) expect(mapAuthError(code)).toBeLessThan(500);
  });
});
