/**
 * Drops null and undefined properties, map values and list elements at every depth, as the
 * reference's NON_NULL serialisation does. Empty strings and empty arrays are kept.
 */
export function omitNulls<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.filter((item) => item !== null && item !== undefined).map((item) => omitNulls(item)) as T;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== null && item !== undefined) result[key] = omitNulls(item);
    }
    return result as T;
  }
  return value;
}
