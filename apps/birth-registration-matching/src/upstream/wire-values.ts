/**
 * The two reads of registry JSON that the shared loose-JSON kit (`@libs/upstream`) deliberately does not
 * make, because the reference's play-json reads are strict here: a name of another JSON type is no name
 * (not its spelling), and ids are Java 32-bit ints.
 */
export function textOrEmpty(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

export function isInt32(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
}
