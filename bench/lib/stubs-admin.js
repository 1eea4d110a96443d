// The upstream-stubs admin API (apps/upstream-stubs/README.md): tokens, faults, token-request counts,
// request recording, and the stubs' own request counters from /metrics on their metrics port.

async function call(baseUrl, method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`stubs ${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

function stubsAdmin(baseUrl, metricsUrl) {
  return {
    baseUrl,
    async token(roles, extra = {}) {
      const { access_token: token } = await call(baseUrl, 'POST', '/__admin/token', {
        roles,
        expiresInSeconds: 7200,
        ...extra,
      });
      return token;
    },
    setFault: (fault) => call(baseUrl, 'POST', '/__admin/faults', fault),
    resetFaults: () => call(baseUrl, 'DELETE', '/__admin/faults'),
    /** `{ total, byClient }`: every call the stub HMPPS Auth token endpoint received. */
    hmppsTokenRequests: () => call(baseUrl, 'GET', '/__admin/auth/token-requests'),
    requests: (prefix) =>
      call(baseUrl, 'GET', `/__admin/requests${prefix ? `?prefix=${encodeURIComponent(prefix)}` : ''}`),
    clearRequests: () => call(baseUrl, 'DELETE', '/__admin/requests'),
    /**
     * Sum of the stubs' `http_server_requests_seconds_count` samples whose route label matches: the
     * stubs' own count of served requests (the request recording keeps only the last 2000).
     */
    async servedCount(method, route) {
      const response = await fetch(`${metricsUrl}/metrics`, { signal: AbortSignal.timeout(10_000) });
      const text = await response.text();
      let total = 0;
      for (const line of text.split('\n')) {
        if (!line.startsWith('http_server_requests_seconds_count{')) continue;
        if (line.includes(`method="${method}"`) && line.includes(`route="${route}"`)) {
          total += Number(line.slice(line.lastIndexOf(' ') + 1));
        }
      }
      return total;
    },
  };
}

module.exports = { stubsAdmin };
