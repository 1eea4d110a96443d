// One autocannon run against one target, reduced to the figures the report shows.
const autocannon = require('autocannon');

/**
 * `request`: `{ method, path, headers, body }`. Resolves `{ requests, rps, p50, p99, errors, non2xx,
 * socketErrors, timeouts, durationS }` (latencies in ms). Bounded by `durationS`; never retries.
 */
function runLoad(baseUrl, request, { connections, durationS }) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${baseUrl}${request.path}`,
        method: request.method,
        headers: request.headers,
        body: request.body,
        connections,
        duration: durationS,
        // Requests still in flight when the time is up count as timeouts after this many seconds.
        timeout: 10,
      },
      (error, result) => {
        if (error) return reject(error);
        const durationS = result.duration;
        resolve({
          requests: result.requests.total,
          rps: result.requests.total / durationS,
          p50: result.latency.p50,
          p99: result.latency.p99,
          non2xx: result.non2xx,
          socketErrors: result.errors - result.timeouts,
          timeouts: result.timeouts,
          errors: result.non2xx + result.errors,
          durationS,
        });
      },
    );
  });
}

/** One request, for warming up and for capturing the exact answer a baseline must return. */
async function sendOnce(baseUrl, request) {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(15_000),
  });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, contentType: response.headers.get('content-type') ?? undefined, body };
}

module.exports = { runLoad, sendOnce };
