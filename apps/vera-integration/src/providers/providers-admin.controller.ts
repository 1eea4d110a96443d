import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@libs/auth';
import { UkprnPipe } from '../common/param-pipes';
import { ROLE_VERA_ADMIN } from '../common/roles';
import { CreateProviderDto, UpdateProviderDto } from './provider.dto';
import { ProvidersService } from './providers.service';

@ApiTags('Provider administration')
@ApiBearerAuth()
@ApiResponse({ status: 401, description: 'No valid token (envelope UNAUTHENTICATED)' })
@ApiResponse({ status: 403, description: `Token lacks ${ROLE_VERA_ADMIN} (envelope FORBIDDEN)` })
@Roles(ROLE_VERA_ADMIN)
@Controller('admin/providers')
export class ProvidersAdminController {
  constructor(private readonly providers: ProvidersService) {}

  @Get()
  @ApiOperation({ summary: 'List providers (never with secrets)' })
  list() {
    return this.providers.list();
  }

  @Get(':ukprn')
  @ApiResponse({ status: 404, description: 'PROVIDER_NOT_FOUND' })
  get(@Param('ukprn', UkprnPipe) ukprn: string) {
    return this.providers.get(ukprn);
  }

  @Post()
  @ApiOperation({ summary: 'Add a provider; the client secret is stored encrypted' })
  @ApiResponse({ status: 201, description: 'Created (secret not echoed)' })
  @ApiResponse({ status: 400, description: 'VALIDATION_FAILED' })
  @ApiResponse({ status: 409, description: 'PROVIDER_CONFLICT: UKPRN or client id already registered' })
  create(@Body() body: CreateProviderDto) {
    return this.providers.create(body);
  }

  @Patch(':ukprn')
  @ApiOperation({
    summary: 'Change a provider (absent fields unchanged); a new clientSecret replaces the old one',
  })
  @ApiResponse({ status: 404, description: 'PROVIDER_NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'PROVIDER_CONFLICT' })
  update(@Param('ukprn', UkprnPipe) ukprn: string, @Body() body: UpdateProviderDto) {
    return this.providers.update(ukprn, body);
  }

  @Delete(':ukprn')
  @HttpCode(204)
  @ApiResponse({ status: 204, description: 'Removed' })
  @ApiResponse({ status: 404, description: 'PROVIDER_NOT_FOUND' })
  async remove(@Param('ukprn', UkprnPipe) ukprn: string): Promise<void> {
    await this.providers.remove(ukprn);
  }

  @Post('reseal-secrets')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Key rotation: re-encrypt every secret under the active key (first of VERA_SECRET_KEYS)',
  })
  reseal() {
    return this.providers.resealAll();
  }
}
