import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { Public } from '@shop/auth';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from '../observability-options';

const DATABASE_PING_TIMEOUT_MS = 1_500;

/** Liveness (the process serves) and readiness (its dependencies answer) for the load balancer and `npm start`. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    @Inject(OBSERVABILITY_OPTIONS) private readonly options: ObservabilityOptions,
  ) {}

  @Get('live')
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  async ready(): Promise<HealthCheckResult> {
    const checks = this.options.readiness?.database
      ? [() => this.database.pingCheck('database', { timeout: DATABASE_PING_TIMEOUT_MS })]
      : [];
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      throw new ServiceUnavailableException({ message: 'Not ready', details: error.getResponse() });
    }
  }
}
