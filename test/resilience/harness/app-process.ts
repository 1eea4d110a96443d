import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port';
import { join } from 'node:path';
import { buildApps, startQueueEmulator } from '@libs/testing';
import type { EnvOverrides, QueueEmulator } from '@libs/testing';
import { appendLog } from './run-dir';
import { send } from './send';

const ROOT = join(__dirname, '..', '..', '..');
const PRELOAD = join(__dirname, 'child-preload.js');
const MARKER = 'resilience-child ';

let built = false;

/** `npm run build` once per suite file: the shutdown and load suites run what production runs. */
export function buildOnce(): void {
  if (built) return;
  buildApps();
  built = true;
}

export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Unhandled rejections and uncaught exceptions the process reported. */
  processFaults(): string[];
  /** Collects garbage in the process and returns its heap in use, in bytes. */
  heapUsed(): Promise<number>;
  /** SIGTERM, then SIGKILL if it outlives `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** An app's SQS queues and SNS topics, as its `queues.ts` declares them. */
export type QueueDeclarations = Parameters<QueueEmulator['provision']>[0];

/**
 * Runs `node dist/apps/<name>/main.js` with `env`, on a free loopback port, and waits until it is ready.
 * An app that sends messages (`queues`) gets an SQS/SNS emulator of its own with them provisioned, as
 * its deployment has (it refuses to start without its queues), stopped with the app.
 */
export async function startBuiltApp(
  name: string,
  env: EnvOverrides,
  logName: string,
  probeHeaders: Array<[string, string]> = [],
  queues?: QueueDeclarations,
): Promise<AppProcess> {
  const entry = join(ROOT, 'dist', 'apps', name, 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: the build did not produce it`);
  const emulator = queues ? await startQueueEmulator() : undefined;
  try {
    if (emulator) {
      env = { ...emulator.env, ...env };
      await emulator.provision(queues!, env);
    }
    const app = await spawnApp(name, entry, env, logName, probeHeaders);
    const stop = app.stop;
    if (!emulator) return app;
    return {
      ...app,
      stop: async (graceMs) => {
        await stop(graceMs);
        await emulator.close();
      },
    };
  } catch (error) {
    await emulator?.close();
    throw error;
  }
}

async function spawnApp(
  name: string,
  entry: string,
  env: EnvOverrides,
  logName: string,
  probeHeaders: Array<[string, string]>,
): Promise<AppProcess> {
  const port = await freePort();
  // Not Jest's NODE_ENV=test: under it the app keeps its logs to itself (libs/platform logging), and a
  // built app is run as `npm start` runs it.
  const { NODE_ENV: _jestNodeEnv, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--expose-gc', '--require', PRELOAD, entry], {
    cwd: ROOT,
    // Metrics on any free port: the default (the app's port + 10000) may be past the last port.
    env: { ...inherited, METRICS_PORT: '0', ...env, PORT: String(port), HOST: '127.0.0.1' } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const faults: string[] = [];
  const heapWaiters: Array<(bytes: number) => void> = [];
  let stderrTail = '';
  child.stdout?.on('data', (chunk: Buffer) => appendLog(logName, chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    appendLog(logName, text);
    stderrTail = (stderrTail + text).slice(-4000);
    for (const line of text.split('\n').filter((candidate) => candidate.startsWith(MARKER))) {
      const [kind, value] = line.slice(MARKER.length).split(' ');
      if (kind === 'heapUsed') heapWaiters.shift()?.(Number(value));
      else faults.push(line.slice(MARKER.length));
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const process_: AppProcess = {
    url,
    child,
    exited,
    processFaults: () => [...faults],
    heapUsed: () =>
      new Promise<number>((resolve) => {
        heapWaiters.push(resolve);
        child.kill('SIGUSR2');
      }),
    stop: async (graceMs = 30_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode} before it was ready: ${stderrTail}`);
    const ready = await send(url, { method: 'GET', path: '/health/readiness', headers: probeHeaders }).catch(
      () => undefined,
    );
    if (ready?.status === 200) return process_;
    await sleep(200);
  }
  await process_.stop(1000);
  throw new Error(`${name} was not ready within 60 s: ${stderrTail}`);
}
