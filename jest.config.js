/** Unit tests run from source; e2e tests drive the built services as real processes. */
const shared = {
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  moduleNameMapper: {
    '^@shop/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@shop/([a-z-]+)/([a-z-]+)$': '<rootDir>/libs/$1/src/$2',
  },
  testEnvironment: 'node',
};

module.exports = {
  maxWorkers: 1,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{libs,services,tools}/**/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{services,tools}/*/test/**/*.e2e-spec.ts'],
      testTimeout: 60000,
    },
  ],
};
