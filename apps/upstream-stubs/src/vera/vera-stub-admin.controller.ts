import { Controller, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { VeraStubState } from './vera-stub.state';

/**
 * Test hooks for what otherwise takes time: token revocation and request expiry. Under `/__admin`, so
 * fault injection and request recording never touch them (a VERA fault must not break the hook itself).
 */
@ApiTags('Admin')
@Controller('__admin/vera')
export class VeraStubAdminController {
  constructor(private readonly state: VeraStubState) {}

  /** Makes every issued token invalid, as a key rollover or revocation would: the next VERA call answers 401. */
  @Post('revoke-tokens')
  @HttpCode(200)
  @ApiOperation({ summary: 'VERA: invalidate every issued Entra token' })
  revokeTokens() {
    return { revoked: this.state.revokeAllTokens() };
  }

  /** Ends a share request's lifetime now, so learner-data answers 408 as after the real 5 minutes. */
  @Post('requests/:correlationId/expire')
  @HttpCode(200)
  @ApiOperation({ summary: 'VERA: expire a share request now (learner-data then answers 408)' })
  expire(@Param('correlationId') correlationId: string) {
    const request = this.state.request(correlationId);
    if (!request) throw new NotFoundException(`No share request ${correlationId}`);
    request.expiresAt = Date.now();
    return { correlationId, expiresAt: new Date(request.expiresAt).toISOString() };
  }
}
