import { plainToInstance } from 'class-transformer';
import type { FastifyRequest } from 'fastify';

/** The request's path parameters (decoded by the router, e.g. `2004/13116M` for `2004%2F13116M`). */
export function pathParams(request: FastifyRequest): Record<string, string> {
  return request.params as Record<string, string>;
}

/**
 * The request's query or path parameters as the handler's DTO reads them (converted, defaults filled in);
 * by the time a request is audited they have passed the DTO's checks.
 */
export function queryAs<T>(type: new () => T, request: FastifyRequest): T {
  return plainToInstance(type, request.query);
}

export function paramsAs<T>(type: new () => T, request: FastifyRequest): T {
  return plainToInstance(type, request.params);
}

/**
 * Audit details made of path parameters, in the order given: `pathDetails('hmppsId', 'prisonId')`, or
 * with other keys than the parameter names: `pathDetails({ hmppsId: 'encodedHmppsId' })`.
 */
export function pathDetails(
  ...names: string[] | [Record<string, string>]
): (request: FastifyRequest) => Record<string, string> {
  const keys: [string, string][] =
    typeof names[0] === 'object' ? Object.entries(names[0]) : (names as string[]).map((name) => [name, name]);
  return (request) => {
    const params = pathParams(request);
    return Object.fromEntries(keys.map(([key, param]) => [key, params[param]]));
  };
}
