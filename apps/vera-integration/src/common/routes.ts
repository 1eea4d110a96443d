/** Machine callers (MIS API, admin, platform routes) get JSON; every other address is a page for people. */
const JSON_PREFIXES = ['/api/', '/admin/', '/health', '/metrics', '/info', '/v3/', '/swagger-ui'];
/** The MIS and admin APIs: per-caller answers that no cache may keep. */
const API_PREFIXES = ['/api/', '/admin/'];

export function isJsonRoute(url: string): boolean {
  return JSON_PREFIXES.some((prefix) => url.startsWith(prefix));
}

export function isApiRoute(url: string): boolean {
  return API_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/** Everything served as a page (HTML), including the page-only JSON status poll. */
export function isPageRoute(url: string): boolean {
  return !isJsonRoute(url) && !url.startsWith('/assets/');
}
