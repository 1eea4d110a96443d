// Runs PGlite and its socket server on a worker thread (see embedded-postgres.ts for why).
// Plain JavaScript: a worker thread is loaded by Node itself, in tests as well as from dist/.
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require('@electric-sql/pglite');
const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');

// PGlite serves every connection from one backend session; the socket server queues statements
// (keeping a connection's open transaction exclusive) so pooled pg clients can share it.
const MAX_CONNECTIONS = 100;

// Extended-query messages (Parse, Bind, Describe, Execute, Close, Flush) up to the closing Sync form one
// unit: they share the session's unnamed statement and portal.
const EXTENDED_QUERY_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H']);

/**
 * The socket server queues each protocol message on its own and keeps a connection exclusive only while
 * PGlite is inside a transaction. Between one connection's Parse and its Sync another connection could then
 * begin a transaction and run its own statements, replacing the unnamed statement and portal (`portal ""
 * does not exist`, wrong results, or a stall). Report an unfinished extended query as "in a transaction" to
 * the queue, so the connection that started it keeps the session until its Sync.
 */
function keepExtendedQueriesWhole(queue, db) {
  let unfinished = false;
  queue.db = {
    isInTransaction: () => unfinished || db.isInTransaction(),
    runExclusive: (work) => db.runExclusive(work),
    execProtocolRawStream: (message, options) => {
      const type = String.fromCharCode(message[0]);
      if (EXTENDED_QUERY_MESSAGES.has(type)) unfinished = true;
      else if (type === 'S' || type === 'Q') unfinished = false;
      return db.execProtocolRawStream(message, options);
    },
    // Used to roll back after a connection left mid-transaction: that also ends its unfinished query.
    exec: (sql) => {
      unfinished = false;
      return db.exec(sql);
    },
  };
}

// A new in-memory PGlite runs initdb, 1.4-2.1 s of CPU here; loading the files initdb leaves behind takes
// about 0.3 s (measured). So the first in-memory database of an install saves that freshly initialised
// cluster, and later ones start from it: every test file and `npm start` gets the same empty cluster,
// sooner. The copy lives in this install's node_modules/.cache (not a shared temporary folder another
// user could write to), named by PGlite's version, and is written whole before it is renamed into place.
const PGLITE_ENTRY = require.resolve('@electric-sql/pglite');
const NODE_MODULES = PGLITE_ENTRY.slice(0, PGLITE_ENTRY.lastIndexOf('node_modules') + 'node_modules'.length);
const PGLITE_VERSION = JSON.parse(
  readFileSync(join(NODE_MODULES, '@electric-sql', 'pglite', 'package.json'), 'utf8'),
).version;
const INITDB_COPY = join(NODE_MODULES, '.cache', 'embedded-postgres', `pglite-${PGLITE_VERSION}-initdb.tar`);

async function freshInMemoryDatabase() {
  try {
    return await PGlite.create({ loadDataDir: new Blob([readFileSync(INITDB_COPY)]) });
  } catch {
    // No copy yet (or one that does not load): initialise, then keep a copy for next time.
  }
  const db = await PGlite.create({});
  try {
    const files = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer());
    mkdirSync(dirname(INITDB_COPY), { recursive: true });
    const partial = `${INITDB_COPY}.${process.pid}.${Date.now()}.partial`;
    writeFileSync(partial, files);
    renameSync(partial, INITDB_COPY);
  } catch {
    // A read-only install still works; it just initialises every time.
  }
  return db;
}

async function main() {
  const { dataDir, port } = workerData;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? await PGlite.create({ dataDir }) : await freshInMemoryDatabase();
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: MAX_CONNECTIONS });
  keepExtendedQueriesWhole(server.queryQueue, db);
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
