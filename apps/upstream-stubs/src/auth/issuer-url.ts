import { FastifyRequest } from 'fastify';

/**
 * The `iss` claim, built from the address the caller used, so a token names the stub it came from
 * whichever host and port the stubs listen on.
 */
export function issuerUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/auth/issuer`;
}
