import { StreamableFile } from '@nestjs/common';
import { JSONPath } from 'jsonpath-plus';
import { compilePathPattern } from '../consumers/path-patterns';
import { PathRedaction, REDACTION_MASK, RedactionPolicy, ResponseRedaction } from './redaction-policy';

/** Each step's endpoint templates, compiled once (steps are constants of the application). */
const endpointPatterns = new WeakMap<ResponseRedaction, RegExp[] | null>();

/** The steps of these policies, in order, that apply to a response of `path`. */
export function redactionsFor(policies: readonly RedactionPolicy[], path: string): ResponseRedaction[] {
  return policies.flatMap((policy) => policy.redactions).filter((step) => appliesTo(step, path));
}

function appliesTo(step: ResponseRedaction, path: string): boolean {
  if (step.kind === 'person-search-lao') return path === '/v1/persons';
  if (!endpointPatterns.has(step)) {
    endpointPatterns.set(
      step,
      step.endpoints?.map((endpoint) => compilePathPattern(endpoint) as RegExp) ?? null,
    );
  }
  const patterns = endpointPatterns.get(step);
  return patterns === null || patterns!.some((pattern) => pattern.test(path));
}

/**
 * Masks or removes every value the paths find (`$..name`: at any depth, `$.a.b`: one place), in place.
 * A value present but null is masked too, as the reference does.
 */
export function redactPaths(body: unknown, paths: readonly PathRedaction[]): void {
  for (const [path, type] of paths) {
    const found = JSONPath({ path, json: body as object, resultType: 'all', eval: false }) as Array<{
      parent: Record<string, unknown> | unknown[] | null;
      parentProperty: string | number;
    }>;
    // Backwards, so that removing array elements keeps the indexes of those still to come.
    for (const { parent, parentProperty } of found.reverse()) {
      if (parent === null || typeof parent !== 'object') continue;
      if (type === 'MASK') (parent as Record<string, unknown>)[parentProperty] = REDACTION_MASK;
      else if (Array.isArray(parent)) parent.splice(Number(parentProperty), 1);
      else delete parent[parentProperty];
    }
  }
}

/**
 * The response as the steps leave it: json-path steps redact (`laoOnly` ones only for a limited access
 * case), person-search steps redact each person in a search who is not known to be free of access
 * restrictions. Rejections are not applied here: they refuse the request before it is served.
 */
export async function applyRedactions(
  body: unknown,
  steps: readonly ResponseRedaction[],
  isLimitedAccess: () => Promise<boolean>,
): Promise<unknown> {
  if (!isJsonObject(body)) return body;
  // The JSON the client would get, so that class instances and toJSON() are redacted as they are sent.
  const redacted = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  for (const step of steps) {
    if (step.kind === 'json-path' && (!step.laoOnly || (await isLimitedAccess()))) {
      redactPaths(redacted, step.paths);
    } else if (step.kind === 'person-search-lao' && Array.isArray(redacted.data)) {
      for (const person of redacted.data as Record<string, unknown>[]) {
        if (!(person.currentExclusion === false && person.currentRestriction === false)) {
          redactPaths(person, step.paths);
        }
      }
    }
  }
  return redacted;
}

/** A body sent as JSON: not a byte buffer, a stream (images) or a redirect's empty answer. */
function isJsonObject(value: unknown): value is object {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Buffer.isBuffer(value) &&
    !(value instanceof StreamableFile) &&
    typeof (value as { pipe?: unknown }).pipe !== 'function'
  );
}
