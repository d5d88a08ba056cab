export * from './http-routes';
