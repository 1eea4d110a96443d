import type { AppUnderTest } from './describe-apps';
import { fillPath, Operation, sampleValue } from './openapi';
import type { RequestBase } from './bad-input-cases';
import type { RequestSpec } from './send';
import { encodePathValue } from './bad-input-cases';

/** A valid request for `operation`: the caller's credentials and fixture values where the target has them. */
export async function requestBase(
  { target, world }: AppUnderTest,
  operation: Operation,
): Promise<RequestBase> {
  const samples = target.sampleValues;
  const value = (name: string, fallback: unknown) =>
    String(samples.path?.[name] ?? samples.query?.[name] ?? fallback);
  const pathValues = Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === 'path')
      .map((parameter) => [
        parameter.name,
        encodePathValue(
          value(parameter.name, parameter.example ?? sampleValue(parameter.schema, parameter.name)),
        ),
      ]),
  );
  const query = Object.fromEntries(
    operation.parameters
      .filter(
        (parameter) =>
          parameter.in === 'query' && (parameter.required || samples.query?.[parameter.name] !== undefined),
      )
      .map((parameter) => [
        parameter.name,
        value(parameter.name, parameter.example ?? sampleValue(parameter.schema, parameter.name)),
      ]),
  );
  const body = operation.body
    ? (samples.bodies?.[operation.id] ?? sampleValue(operation.body.schema))
    : undefined;
  return { operation, headers: await target.credentials(world, operation), pathValues, query, body };
}

export function specOf(base: RequestBase, headers = base.headers): RequestSpec {
  const query = new URLSearchParams(base.query).toString();
  return {
    method: base.operation.method,
    path: `${fillPath(base.operation, base.pathValues)}${query ? `?${query}` : ''}`,
    headers,
    body: base.body,
  };
}
