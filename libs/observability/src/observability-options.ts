import type { LevelWithSilent } from 'pino';
import type { DomainError } from './errors/domain-error';

/** A pino level, or `silent`. */
export type LogLevel = LevelWithSilent;

/** What a service passes to `ObservabilityModule.forRoot`. */
export interface ObservabilityOptions {
  serviceName: string;
  environment: 'development' | 'test' | 'production';
  /** Level at start; changeable at run time through `PUT admin/log-level`. */
  logLevel: LogLevel;
  /** HTTP status for each of the service's domain error codes (unmapped errors become 500). */
  mapDomainError?: (error: DomainError) => number;
  readiness?: {
    /** Check the TypeORM DataSource with `SELECT 1` in `GET health/ready`. */
    database?: boolean;
  };
}

export const OBSERVABILITY_OPTIONS = Symbol('OBSERVABILITY_OPTIONS');
