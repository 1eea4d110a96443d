import { AsyncLocalStorage } from 'node:async_hooks';
import { FeatureFlags } from '../feature-flags/feature-flags';
import { RedactionPolicy } from '../redaction/redaction-policy';
import { ConsumerFilters } from './consumer-filters';

/** Who is calling, attached to the request once authorisation has let it through. */
export interface AuthorisedConsumer {
  name: string;
  filters: ConsumerFilters;
  redactionPolicies: readonly RedactionPolicy[];
  /** The environment's flags, with this request's `X-Feature-Override` when the consumer may send one. */
  featureFlags: FeatureFlags;
  /** The end user the consumer acts for (`X-On-Behalf-Of`), passed on to HMPPS Auth token requests. */
  onBehalfOf: string | null;
  /** The path authorised: the routed path, re-encoded (`authorisedPath`); redaction policies match it. */
  path: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    consumer?: AuthorisedConsumer;
  }
}

/**
 * The authorised consumer of the request being served, for code far from the controller (the HMPPS
 * Auth token provider needs the on-behalf-of user for every upstream call).
 */
export const currentConsumer = new AsyncLocalStorage<AuthorisedConsumer>();

/**
 * The filters of the consumer being served, for a service whose controller does not pass them. Outside
 * an authorised request this throws rather than serve unfiltered data.
 */
function requestConsumer(): AuthorisedConsumer {
  const consumer = currentConsumer.getStore();
  if (!consumer) throw new Error('No authorised consumer for this request');
  return consumer;
}

export function requestFilters(): ConsumerFilters {
  return requestConsumer().filters;
}

/** The flags of the request being served (its `X-Feature-Override` included), for a service's own choices. */
export function requestFeatureFlags(): FeatureFlags {
  return requestConsumer().featureFlags;
}
