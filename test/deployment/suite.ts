import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';

export const REPO_ROOT = join(__dirname, '..', '..');

export interface SuiteApp {
  name: string;
  port: number;
  database: boolean;
}

// scripts/apps.js is the one list of runnable apps and their ports (npm start uses it too).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const appsModule = require(join(REPO_ROOT, 'scripts', 'apps.js')) as { apps: SuiteApp[]; platformPaths: string[]; probeHeaders: Record<string, string> };

export const ALL_APPS: SuiteApp[] = appsModule.apps;
/** The four services that are deployed; upstream-stubs only ever runs locally. */
export const SERVICES: SuiteApp[] = ALL_APPS.filter((app) => app.name !== 'upstream-stubs');
/** The platform endpoints every app serves (health, info, metrics, the API documents). */
export const PLATFORM_PATHS: string[] = appsModule.platformPaths;
/** The DN local runs use for hmpps-integration-api (the local consumers file grants it every path). */
export const LOCAL_PROBE_DN = appsModule.probeHeaders['subject-distinguished-name'];

/** REQUIRED_ENV of an app, from the config module its AppModule validates with. */
export async function requiredEnv(app: string): Promise<string[]> {
  const file = join(REPO_ROOT, 'apps', app, 'src', 'config.ts');
  if (!existsSync(file)) throw new Error(`apps/${app}/src/config.ts is missing: it must export REQUIRED_ENV`);
  const config = (await import(file)) as { REQUIRED_ENV?: unknown };
  if (!Array.isArray(config.REQUIRED_ENV)) throw new Error(`apps/${app}/src/config.ts does not export REQUIRED_ENV: string[]`);
  return config.REQUIRED_ENV as string[];
}

/** An env file as the apps read it (ENV_FILE, dotenv syntax). A missing file fails the test that needs it. */
export function readEnvFile(name: string): Record<string, string> {
  const file = join(REPO_ROOT, name);
  if (!existsSync(file)) throw new Error(`${name} is missing: the lead writes it from the apps' REQUIRED_ENV (see docs/deployment.md)`);
  return parseDotenv(readFileSync(file, 'utf8'));
}

export function readRepoFile(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}
