/**
 * Readers for upstream JSON whose shape is only loosely promised: each returns the value when it is of
 * the asked type (or, for strings and numbers, its obvious spelling in the other), and `null` otherwise,
 * so a mapping decides once what a missing or unusable field means. The one kit every app's upstream
 * mappings use.
 */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readObject(value: unknown): JsonObject | null {
  return isJsonObject(value) ? value : null;
}

export function readArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string, or a number or boolean written as one (upstreams are not consistent about it). */
export function readString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** A finite number, or a string holding nothing but one. */
export function readNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** `true` or `false` only: anything else is unknown, never silently false. */
export function readBoolean(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** Follows a path of object keys; anything missing or not an object along the way gives undefined. */
export function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isJsonObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** A property looked up ignoring case, for bodies whose casing the upstream does not pin down. */
export function readField(body: JsonObject, name: string): unknown {
  if (name in body) return body[name];
  const lower = name.toLowerCase();
  const key = Object.keys(body).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : body[key];
}
