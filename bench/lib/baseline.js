// Starts the bare-proxy baseline (bench/baseline/server.js) for one scenario.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startNode, waitForLine, stop } = require('./processes');

const SERVER = path.join(__dirname, '..', 'baseline', 'server.js');

/**
 * `spec`: `{ upstreamUrl, token?, databaseUrl?, stages: [[call, …], …], response: { status, contentType,
 * bodyBase64 } }`; calls within a stage run in parallel, stages one after another.
 */
async function startBaseline(name, spec) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-baseline-'));
  const specFile = path.join(dir, 'spec.json');
  fs.writeFileSync(specFile, JSON.stringify(spec));
  const proc = startNode(`baseline ${name}`, [SERVER], {
    BASELINE_SPEC: specFile,
    PORT: '0',
    NODE_ENV: 'production',
  });
  const port = await waitForLine(proc, /baseline listening on (\d+)/);
  return {
    url: `http://127.0.0.1:${port}`,
    proc,
    /** Stops the server; resolves how many token requests it made. */
    async stop() {
      await stop(proc);
      fs.rmSync(dir, { recursive: true, force: true });
      const match = proc.output().match(/baseline token requests (\d+)/);
      return match ? Number(match[1]) : 0;
    },
  };
}

module.exports = { startBaseline };
