export { mapAuthError } from './auth-error-status';
export { CatalogAuthModule, type CatalogAuthOptions } from './auth.module';
export { AUTH_ERROR_CODES, type AuthErrorCode } from './domain/auth.errors';
export { OperatorAccountEntity } from './infrastructure/operator-account.entity';
export { seedOperators, SEEDED_OPERATOR_EMAILS, type OperatorSeedPasswords } from './infrastructure/seed-operators';
