// What one request made the upstreams do, read from the stubs' request recording. It proves the baseline
// makes the same calls as the app, gives the baseline those very calls to replay, and names the upstream
// prefixes the latency scenario slows down.

const isTokenCall = (recorded) =>
  recorded.path.startsWith('/auth/') || recorded.path.endsWith('/oauth2/token');
// Connection-level headers belong to each connection, not to the call; the token is the baseline's own.
const NOT_REPLAYED = new Set([
  'host',
  'content-length',
  'connection',
  'transfer-encoding',
  'keep-alive',
  'authorization',
]);

function queryString(recorded) {
  return new URLSearchParams(
    Object.entries(recorded.query ?? {})
      .flatMap(([name, value]) => (Array.isArray(value) ? value.map((v) => [name, v]) : [[name, value]]))
      .sort(([a], [b]) => a.localeCompare(b)),
  ).toString();
}

function describe(recorded) {
  const query = queryString(recorded);
  return `${recorded.method} ${recorded.path}${query ? `?${query}` : ''}`;
}

/**
 * Sends one request with `send()`; resolves the upstream calls it caused (token requests excluded) as
 * the stubs recorded them, oldest first, and their sorted one-line descriptions.
 */
async function upstreamCallsOf(stubs, send) {
  await stubs.clearRequests();
  await send();
  const recorded = (await stubs.requests()).filter((r) => !isTokenCall(r));
  return { recorded, lines: recorded.map(describe).sort() };
}

/** `/prison-api/api/…` → `/prison-api`: one fault per upstream prefix. */
function upstreamPrefixes(lines) {
  return [...new Set(lines.map((line) => `/${line.split(' ')[1].split('/')[1]}`))];
}

function replayCall(recorded) {
  const headers = Object.fromEntries(
    Object.entries(recorded.headers).filter(([name]) => !NOT_REPLAYED.has(name)),
  );
  const query = queryString(recorded);
  const body =
    recorded.body === undefined
      ? undefined
      : typeof recorded.body === 'string'
        ? recorded.body
        : JSON.stringify(recorded.body);
  return {
    method: recorded.method,
    path: `${recorded.path}${query ? `?${query}` : ''}`,
    headers,
    body,
    auth: String(recorded.headers.authorization ?? '').startsWith('Bearer'),
  };
}

/**
 * The baseline's stages: the recorded calls replayed. `order` (optional) is a list of path patterns, one
 * per stage, for calls that depend on an earlier answer; without it every call runs in parallel, as
 * independent calls should.
 */
function replayStages(recorded, order) {
  const calls = recorded.map((r) => ({ recorded: r, call: replayCall(r) }));
  if (!order) return [calls.map((c) => c.call)];
  const stages = order.map((pattern) =>
    calls.filter((c) => pattern.test(c.recorded.path)).map((c) => c.call),
  );
  const placed = stages.flat().length;
  if (placed !== calls.length)
    throw new Error(`the stage patterns place ${placed} of the ${calls.length} recorded upstream calls`);
  return stages;
}

module.exports = { upstreamCallsOf, upstreamPrefixes, replayStages };
