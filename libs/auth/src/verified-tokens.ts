import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from './authenticated-user';

/** The reference's clock skew for `exp` and `nbf`, in seconds. */
export const CLOCK_TOLERANCE_S = 60;
/** Distinct tokens remembered at once; a caller reuses one token for its lifetime, so this is many callers. */
const MAX_REMEMBERED_TOKENS = 1_000;

interface Remembered {
  user: AuthenticatedUser;
  /** `exp` in seconds. */
  expires: number;
}

/**
 * Tokens already verified, by their exact text (signature included), until their `exp` plus the skew.
 * A caller sends the same token with every request until it expires, so the signature check, the key
 * lookup and the claims mapping happen once per token instead of once per request (a sixth of a busy
 * app's CPU when measured). A token without `exp` is never remembered.
 */
@Injectable()
export class VerifiedTokens {
  private readonly tokens = new Map<string, Remembered>();

  /** The user of a token verified before and not yet expired (checked on every use). */
  recall(token: string): AuthenticatedUser | undefined {
    const remembered = this.tokens.get(token);
    if (!remembered) return undefined;
    if (nowSeconds() < remembered.expires + CLOCK_TOLERANCE_S) return remembered.user;
    this.tokens.delete(token);
    return undefined;
  }

  remember(token: string, user: AuthenticatedUser): void {
    const expires = user.claims.exp;
    if (typeof expires !== 'number') return;
    // Full: the longest-held token goes (a Map keeps insertion order); expired ones go when next seen.
    if (this.tokens.size >= MAX_REMEMBERED_TOKENS) this.tokens.delete(this.tokens.keys().next().value!);
    this.tokens.set(token, { user, expires });
  }
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
