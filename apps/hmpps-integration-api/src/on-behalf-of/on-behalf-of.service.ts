import { Injectable } from '@nestjs/common';
import { JwksTokenVerifier, TokenRefusal } from '@libs/auth';
import { AppConfig } from '../config';
import { OnBehalfOfConfig } from '../consumers/authorisation-config';
import { ManageUsersGateway } from '../upstream/manage-users/manage-users.gateway';
import { usernameFromUnsignedToken } from './unsigned-token';

/**
 * Who a consumer's `X-On-Behalf-Of` token names (the reference's ADR 0019), by the consumer's strategy:
 * - `unsigned`: an unsigned JWT's `unique_name` (the consumer vouches for the user);
 * - `entra`: an Entra ID token, RS256-signed by a key of the Entra key set, its `preferred_username`.
 */
@Injectable()
export class OnBehalfOfService {
  private readonly entra: JwksTokenVerifier;

  constructor(
    config: AppConfig,
    private readonly manageUsers: ManageUsersGateway,
  ) {
    this.entra = new JwksTokenVerifier({ jwksUrl: config.values.entraOboJwksUrl });
  }

  /** The user name, or null when the token names nobody (unreadable, badly signed, expired, no claim). */
  async username(config: OnBehalfOfConfig, token: string): Promise<string | null> {
    if (config.strategy === 'unsigned')
      return usernameFromUnsignedToken(token, Math.floor(Date.now() / 1000));
    try {
      const claim = (await this.entra.verify(token)).preferred_username;
      return typeof claim === 'string' && claim !== '' ? claim : null;
    } catch (error) {
      if (error instanceof TokenRefusal) return null;
      throw error;
    }
  }

  /** Manage Users has an enabled, unlocked user of that name in the auth source. */
  isKnownUser(username: string, authSource: string): Promise<boolean> {
    return this.manageUsers.usernameExists(username, [authSource]);
  }
}
