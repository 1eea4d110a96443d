// Child processes of a benchmark run: apps, stubs, baselines and embedded databases. Each is started on
// a free loopback port, watched for its memory, and stopped (SIGTERM, then SIGKILL) when the run ends.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');
const { setTimeout: sleep } = require('node:timers/promises');

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const OUTPUT_TAIL_CHARS = 4000;

const running = new Set();

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Reads a `/proc/<pid>/status` field in kB (VmRSS now, VmHWM the peak so far); undefined once exited. */
function memoryKb(pid, field) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts `node <args>` with only the given environment (plus PATH and HOME), keeping the tail of its
 * output for error messages. `startedAt` is taken just before spawning, for the time-to-ready figure.
 */
function startNode(name, args, env, { nodeOptions = [] } = {}) {
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...nodeOptions, ...args], {
    cwd: path.join(__dirname, '..', '..'),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const proc = {
    name,
    child,
    pid: child.pid,
    startedAt,
    exited,
    output: () => output,
    hasExited: () => child.exitCode !== null || child.signalCode !== null,
  };
  running.add(proc);
  exited.then(() => running.delete(proc));
  return proc;
}

/** Polls `url` until it answers 200; resolves the milliseconds since the process was spawned. */
async function waitReady(proc, url, headers = {}) {
  while (performance.now() - proc.startedAt < READY_TIMEOUT_MS) {
    if (proc.hasExited()) throw new Error(`${proc.name} exited before it was ready:\n${proc.output()}`);
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - proc.startedAt;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  throw new Error(
    `${proc.name} was not ready at ${url} within ${READY_TIMEOUT_MS / 1000} s:\n${proc.output()}`,
  );
}

/** Waits for one line on stdout matching `pattern`; resolves the first capture group. */
function waitForLine(proc, pattern) {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk) => {
      buffer += chunk.toString();
      const match = buffer.match(pattern);
      if (match) {
        proc.child.stdout.off('data', onData);
        resolve(match[1]);
      }
    };
    proc.child.stdout.on('data', onData);
    proc.exited.then(() => reject(new Error(`${proc.name} exited before it was ready:\n${proc.output()}`)));
  });
}

// USER_HZ: the unit of /proc/<pid>/stat times on every mainstream Linux.
const CLOCK_TICKS_PER_S = 100;

/** CPU time (user + system) a process has used so far, in ms; undefined once it has exited. */
function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return undefined;
  }
}

/**
 * CPU a server (and its database process, when given) uses from now on: the returned function gives the
 * milliseconds of each so far, `{ server, db }` (`db` only with a database).
 */
function cpuSince(pid, dbPid) {
  const start = { server: cpuMs(pid), db: dbPid && cpuMs(dbPid) };
  return () => ({
    server: cpuMs(pid) - start.server,
    ...(dbPid ? { db: cpuMs(dbPid) - start.db } : {}),
  });
}

/** Samples a process's resident memory while load runs; `stop()` resolves the peak in MB. */
function sampleRss(pid, intervalMs = 200) {
  let peakKb = memoryKb(pid, 'VmRSS') ?? 0;
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, memoryKb(pid, 'VmRSS') ?? 0);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peakKb = Math.max(peakKb, memoryKb(pid, 'VmRSS') ?? 0);
      return peakKb / 1024;
    },
  };
}

async function stop(proc) {
  if (proc.hasExited()) return proc.exited;
  proc.child.kill('SIGTERM');
  const killTimer = setTimeout(() => proc.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  const result = await proc.exited;
  clearTimeout(killTimer);
  return result;
}

/** Stops everything still running (end of run, error or Ctrl+C). */
async function stopAll() {
  await Promise.all([...running].map(stop));
}

module.exports = {
  freePort,
  memoryKb,
  cpuMs,
  cpuSince,
  startNode,
  waitReady,
  waitForLine,
  sampleRss,
  stop,
  stopAll,
};
