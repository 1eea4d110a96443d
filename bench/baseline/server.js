// The bare-proxy baseline: a plain node:http server that, for every request, makes the same upstream
// calls as the app (same methods, paths, headers and bodies, over an undici keep-alive pool), fetches
// and caches the upstream token the way the app must, and answers the bytes the app answers. No
// framework, no validation, no auth: the limit a gateway can reach on this machine.
//
// Started by bench/lib/baseline.js with BASELINE_SPEC (the path of the JSON description it writes) and
// PORT; prints "baseline listening on <port>" once listening.
const fs = require('node:fs');
const http = require('node:http');
const { Pool } = require('undici');
const { createTokenCache } = require('./token-cache');

const UPSTREAM_TIMEOUT_MS = 10_000;

const spec = JSON.parse(fs.readFileSync(process.env.BASELINE_SPEC, 'utf8'));
const pool = new Pool(spec.upstreamUrl, { connections: 50, keepAliveTimeout: 30_000 });
const tokens = spec.token ? createTokenCache(pool, spec.token) : undefined;
const database = spec.databaseUrl
  ? new (require('pg').Pool)({ connectionString: spec.databaseUrl, max: 10 })
  : undefined;
const answerBody = Buffer.from(spec.response.bodyBase64, 'base64');
const answer = {
  status: spec.response.status,
  headers: {
    ...(spec.response.contentType ? { 'content-type': spec.response.contentType } : {}),
    'content-length': answerBody.length,
  },
  body: answerBody,
};

async function httpCall(call) {
  const headers = { ...call.headers };
  if (call.auth) headers.authorization = `Bearer ${await tokens.get()}`;
  const response = await pool.request({
    method: call.method,
    path: call.path,
    headers,
    body: call.body,
    headersTimeout: UPSTREAM_TIMEOUT_MS,
    bodyTimeout: UPSTREAM_TIMEOUT_MS,
  });
  const text = await response.body.text();
  if (response.statusCode >= 500)
    throw new Error(`upstream ${call.method} ${call.path} answered ${response.statusCode}`);
  // The app has to read what the upstream said; so does the baseline.
  if (String(response.headers['content-type'] ?? '').includes('json') && text) JSON.parse(text);
}

function step(call) {
  return call.kind === 'sql' ? database.query(call.text, call.values) : httpCall(call);
}

async function handle() {
  for (const stage of spec.stages) await Promise.all(stage.map(step));
}

const server = http.createServer((request, response) => {
  // Drain the request body before answering, as any server must.
  request.resume();
  request.once('end', () => {
    handle().then(
      () => {
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body);
      },
      (error) => {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(String(error.message));
      },
    );
  });
});
server.keepAliveTimeout = 65_000;

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`baseline listening on ${server.address().port}`);
});

process.once('SIGTERM', () => {
  // bench/lib/baseline.js reads this line to tell the baseline's token requests from the app's.
  console.log(`baseline token requests ${tokens?.requestCount() ?? 0}`);
  server.close();
  server.closeAllConnections();
  Promise.all([pool.close(), database?.end()]).finally(() => process.exit(0));
});
