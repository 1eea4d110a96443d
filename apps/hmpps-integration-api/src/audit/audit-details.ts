import type { FastifyRequest } from 'fastify';

/** The request's path parameters (decoded by the router, e.g. `2004/13116M` for `2004%2F13116M`). */
export function pathParams(request: FastifyRequest): Record<string, string> {
  return request.params as Record<string, string>;
}

/**
 * The handler's argument of a DTO class (its query or path parameters converted, defaults filled in), as
 * the validation pipe made it: by the time a request is audited it has passed the DTO's checks.
 */
export function argumentOf<T>(type: abstract new () => T, handlerArguments: readonly unknown[]): T {
  const found = handlerArguments.find((argument) => argument instanceof type);
  if (found === undefined) throw new Error(`the handler takes no ${type.name} argument to audit`);
  return found as T;
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
