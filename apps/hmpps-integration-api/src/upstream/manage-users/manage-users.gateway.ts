import { Injectable } from '@nestjs/common';
import { UpstreamHttpClient } from '@libs/upstream';
import { AppConfig } from '../../config';
import { UpstreamClients } from '../shared/upstream-clients';

interface ManageUsersUser {
  username?: string;
  enabled?: boolean;
  locked?: boolean;
}

interface UsersPage {
  content?: ManageUsersUser[];
}

/** HMPPS Manage Users: whether an on-behalf-of user name is a real, usable account (the reference's ADR 0019). */
@Injectable()
export class ManageUsersGateway {
  private readonly client: UpstreamHttpClient | null;

  constructor(clients: UpstreamClients, config: AppConfig) {
    const url = config.values.manageUsersUrl;
    this.client = url ? clients.createAt(url, 'manage-users') : null;
  }

  /** An enabled, unlocked user of one of these auth sources has this name; any upstream failure throws. */
  async usernameExists(username: string, authSources: string[]): Promise<boolean> {
    if (!this.client) throw new Error('MANAGE_USERS_URL is not set');
    const page = await this.client.get<UsersPage>('/users/search', { username, authSources });
    return (page.content ?? []).some((user) => user.enabled === true && user.locked !== true);
  }
}
