import { appendFileSync, mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One directory per `npm run test:resilience` run (RESILIENCE_RUN_DIR, set by the Jest config in the
 * parent process): case counts for the summary table, the logs every suite captured and the secrets
 * the run used, so the secrets suite can look for them in those logs.
 */
function runDir(): string {
  const dir = process.env.RESILIENCE_RUN_DIR;
  if (!dir)
    throw new Error('RESILIENCE_RUN_DIR is not set: run the suites with test/resilience/jest.config.js');
  mkdirSync(join(dir, 'logs'), { recursive: true });
  return dir;
}

export interface CaseRecord {
  testPath: string;
  testName: string;
  cases: number;
  failures: number;
  notes: string[];
}

export function appendCaseRecord(record: CaseRecord): void {
  appendFileSync(join(runDir(), 'cases.jsonl'), `${JSON.stringify(record)}\n`);
}

/** Remembers a credential used in this run; the secrets suite proves it never reached a log. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 6)
    appendFileSync(join(runDir(), 'secrets.jsonl'), `${JSON.stringify(value)}\n`);
}

export function registeredSecrets(): string[] {
  const file = join(runDir(), 'secrets.jsonl');
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return [...new Set(lines.map((line) => JSON.parse(line) as string))];
}

export function appendLog(name: string, text: string): void {
  if (text) appendFileSync(join(runDir(), 'logs', `${name}.log`), text);
}

export function capturedLogFiles(): Array<{ name: string; text: string }> {
  const dir = join(runDir(), 'logs');
  return readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
