import { AuthorisationConfig, ConsumerConfig } from './authorisation-config';

export type AuthorisationOutcome =
  { allowed: true; consumer: ConsumerConfig } | { allowed: false; message: string };

/**
 * The reference's filter chain (spec §3.3) in its order: a consumer name is needed; then one of its
 * patterns must fully match the raw, still-encoded path (query string excluded, any method).
 * An unknown consumer has no patterns, so it gets the "Unable to authorise" answer.
 */
export function authoriseRequest(
  config: AuthorisationConfig,
  consumerName: string | null,
  rawPath: string,
): AuthorisationOutcome {
  if (consumerName === null) {
    return { allowed: false, message: 'No subject-distinguished-name header provided for authorisation' };
  }
  const consumer = config.consumers.get(consumerName);
  if (!consumer || !consumer.permissions.some((pattern) => pattern.test(rawPath))) {
    return { allowed: false, message: `Unable to authorise ${rawPath} for ${consumerName}` };
  }
  return { allowed: true, consumer };
}

/** The path part of a raw request target, still percent-encoded. */
export function rawPathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
