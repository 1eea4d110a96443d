import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@libs/auth';
import { UkprnPipe } from '../common/param-pipes';
import { BEARER_SCHEME, ROLE_VERA_ADMIN } from '../common/roles';
import { SecretCipher } from '../crypto/secret-cipher';
import { ApiErrorResponses, COMMON_ERRORS } from '../errors/error-envelope';
import { VeraFailure } from '../errors/vera-problem';
import { PageSessionStore } from '../page-sessions/page-session.store';
import { CreateProviderDto, UpdateProviderDto } from './provider.dto';
import { ConnectionCheckView, ProviderView, ResealResultView } from './provider.view';
import { ProvidersService } from './providers.service';

@ApiTags('Provider administration')
@ApiBearerAuth(BEARER_SCHEME)
@ApiErrorResponses([...COMMON_ERRORS, 400])
@Roles(ROLE_VERA_ADMIN)
@Controller('admin/providers')
export class ProvidersAdminController {
  constructor(
    private readonly providers: ProvidersService,
    private readonly sessions: PageSessionStore,
    private readonly cipher: SecretCipher,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List providers (configured provider first; never with secrets)' })
  @ApiResponse({ status: 200, type: [ProviderView] })
  list(): Promise<ProviderView[]> {
    return this.providers.list();
  }

  @Get(':ukprn')
  @ApiOperation({ summary: 'One provider' })
  @ApiResponse({ status: 200, type: ProviderView })
  @ApiErrorResponses([404], { 404: 'PROVIDER_NOT_FOUND' })
  get(@Param('ukprn', UkprnPipe) ukprn: string): Promise<ProviderView> {
    return this.providers.get(ukprn);
  }

  @Post()
  @ApiOperation({
    summary:
      'Add a provider: its credentials are tested with Entra first, then the secret is stored encrypted',
  })
  @ApiResponse({
    status: 201,
    type: ProviderView,
    description:
      'Created (secret not echoed); connection.status OK, or UNVERIFIED when Entra could not be reached',
  })
  @ApiErrorResponses([409, 422, 502, 504], {
    409: 'PROVIDER_CONFLICT: UKPRN or client id already registered',
  })
  create(@Body() body: CreateProviderDto): Promise<ProviderView> {
    return this.providers.create(body);
  }

  @Patch(':ukprn')
  @ApiOperation({
    summary:
      'Change a provider (absent fields unchanged); changed credentials are tested with Entra before they are stored',
  })
  @ApiResponse({ status: 200, type: ProviderView })
  @ApiErrorResponses([404, 409, 422, 502, 504], { 404: 'PROVIDER_NOT_FOUND' })
  update(@Param('ukprn', UkprnPipe) ukprn: string, @Body() body: UpdateProviderDto): Promise<ProviderView> {
    return this.providers.update(ukprn, body);
  }

  @Post(':ukprn/connection-test')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Test connection: fetch a token with the stored credentials and record the outcome',
  })
  @ApiResponse({ status: 200, type: ConnectionCheckView, description: 'OK, UNVERIFIED or REJECTED' })
  @ApiErrorResponses([404], { 404: 'PROVIDER_NOT_FOUND' })
  testConnection(@Param('ukprn', UkprnPipe) ukprn: string): Promise<ConnectionCheckView> {
    return this.providers.testConnection(ukprn);
  }

  @Delete(':ukprn')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a provider (its staff page sessions stop working at once)' })
  @ApiResponse({ status: 204, description: 'Removed' })
  @ApiErrorResponses([404, 409], {
    404: 'PROVIDER_NOT_FOUND',
    409: 'PROVIDER_CONFLICT: the configured provider',
  })
  async remove(@Param('ukprn', UkprnPipe) ukprn: string): Promise<void> {
    await this.providers.remove(ukprn);
  }

  @Post('reseal-secrets')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Key rotation: re-encrypt every provider secret and page session under the active key (first of VERA_SECRET_KEYS)',
  })
  @ApiQuery({
    name: 'activeKeyId',
    required: false,
    description:
      'The key id you expect to be active; a replica whose active key differs (still on the previous phase) refuses with 409',
  })
  @ApiResponse({ status: 200, type: ResealResultView })
  @ApiErrorResponses([409], { 409: 'ACTIVE_KEY_MISMATCH' })
  async reseal(@Query('activeKeyId') expected?: string): Promise<ResealResultView> {
    const activeKeyId = this.cipher.activeKeyId;
    if (expected !== undefined && expected !== activeKeyId) {
      throw new VeraFailure(
        'ACTIVE_KEY_MISMATCH',
        `This replica seals with key "${activeKeyId}", not "${String(expected).slice(0, 32)}"`,
      );
    }
    const resealed = (await this.providers.resealAll()) + (await this.sessions.resealAll());
    return { resealed, activeKeyId };
  }
}
