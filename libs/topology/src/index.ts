export * from './http-routes';
export * from './messaging';
export * from './storage';
