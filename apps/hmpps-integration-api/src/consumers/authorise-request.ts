import { AuthorisationConfig, ConsumerConfig } from './authorisation-config';

/** A refusal from consumer authorisation: the status and the message of its error body. */
export interface Refusal {
  status: 400 | 401 | 403;
  message: string;
}

export const NO_CONSUMER_MESSAGE = 'No subject-distinguished-name header provided for authorisation';

/**
 * The consumer a request may be served for, in the reference's order: a suspended consumer is refused
 * first, then one the configuration does not know. `seedUnknownConsumerMessage` gives an unknown
 * consumer the seed era's answer, which named the path.
 */
export function configuredConsumer(
  config: AuthorisationConfig,
  name: string,
  path: string,
  seedUnknownConsumerMessage: boolean,
): ConsumerConfig | Refusal {
  const consumer = config.consumers.get(name);
  if (consumer?.suspended) return { status: 403, message: 'Access suspended' };
  if (consumer) return consumer;
  return {
    status: 403,
    message: seedUnknownConsumerMessage
      ? unableToAuthorise(path, name)
      : `No consumer authorisation config found for ${name}`,
  };
}

/** One of the consumer's patterns (its own or its roles') must match the whole path; any method. */
export function mayCall(consumer: ConsumerConfig, path: string): boolean {
  return consumer.permissions.some((pattern) => pattern.test(path));
}

export function unableToAuthorise(path: string, name: string): string {
  return `Unable to authorise ${path} for ${name}`;
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
