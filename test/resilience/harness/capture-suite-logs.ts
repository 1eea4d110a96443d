import { captureLogs } from '@libs/testing';
import { basename } from 'node:path';
import { appendLog } from './run-dir';

// Info level, as in production: request lines and upstream errors are where credentials would leak.
process.env.LOG_LEVEL ??= 'info';

// Every suite's stdout (the apps' JSON logs) is kept for the secrets suite, which runs last. An unhandled
// rejection or uncaught exception in the apps (which run in this process) fails the running test: Jest 30's
// circus runner replaces the process listeners for both while a test runs and attributes them to it.
let logs: ReturnType<typeof captureLogs> | undefined;

beforeAll(() => {
  logs = captureLogs();
});

afterAll(() => {
  logs?.stop();
  appendLog(basename(expect.getState().testPath ?? 'suite', '.resilience.ts'), logs?.text() ?? '');
});
