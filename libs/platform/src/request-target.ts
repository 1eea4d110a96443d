import { RequestRefusedError } from '@libs/errors';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * An origin-form target (`/path?query`, RFC 9112 §3.2.1) whose path holds only the characters RFC 3986
 * allows in a path (unreserved, sub-delimiters, `:`, `@`, `/` and well-formed percent-encodings), and whose
 * query holds no `#`.
 */
const PLAIN_TARGET = /^\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*(?:\?[^#]*)?$/;
/**
 * A percent-encoded unreserved character (`%61` for `a`, `%2e` for `.`): RFC 3986 §2.3 says producers
 * never encode these, and the router decodes them, so the path it routes differs from the one written.
 */
const ENCODED_UNRESERVED = /%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[DdEe]|5[Ff]|7[Ee])/;
/** A `.` or `..` path segment, which anything resolving the path would remove. */
const DOT_SEGMENT = /\/\.{1,2}(?=\/|$)/;

/**
 * Whether the router and anything that reads the raw target see the same path. The router stops at `#`,
 * decodes `%61` into `a` and `%2e%2e` into a `..` parameter (which a URL built from it would resolve), and
 * routes the path of an absolute-form target (`http://host/path`) while `request.url` keeps the host: such
 * targets are refused rather than read two ways.
 */
export function isPlainRequestTarget(url: string): boolean {
  if (!PLAIN_TARGET.test(url)) return false;
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  return !ENCODED_UNRESERVED.test(path) && !DOT_SEGMENT.test(path);
}

/**
 * Refuses other targets with 400 in the app's envelope. Added after the app's own `onRequest` hooks, so a
 * caller the app would refuse anyway (hmpps-integration-api's consumer authorisation) gets that answer first.
 */
export function refuseAmbiguousTargets(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request: FastifyRequest, _reply, done: (error?: Error) => void) => {
    done(
      isPlainRequestTarget(request.url) ? undefined : new RequestRefusedError(400, 'Invalid request target'),
    );
  });
}
