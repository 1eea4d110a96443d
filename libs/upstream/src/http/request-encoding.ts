import type { QueryParams } from './upstream-types';

/** Joins the base URL's path prefix, the request path and the URL-encoded query. */
export function buildRequestPath(basePath: string, path: string, query?: QueryParams): string {
  const prefix = basePath.endsWith('/') ? basePath.slice(0, -1) : basePath;
  const suffix = path === '' || path.startsWith('/') ? path : `/${path}`;
  const search = encodeQuery(query);
  const pathname = `${prefix}${suffix}` || '/';
  return search ? `${pathname}?${search}` : pathname;
}

function encodeQuery(query?: QueryParams): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values: readonly unknown[] = Array.isArray(value) ? value : [value];
    for (const item of values) params.append(name, String(item));
  }
  return params.toString();
}

/** Lower-cases header names so a caller's `Content-Type` replaces a default `content-type`. */
export function mergeHeaders(...sources: (Record<string, string> | undefined)[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const source of sources) {
    for (const [name, value] of Object.entries(source ?? {})) merged[name.toLowerCase()] = value;
  }
  return merged;
}

/** Strings and buffers go out verbatim (SOAP, XML, forms); anything else as JSON. */
export function encodeBody(
  body: unknown,
  headers: Record<string, string>,
): { payload: string | Buffer | undefined; headers: Record<string, string> } {
  if (body === undefined) return { payload: undefined, headers };
  if (typeof body === 'string' || Buffer.isBuffer(body)) return { payload: body, headers };
  return {
    payload: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  };
}
