import { randomBytes } from 'node:crypto';
import { parseKeyring } from './keyring';
import { SecretCipher, UnknownSecretKeyError } from './secret-cipher';

const key = () => randomBytes(32).toString('base64');

describe('SecretCipher', () => {
  const oldKey = key();
  const newKey = key();

  it('seals with the first key and opens to the same plaintext', () => {
    const cipher = new SecretCipher(parseKeyring(`k2:${newKey},k1:${oldKey}`));
    const sealed = cipher.seal('s3cret-value', '10001234');
    expect(sealed.keyId).toBe('k2');
    expect(Buffer.from(sealed.payload, 'base64').toString('utf8')).not.toContain('s3cret-value');
    expect(cipher.open(sealed, '10001234')).toBe('s3cret-value');
  });

  it('uses a fresh IV each time, so equal secrets do not look equal at rest', () => {
    const cipher = new SecretCipher(parseKeyring(`k1:${oldKey}`));
    expect(cipher.seal('same', 'x').payload).not.toBe(cipher.seal('same', 'x').payload);
  });

  it('opens secrets sealed under an older key after rotation', () => {
    const before = new SecretCipher(parseKeyring(`k1:${oldKey}`)).seal('rotated', '10001234');
    const after = new SecretCipher(parseKeyring(`k2:${newKey},k1:${oldKey}`));
    expect(after.open(before, '10001234')).toBe('rotated');
    expect(after.seal('rotated', '10001234').keyId).toBe('k2');
  });

  it('refuses a secret moved to another context (row) and a tampered payload', () => {
    const cipher = new SecretCipher(parseKeyring(`k1:${oldKey}`));
    const sealed = cipher.seal('bound', '10001234');
    expect(() => cipher.open(sealed, '10005678')).toThrow();
    const raw = Buffer.from(sealed.payload, 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.open({ ...sealed, payload: raw.toString('base64') }, '10001234')).toThrow();
  });

  it('names a retired key that is still needed', () => {
    const sealed = new SecretCipher(parseKeyring(`k1:${oldKey}`)).seal('x', 'c');
    expect(() => new SecretCipher(parseKeyring(`k2:${newKey}`)).open(sealed, 'c')).toThrow(
      UnknownSecretKeyError,
    );
  });
});

describe('parseKeyring', () => {
  it.each([
    ['', /at least one/],
    ['nokey', /keyId:base64Key/],
    ['k1:c2hvcnQ=', /32 bytes/],
    [`k1:${key()},k1:${key()}`, /twice/],
  ])('rejects %p', (value, message) => {
    expect(() => parseKeyring(value)).toThrow(message);
  });

  it('never echoes key material in its messages', () => {
    const secretish = 'dGhpcyBpcyBub3QgMzIgYnl0ZXM=';
    expect(() => parseKeyring(`k1:${secretish}`)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(secretish) }),
    );
  });
});
