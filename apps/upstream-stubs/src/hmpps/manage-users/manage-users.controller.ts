import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { StubBearerGuard } from '../../auth/stub-bearer.guard';
import { readHmppsFixture } from '../hmpps-fixtures';
import { springPage } from '../spring-page';

interface StubUser {
  username: string;
  source: string;
  enabled: boolean;
  locked: boolean;
}

const USERS = readHmppsFixture<StubUser[]>('manage-users', 'users.json');

/** Stand-in for HMPPS Manage Users (`/manage-users`): the user search the integration API checks names with. */
@Controller('manage-users')
@UseGuards(StubBearerGuard)
export class ManageUsersController {
  /** Users named `username` (any case) whose auth source is one of `authSources` (all when none given). */
  @Get('users/search')
  search(@Query('username') username?: string, @Query('authSources') authSources?: string | string[]) {
    const sources = [authSources ?? []].flat().flatMap((source) => source.split(','));
    const matches = USERS.filter(
      (user) =>
        username !== undefined &&
        user.username.toLowerCase() === username.toLowerCase() &&
        (sources.length === 0 || sources.includes(user.source)),
    );
    return springPage(matches, 0, 10);
  }
}
