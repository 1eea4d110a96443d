// The database of an app under benchmark, in its own process or server so that the app is measured
// alone: by default an embedded PostgreSQL (the apps' own default, from the build) in a child process;
// with --database-url, a fresh database on that PostgreSQL server, dropped afterwards.
const path = require('node:path');
const { Client } = require('pg');
const { startNode, waitForLine, stop } = require('./processes');

async function startEmbeddedDatabase(name) {
  const proc = startNode(`embedded postgres for ${name}`, [path.join(__dirname, 'embedded-db-process.js')], {
    NODE_ENV: 'production',
  });
  const url = await waitForLine(proc, /embedded postgres (\S+)/);
  return {
    url,
    pid: proc.pid,
    kind: 'embedded PostgreSQL (PGlite) in its own process',
    stop: () => stop(proc),
  };
}

async function onServer(serverUrl, sql) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function startServerDatabase(name, serverUrl) {
  const database = `bench_${name.replace(/\W/g, '_')}_${process.pid}`;
  await onServer(serverUrl, `CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    kind: `PostgreSQL server ${url.host}`,
    stop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  };
}

/** `serverUrl`: --database-url, or undefined for the embedded default. */
function startDatabase(name, serverUrl) {
  return serverUrl ? startServerDatabase(name, serverUrl) : startEmbeddedDatabase(name);
}

module.exports = { startDatabase };
