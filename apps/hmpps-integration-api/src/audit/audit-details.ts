import { plainToInstance } from 'class-transformer';
import type { FastifyRequest } from 'fastify';
import { QueryMap } from '../common/query-params';

/** The request's path parameters (decoded by the router, e.g. `2004/13116M` for `2004%2F13116M`). */
export function pathParams(request: FastifyRequest): Record<string, string> {
  return request.params as Record<string, string>;
}

export function queryOf(request: FastifyRequest): QueryMap {
  return request.query as QueryMap;
}

/**
 * The request's query as the handler's DTO reads it (converted, defaults filled in); by the time a
 * request is audited it has passed the DTO's checks.
 */
export function queryAs<T>(type: new () => T, request: FastifyRequest): T {
  return plainToInstance(type, request.query);
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
