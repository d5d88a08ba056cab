export { ConfigError, loadConfigOrExit, parseConfig } from './parse-config';
export * from './settings';
export { z } from 'zod';
