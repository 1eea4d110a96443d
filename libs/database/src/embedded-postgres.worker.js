// Runs PGlite and its socket server on a worker thread (see embedded-postgres.ts for why).
// Plain JavaScript: a worker thread is loaded by Node itself, in tests as well as from dist/.
const { mkdirSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require('@electric-sql/pglite');
const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');

// PGlite serves every connection from one backend session; the socket server queues statements
// (keeping a connection's open transaction exclusive) so pooled pg clients and pg-boss can share it.
const MAX_CONNECTIONS = 100;

async function main() {
  const { dataDir, port } = workerData;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: MAX_CONNECTIONS });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }

  parentPort.once('message', async () => {
    // Connections first (an open transaction is rolled back), then PGlite, which flushes the data dir.
    await server.stop();
    await db.close();
    parentPort.close();
  });
  parentPort.postMessage({ type: 'listening', address: server.getServerConn() });
}

main().catch((error) => {
  parentPort.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  parentPort.close();
});
