/** Small readers for untyped JSON, mirroring play-json's lenient and strict reads. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Follows a path of object keys; anything missing or not an object along the way gives undefined. */
export function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

export function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/** A boolean flag of the wrong JSON type silently counts as false, as in the reference. */
export function booleanFlag(value: unknown): boolean {
  return value === true;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

export function isInt32(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
}
