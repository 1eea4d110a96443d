import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';

export interface EmbeddedPostgresOptions {
  /** Where PGlite keeps its files; created when missing. Unset keeps the database in memory. */
  dataDir?: string;
  /** Loopback port to listen on; 0 (the default) lets the OS choose a free one. */
  port?: number;
}

export interface EmbeddedPostgres {
  /** Connection URL for the ordinary `pg` driver. */
  url: string;
  /** Closes the connections and PGlite, so a data directory is left consistent. */
  stop(): Promise<void>;
}

type StartMessage = { type: 'listening'; address: string } | { type: 'failed'; message: string };

// PGlite executes queries synchronously in WebAssembly. On a worker thread, that work neither blocks
// the app's event loop nor runs inside a test runner's VM sandbox (which lacks the dynamic `import()`
// PGlite uses to load its files).
const WORKER_FILE = join(__dirname, 'embedded-postgres.worker.js');

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const worker = new Worker(WORKER_FILE, {
    workerData: { dataDir: options.dataDir, port: options.port ?? 0 },
  });
  const address = await new Promise<string>((resolve, reject) => {
    worker.once('message', (message: StartMessage) => {
      if (message.type === 'listening') resolve(message.address);
      else reject(new Error(`embedded PostgreSQL did not start: ${message.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`embedded PostgreSQL exited during start-up (code ${code})`)),
    );
  });
  worker.removeAllListeners();

  const logger = new Logger('EmbeddedPostgres');
  let stopping: Promise<void> | undefined;
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', (code) => {
      if (!stopping) logger.error(`embedded PostgreSQL stopped unexpectedly (exit code ${code})`);
      resolve();
    });
  });
  // Once running, a crash of the worker must be reported rather than take the process down.
  worker.on('error', (error) => logger.error(`embedded PostgreSQL failed: ${error.message}`));

  // The worker exits once PGlite has closed (see embedded-postgres.worker.js).
  const stop = (): Promise<void> => {
    if (!stopping) {
      worker.postMessage({ type: 'stop' });
      stopping = exited;
    }
    return stopping;
  };

  return { url: `postgres://postgres@${address}/postgres`, stop };
}
