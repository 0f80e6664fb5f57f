// Jest: TypeScript through SWC (types are checked by `npm run typecheck`), against a real PostgreSQL.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Unit tests of the pure rules sit beside their code in src/; the e2e tests live in tests/.
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Prisma's generated client imports its siblings as './x.js'; resolve them to the .ts sources.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // jose ships only as an ES module; Node >= 20.19 require()s it natively, Jest needs it compiled.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  testTimeout: 60_000,
  // Each test file gets its own database, so files can run in parallel on the two cores.
  maxWorkers: 2,
};
