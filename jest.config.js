/** Unit tests run from source; e2e tests drive the built services as real processes. */
const shared = {
  // NestJS 12, fauxqs and a few others ship only ES modules; jest's module registry needs CommonJS,
  // so those packages are compiled like our own sources.
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|cookie|jose|fauxqs)/)'],
  moduleNameMapper: {
    // fauxqs has only an `import` export condition, which jest's CommonJS resolver does not take.
    '^fauxqs$': '<rootDir>/node_modules/fauxqs/dist/app.js',
    '^@shop/local-aws$': '<rootDir>/tools/local-aws/src',
    '^@shop/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@shop/([a-z-]+)/([a-z-]+)$': '<rootDir>/libs/$1/src/$2',
  },
  testEnvironment: 'node',
};

module.exports = {
  maxWorkers: 1,
  // e2e suites start databases and processes in beforeAll; jest reads this only at the top level.
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{libs,services,tools}/**/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{libs,services,tools}/*/test/**/*.e2e-spec.ts'],
    },
    // The whole shop as real processes, driven through the gateway (tests/system/support).
    { ...shared, displayName: 'system', testMatch: ['<rootDir>/tests/system/**/*.e2e-spec.ts'] },
    // The storefront's components in jsdom (frontend/jest.config.js).
    '<rootDir>/frontend/jest.config.js',
  ],
};
