/** Secret-encryption keys: the first encrypts, every one can still decrypt (that is what makes rotation work). */
export interface Keyring {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,32}$/;

/**
 * Parses `VERA_SECRET_KEYS`: comma-separated `keyId:base64Key` entries, each key 32 bytes (AES-256).
 * The messages name the entry but never echo key material.
 */
export function parseKeyring(value: string): Keyring {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error('VERA_SECRET_KEYS must hold at least one keyId:base64Key entry');
  const keys = new Map<string, Buffer>();
  entries.forEach((entry, index) => {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    if (separator < 0 || !KEY_ID.test(id)) {
      throw new Error(
        `VERA_SECRET_KEYS entry ${index + 1} must look like keyId:base64Key (keyId: letters, digits, . _ -)`,
      );
    }
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    if (key.length !== 32) throw new Error(`VERA_SECRET_KEYS key "${id}" must be 32 bytes, base64-encoded`);
    if (keys.has(id)) throw new Error(`VERA_SECRET_KEYS names key "${id}" twice`);
    keys.set(id, key);
  });
  return { activeKeyId: entries[0].slice(0, entries[0].indexOf(':')), keys };
}
