import { BadRequestException, Body, Controller, Get, Put } from '@nestjs/common';
import { Roles } from '@shop/auth';
import { PinoLogger } from 'nestjs-pino';

const SETTABLE_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
type SettableLevel = (typeof SETTABLE_LEVELS)[number];

/** Body of `PUT admin/log-level`. */
export interface LogLevelBody {
  level: SettableLevel;
}

/**
 * The service's log level at run time: `GET admin/log-level` reads it, `PUT admin/log-level` changes the
 * root logger at once (requests that start afterwards log at the new level). Not persisted: a restart
 * goes back to the configured level.
 */
@Controller('admin/log-level')
export class LogLevelController {
  constructor(private readonly logger: PinoLogger) {
    logger.setContext(LogLevelController.name);
  }

  @Get()
  @Roles('admin', 'viewer')
  current(): { level: string } {
    return { level: PinoLogger.root.level };
  }

  @Put()
  @Roles('admin')
  change(@Body() body: unknown): { level: string } {
    const level = parseLevel(body);
    const previous = PinoLogger.root.level;
    PinoLogger.root.level = level;
    this.logger.info({ previous, level }, 'log level changed');
    return { level };
  }
}

function parseLevel(body: unknown): SettableLevel {
  const level = typeof body === 'object' && body !== null && 'level' in body ? body.level : undefined;
  const unknownFields =
    typeof body === 'object' && body !== null ? Object.keys(body).filter((key) => key !== 'level') : [];
  const problems = [
    ...(SETTABLE_LEVELS.some((allowed) => allowed === level)
      ? []
      : [`level must be one of: ${SETTABLE_LEVELS.join(', ')}`]),
    ...unknownFields.map((field) => `property ${field} should not exist`),
  ];
  if (problems.length > 0) throw new BadRequestException({ message: problems });
  return level as SettableLevel;
}
