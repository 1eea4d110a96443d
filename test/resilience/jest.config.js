// The resilience suites (npm run test:resilience): kept out of `npm test` by their own file suffix and root.
// They run in band, in a fixed order, so the load figures are not distorted by a parallel suite and the
// secrets suite can read the logs every earlier suite captured.
const os = require('node:os');
const path = require('node:path');
const root = require('../../jest.config.js');

// Set here, in the parent process, so every test file and the reporter agree on where results go.
process.env.RESILIENCE_RUN_DIR ??= path.join(os.tmpdir(), `resilience-${process.pid}-${Date.now()}`);

module.exports = {
  rootDir: root.rootDir,
  testEnvironment: root.testEnvironment,
  transform: root.transform,
  transformIgnorePatterns: root.transformIgnorePatterns,
  moduleFileExtensions: root.moduleFileExtensions,
  moduleNameMapper: root.moduleNameMapper,
  roots: ['<rootDir>/test/resilience'],
  testRegex: 'test/resilience/suites/.*\\.resilience\\.ts$',
  testSequencer: '<rootDir>/test/resilience/sequencer.js',
  setupFiles: root.setupFiles,
  setupFilesAfterEnv: ['<rootDir>/test/resilience/harness/capture-suite-logs.ts'],
  maxWorkers: 1,
  testTimeout: 180000,
  reporters: ['default', '<rootDir>/test/resilience/summary-reporter.js'],
};
