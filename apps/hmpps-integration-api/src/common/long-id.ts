/** A Java `long`, as the reference parses numeric ids such as contact ids. */
const LONG_PATTERN = /^-?\d{1,19}$/;
const LONG_MAX = 2n ** 63n - 1n;

export function isLong(value: string): boolean {
  if (!LONG_PATTERN.test(value)) return false;
  const parsed = BigInt(value);
  return parsed <= LONG_MAX && parsed >= -LONG_MAX - 1n;
}
