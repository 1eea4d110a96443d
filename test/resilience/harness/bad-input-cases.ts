import fc from 'fast-check';
import { fillPath, Operation, Parameter, sampleValue } from './openapi';
import {
  hostileHeaderValue,
  hostileString,
  hostileValue,
  malformedBody,
  oddPathOf,
  wrongTypeValue,
} from './hostile-values';
import type { RequestSpec } from './send';

/** Percent-encodes every byte outside the unreserved set (a lone surrogate becomes U+FFFD's bytes). */
export function encodePathValue(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/**
 * Node refuses a request head over 16 KB (431) before any route or filter runs, so values that go into the
 * URL are cut to a length that stays within it once percent-encoded (up to 6 bytes per character).
 */
const URL_VALUE_CHARS = 1000;
const urlValue = hostileString.map((text) => text.slice(0, URL_VALUE_CHARS));

export interface RequestBase {
  operation: Operation;
  /** Credentials and required headers of an allowed caller. */
  headers: Array<[string, string]>;
  pathValues: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

export interface BadInputCase {
  kind: string;
  spec: RequestSpec;
}

function queryString(query: Array<[string, string]>): string {
  return query.length
    ? `?${query.map(([name, value]) => `${encodePathValue(name)}=${encodePathValue(value)}`).join('&')}`
    : '';
}

function build(
  base: RequestBase,
  changes: {
    path?: string;
    query?: Array<[string, string]>;
    headers?: Array<[string, string]>;
    body?: unknown;
    method?: string;
  },
): RequestSpec {
  const query = changes.query ?? Object.entries(base.query);
  const body = 'body' in changes ? changes.body : base.body;
  return {
    method: changes.method ?? base.operation.method,
    path: `${changes.path ?? fillPath(base.operation, base.pathValues)}${queryString(query)}`,
    headers: changes.headers ?? base.headers,
    body,
  };
}

function bodyCases(base: RequestBase): Array<fc.Arbitrary<BadInputCase>> {
  if (!base.operation.body) return [];
  const schema = base.operation.body.schema;
  const fields = Object.keys(schema.properties ?? {});
  const object = (typeof base.body === 'object' && base.body !== null ? base.body : {}) as Record<
    string,
    unknown
  >;
  const cases: Array<fc.Arbitrary<BadInputCase>> = [
    malformedBody.map((text) => ({ kind: 'malformed body', spec: build(base, { body: text }) })),
    fc
      .dictionary(
        fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'prototype')),
        hostileValue,
        { minKeys: 1, maxKeys: 4 },
      )
      .map((extra) => ({
        kind: 'unknown fields',
        spec: build(base, { body: JSON.stringify({ ...object, ...extra }) }),
      })),
    fc
      .constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=utf-16',
        '',
      )
      .map((type) => ({
        kind: 'wrong content type',
        spec: build(base, {
          headers: [
            ...base.headers.filter(([name]) => name.toLowerCase() !== 'content-type'),
            ['content-type', type],
          ],
          body: JSON.stringify(base.body ?? {}),
        }),
      })),
  ];
  if (fields.length) {
    cases.push(
      fc.tuple(fc.constantFrom(...fields), hostileValue).map(([field, value]) => ({
        kind: `field ${field}`,
        spec: build(base, { body: { ...object, [field]: value } }),
      })),
      fc.subarray(fields, { minLength: 1 }).map((dropped) => ({
        kind: 'missing fields',
        spec: build(base, {
          body: Object.fromEntries(Object.entries(object).filter(([key]) => !dropped.includes(key))),
        }),
      })),
      // Keys are distinct, so a body with one field cannot have two wrong: asking for more never ends.
      fc
        .dictionary(fc.constantFrom(...fields), wrongTypeValue, { minKeys: Math.min(2, fields.length) })
        .map((changes) => ({
          kind: 'several wrong types',
          spec: build(base, { body: { ...object, ...changes } }),
        })),
    );
  }
  return cases;
}

function parameterCases(base: RequestBase, parameters: Parameter[]): Array<fc.Arbitrary<BadInputCase>> {
  const cases: Array<fc.Arbitrary<BadInputCase>> = [];
  const inPath = parameters.filter((parameter) => parameter.in === 'path');
  const inQuery = parameters.filter((parameter) => parameter.in === 'query');
  const inHeader = parameters.filter((parameter) => parameter.in === 'header');
  if (inPath.length) {
    cases.push(
      fc.tuple(fc.constantFrom(...inPath), urlValue).map(([parameter, value]) => ({
        kind: `path ${parameter.name}`,
        spec: build(base, {
          path: fillPath(base.operation, { ...base.pathValues, [parameter.name]: encodePathValue(value) }),
        }),
      })),
    );
  }
  if (inQuery.length) {
    cases.push(
      fc
        .tuple(
          fc.constantFrom(...inQuery),
          fc.oneof(
            urlValue,
            wrongTypeValue.map((value) => JSON.stringify(value)),
          ),
        )
        .map(([parameter, value]) => ({
          kind: `query ${parameter.name}`,
          spec: build(base, {
            query: [
              ...Object.entries(base.query).filter(([name]) => name !== parameter.name),
              [parameter.name, value],
            ],
          }),
        })),
      fc.tuple(fc.constantFrom(...inQuery), urlValue).map(([parameter, value]) => ({
        kind: `duplicated query ${parameter.name}`,
        spec: build(base, {
          query: [
            ...Object.entries(base.query),
            [parameter.name, String(sampleValue(parameter.schema, parameter.name))],
            [parameter.name, value],
          ],
        }),
      })),
    );
  }
  const headerNames = [
    ...new Set([...inHeader.map((parameter) => parameter.name), ...base.headers.map(([name]) => name)]),
  ];
  if (headerNames.length) {
    cases.push(
      fc.constantFrom(...headerNames).map((name) => ({
        kind: `missing header ${name}`,
        spec: build(base, {
          headers: base.headers.filter(([header]) => header.toLowerCase() !== name.toLowerCase()),
        }),
      })),
      fc.tuple(fc.constantFrom(...headerNames), hostileHeaderValue).map(([name, value]) => ({
        kind: `header ${name}`,
        spec: build(base, {
          headers: [
            ...base.headers.filter(([header]) => header.toLowerCase() !== name.toLowerCase()),
            [name, value],
          ],
        }),
      })),
      fc.tuple(fc.constantFrom(...headerNames), hostileHeaderValue).map(([name, value]) => ({
        kind: `duplicated header ${name}`,
        spec: build(base, { headers: [...base.headers, [name, value]] }),
      })),
    );
  }
  return cases;
}

/**
 * Generated hostile requests for one operation: broken bodies and fields, hostile path, query and header
 * values, missing and repeated headers and parameters, odd paths and wrong methods. Each case changes
 * one thing of an otherwise valid request, so the answer shows how that thing is handled.
 */
export function badInputCases(base: RequestBase): fc.Arbitrary<BadInputCase> {
  const path = fillPath(base.operation, base.pathValues);
  const otherMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter(
    (method) => method !== base.operation.method,
  );
  const cases: Array<fc.Arbitrary<BadInputCase>> = [
    ...bodyCases(base),
    ...parameterCases(base, base.operation.parameters),
    oddPathOf(path).map((odd) => ({ kind: 'odd path', spec: build(base, { path: odd, query: [] }) })),
    fc
      .constantFrom(...otherMethods)
      .map((method) => ({ kind: `method ${method}`, spec: build(base, { method }) })),
  ];
  return fc.oneof(...cases);
}
