/**
 * Ways of writing a request target that a router, an authoriser or a proxy may read differently. Each
 * variant is built from the plain path of a route (its template filled with valid values).
 */
export interface TargetVariant {
  label: string;
  target: string;
  /**
   * The router would not route it as written (a fragment, a dot segment, a control character, absolute form):
   * the app must refuse it, whoever asks. Otherwise it may reach the route, but only for a caller allowed on it.
   */
  ambiguous: boolean;
  /** The plain path of the route the router would serve for it (a fragment cuts the path short). */
  routed: string;
}

/** Percent-encodes the first letter of the first static segment, e.g. `/v1/pers%6Fns/…`. */
function encodeALetter(path: string): string | undefined {
  const match = /^(\/(?:[^/]*\/)*?[^/{%]*?)([A-Za-z])/.exec(path);
  if (!match) return undefined;
  return `${match[1]}%${match[2].charCodeAt(0).toString(16)}${path.slice(match[0].length)}`;
}

export function targetVariants(path: string, query: string, origin: string): TargetVariant[] {
  const withQuery = `${path}${query}`;
  const lastSlash = path.lastIndexOf('/');
  const parent = path.slice(0, lastSlash) || '/';
  const leaf = path.slice(lastSlash + 1);
  const variants: Array<[string, string | undefined, boolean]> = [
    ['a fragment naming another route', `${withQuery}#/name`, true],
    ['an empty fragment', `${withQuery}#`, true],
    ['a fragment after a query', `${path}?x=1#/../name`, true],
    ['a fragment before the last segment', `${parent}#/${leaf}`, true],
    ['an encoded letter', encodeALetter(withQuery), true],
    ['an encoded slash in the route', withQuery.replace('/', '%2F'), true],
    ['an encoded dot segment', `${parent}/%2e%2e/${leaf}${query}`, true],
    ['an upper-case encoded dot segment', `${parent}/%2E/${leaf}${query}`, true],
    ['a plain dot segment', `${parent}/./${leaf}${query}`, true],
    ['a parent segment', `${path}/../${leaf}${query}`, true],
    ['a tab', `${path}\t${query}`, true],
    ['DEL', `${path}\u007f${query}`, true],
    ['absolute form, same host', `${origin}${withQuery}`, true],
    ['absolute form, another host', `http://evil.example${withQuery}`, true],
    ['a semicolon parameter', `${path};x=1${query}`, false],
    ['a semicolon before another route', `${path};/name${query}`, false],
    ['a backslash', `${path}\\name${query}`, true],
    ['a double slash', `/${withQuery}`, false],
    ['a trailing slash', `${path}/${query}`, false],
    ['another case', withQuery.replace(/[a-z]/, (letter) => letter.toUpperCase()), false],
    ['a question mark before another route', `${path}?/name`, false],
  ];
  return variants
    .filter((variant): variant is [string, string, boolean] => variant[1] !== undefined)
    .map(([label, target, ambiguous]) => ({
      label,
      target,
      ambiguous,
      routed: target.includes('#') ? target.split('#')[0].split('?')[0] : path,
    }));
}
