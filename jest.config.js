// One Jest run covers unit tests (*.spec.ts) and e2e tests (*.e2e-spec.ts) of every app and lib.
const fs = require('node:fs');
const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.jsc.baseUrl;
delete swcrc.jsc.paths;
delete swcrc.$schema;

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '.*\\.(e2e-)?spec\\.ts$',
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  // content-disposition 3 (used by @fastify/static, i.e. Swagger UI) ships only ESM; Node loads it
  // with require(esm) but Jest cannot, so compile it like our own code.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^@libs/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  // libs/testing starts upstream-stubs; the app is registered here, outside the lib.
  setupFiles: ['<rootDir>/test/setup.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
  // e2e suites start servers; a leaked handle must fail loudly rather than hang CI.
  forceExit: false,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};
