// The baseline's client-credentials token: fetched once, reused until shortly before it expires, one
// fetch in flight at a time — the least any gateway in front of these upstreams must do.
const REFRESH_SKEW_MS = 60_000;

/**
 * `token`: `{ style: 'hmpps-basic', path, clientId, clientSecret }` (HMPPS Auth: Basic credentials,
 * `grant_type` in the query) or `{ style: 'entra-v1', path, form }` (Entra v1: form body).
 */
function createTokenCache(pool, token) {
  let cached;
  let inFlight;
  let requests = 0;

  async function fetchToken() {
    requests += 1;
    const request =
      token.style === 'hmpps-basic'
        ? {
            method: 'POST',
            path: `${token.path}?grant_type=client_credentials`,
            headers: {
              authorization: `Basic ${Buffer.from(`${token.clientId}:${token.clientSecret}`).toString('base64')}`,
            },
          }
        : {
            method: 'POST',
            path: token.path,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams(token.form).toString(),
          };
    const response = await pool.request(request);
    const body = await response.body.json();
    if (response.statusCode !== 200) throw new Error(`token endpoint answered ${response.statusCode}`);
    const lifetimeMs = Number(body.expires_in) * 1000;
    return {
      value: body.access_token,
      refreshAt: Date.now() + Math.max(lifetimeMs - REFRESH_SKEW_MS, lifetimeMs / 2),
    };
  }

  return {
    requestCount: () => requests,
    async get() {
      if (cached && Date.now() < cached.refreshAt) return cached.value;
      inFlight ??= fetchToken().finally(() => {
        inFlight = undefined;
      });
      cached = await inFlight;
      return cached.value;
    },
  };
}

module.exports = { createTokenCache };
