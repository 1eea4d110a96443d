import type { preParsingHookHandler, RouteOptions } from 'fastify';

/**
 * Route config (`@RouteConfig(IGNORES_BODY)`) of an endpoint that takes no body. Whatever is sent is
 * discarded unread, so a malformed, oversized or unusual body cannot fail the request: the reference's
 * handler had no body parameter and never read it.
 */
export const IGNORES_BODY = { ignoresBody: true } as const;

const discardBody: preParsingHookHandler = (request, _reply, payload, done) => {
  // Drained rather than left unread, so that a kept-alive connection stays usable.
  payload.resume();
  // Fastify only parses a body it is told about by these headers; the raw request keeps them.
  request.headers = {
    'content-type': undefined,
    'content-length': undefined,
    'transfer-encoding': undefined,
  };
  done(null, payload);
};

/** For Fastify's `onRoute` hook: routes configured with `IGNORES_BODY` discard their body before parsing. */
export function discardBodyOfIgnoringRoutes(route: RouteOptions): void {
  if ((route.config as { ignoresBody?: boolean } | undefined)?.ignoresBody !== true) return;
  const existing = route.preParsing;
  route.preParsing = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), discardBody];
}
