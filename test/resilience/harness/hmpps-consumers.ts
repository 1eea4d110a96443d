import { loadAuthorisationConfig } from '../../../apps/hmpps-integration-api/src/consumers/authorisation-config';
import { mayCall as consumerMayCall } from '../../../apps/hmpps-integration-api/src/consumers/authorise-request';
import { LOCAL_AUTHORISATION_CONFIG } from '../../../apps/hmpps-integration-api/test/hmpps-test-app';

/** One consumer of config/authorisation.local.yaml: its CN, whether it may call a path, its prisons. */
export interface HmppsConsumer {
  name: string;
  /** A consumer the file suspends: every request is refused. */
  suspended: boolean;
  /** null: every prison; [] none; else only these. */
  prisons: readonly string[] | null;
  /** Whether one of its own or its roles' patterns matches the whole (plain) path. */
  mayCall(path: string): boolean;
}

/**
 * Every consumer of the local file, with the permissions the app compiles from it (roles live in the app's
 * code now). The fuzzers ask them about a route's plain path, while the app authorises whatever the raw
 * target makes of it: a target written so that the two differ is what they look for.
 */
export function localConsumers(): HmppsConsumer[] {
  return [...loadAuthorisationConfig(LOCAL_AUTHORISATION_CONFIG).consumers.values()].map((consumer) => ({
    name: consumer.name,
    suspended: consumer.suspended,
    prisons: consumer.filters.prisons,
    mayCall: (path: string) => !consumer.suspended && consumerMayCall(consumer, path),
  }));
}

/** The header the API gateway forwards for a client certificate with this CN. */
export function dnOf(name: string): [string, string] {
  return ['subject-distinguished-name', `C=GB,ST=London,L=London,O=Home Office,CN=${name}`];
}
