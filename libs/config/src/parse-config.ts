import { z } from 'zod';

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    readonly problem: string,
  ) {
    super(`Invalid configuration: ${setting}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Parses settings against a schema; the first problem becomes a ConfigError naming the setting. */
export function parseConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const setting = issue?.path.join('.') || '(environment)';
  throw new ConfigError(setting, issue?.message ?? 'invalid');
}

/**
 * Loads a process's settings once at start. A wrong or missing setting stops the process with one
 * line naming it, so an operator never has to read a stack trace to find a typo in the environment.
 */
export function loadConfigOrExit<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  try {
    return parseConfig(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
}
