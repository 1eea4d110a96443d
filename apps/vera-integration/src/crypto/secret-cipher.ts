import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Keyring } from './keyring';

/** What is stored for one secret: the id of the key that sealed it and `base64(iv | tag | ciphertext)`. */
export interface SealedSecret {
  keyId: string;
  payload: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class UnknownSecretKeyError extends Error {
  constructor(keyId: string) {
    super(`Secret was encrypted with key "${keyId}", which is not in VERA_SECRET_KEYS`);
    this.name = 'UnknownSecretKeyError';
  }
}

/**
 * AES-256-GCM for secrets at rest. The context (e.g. the provider's UKPRN) is bound as additional
 * authenticated data, so a sealed secret copied onto another row fails to open instead of leaking.
 */
export class SecretCipher {
  constructor(private readonly keyring: Keyring) {}

  get activeKeyId(): string {
    return this.keyring.activeKeyId;
  }

  seal(plaintext: string, context: string): SealedSecret {
    const keyId = this.keyring.activeKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(keyId), iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId, payload: Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64') };
  }

  open(sealed: SealedSecret, context: string): string {
    const raw = Buffer.from(sealed.payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key(sealed.keyId), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  }

  private key(keyId: string): Buffer {
    const key = this.keyring.keys.get(keyId);
    if (!key) throw new UnknownSecretKeyError(keyId);
    return key;
  }
}
