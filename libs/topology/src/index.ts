export * from './http-routes';
export * from './messaging';
