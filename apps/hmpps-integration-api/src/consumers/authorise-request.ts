import { AuthorisationConfig, ConsumerConfig } from './authorisation-config';

export type AuthorisationOutcome =
  { allowed: true; consumer: ConsumerConfig } | { allowed: false; message: string };

/**
 * The reference's filter chain (spec §3.3) in its order: a consumer name is needed; then one of its
 * patterns must fully match the request path (any method). An unknown consumer has no patterns, so it
 * gets the "Unable to authorise" answer.
 */
export function authoriseRequest(
  config: AuthorisationConfig,
  consumerName: string | null,
  path: string,
): AuthorisationOutcome {
  if (consumerName === null) {
    return { allowed: false, message: 'No subject-distinguished-name header provided for authorisation' };
  }
  const consumer = config.consumers.get(consumerName);
  if (!consumer || !consumer.permissions.some((pattern) => pattern.test(path))) {
    return { allowed: false, message: `Unable to authorise ${path} for ${consumerName}` };
  }
  return { allowed: true, consumer };
}

/** What the router made of a request: the pattern of the route it chose (none for an unknown path) and its decoded parameters. */
export interface RoutedRequest {
  /** The raw request target, as the client sent it. */
  url: string;
  /** The matched route's pattern, e.g. `/v1/persons/:hmppsId/name`; undefined when no route matched. */
  routePattern: string | undefined;
  params: Record<string, string | undefined>;
}

/**
 * The path to authorise: the one the router routed, so the two can never disagree. For a matched route
 * it is rebuilt from the route's pattern and its parameters as the router decoded them, re-encoded one
 * segment at a time: whatever the client wrote (a `#` or `;` the router cuts at, an encoded letter the
 * router decodes, an absolute-form target), consumers' patterns see the route that will run. An encoded
 * `/` in a parameter stays `%2F`, so a PNC id is still one segment. An unknown path (no route, so no
 * data) is authorised as sent, up to its query.
 */
export function authorisedPath(routed: RoutedRequest): string {
  if (routed.routePattern === undefined) return pathBeforeQuery(routed.url);
  return routed.routePattern.replace(/:(\w+)|\*$/g, (token, name: string | undefined) => {
    const value = routed.params[name ?? '*'] ?? '';
    return name === undefined
      ? value.split('/').map(encodeURIComponent).join('/')
      : encodeURIComponent(value);
  });
}

function pathBeforeQuery(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
