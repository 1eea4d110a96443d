import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '@libs/auth';
import { CorrelationIdPipe, UkprnPipe, UlnPipe } from '../common/param-pipes';
import { ROLE_VERA_MIS } from '../common/roles';
import { EducationRecordsService } from '../education-records/education-records.service';
import { VeraProblem } from '../errors/vera-problem';
import { normaliseMobile } from '../vera/learner-inputs';
import { MobileDetailsDto } from './mobile-details.dto';
import { presentShareRequest } from './share-request.presenter';

function mobileDetails(body: MobileDetailsDto) {
  return { mobileNumber: normaliseMobile(body.mobileNumber) as string, dateOfBirth: body.dateOfBirth };
}

function learnerNotFound(): VeraProblem {
  return new VeraProblem(
    404,
    'LEARNER_NOT_FOUND',
    'No learner with that mobile number and date of birth has an education record.',
  );
}

@ApiTags('MIS: education records')
@ApiBearerAuth()
@ApiResponse({ status: 400, description: 'VALIDATION_FAILED (bad UKPRN, ULN, correlation id or body)' })
@ApiResponse({ status: 401, description: 'UNAUTHENTICATED' })
@ApiResponse({ status: 403, description: `FORBIDDEN: token lacks ${ROLE_VERA_MIS}` })
@ApiResponse({ status: 404, description: 'PROVIDER_NOT_FOUND, or the route-specific not-found code' })
@ApiResponse({
  status: 502,
  description:
    'PROVIDER_CREDENTIALS_REJECTED, UPSTREAM_UNAUTHORISED, UPSTREAM_ERROR, UPSTREAM_MALFORMED_RESPONSE',
})
@ApiResponse({ status: 503, description: 'UPSTREAM_UNAVAILABLE' })
@ApiResponse({ status: 504, description: 'UPSTREAM_TIMEOUT' })
@Roles(ROLE_VERA_MIS)
@Controller('api/providers/:ukprn')
export class MisApiController {
  constructor(private readonly records: EducationRecordsService) {}

  @Post('share-requests/qr-code')
  @ApiOperation({ summary: 'Pattern A: create a share request shown as a QR code' })
  @ApiResponse({ status: 201, description: 'correlationId, qrCode (data URL), url, expiresAt' })
  async createQrShare(@Param('ukprn', UkprnPipe) ukprn: string) {
    return presentShareRequest(await this.records.startQrShare(ukprn));
  }

  @Post('share-requests/mobile')
  @ApiOperation({ summary: "Pattern C: send a share request to the learner's phone" })
  @ApiResponse({ status: 201, description: 'correlationId and the code to show the learner' })
  @ApiResponse({ status: 404, description: 'LEARNER_NOT_FOUND' })
  async createMobileShare(@Param('ukprn', UkprnPipe) ukprn: string, @Body() body: MobileDetailsDto) {
    const request = await this.records.startMobileShare(ukprn, mobileDetails(body));
    if (!request) throw learnerNotFound();
    return presentShareRequest(request);
  }

  @Get('share-requests/:correlationId')
  // Can carry a learner record: no cache on the way may keep it (no learner data at rest).
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Patterns A and C: poll a share request' })
  @ApiResponse({ status: 200, description: 'status SHARED with the learner record' })
  @ApiResponse({ status: 202, description: 'status PENDING: the learner has not shared yet' })
  @ApiResponse({
    status: 404,
    description: "SHARE_REQUEST_NOT_FOUND (also for another provider's correlation id)",
  })
  @ApiResponse({ status: 410, description: 'SHARE_REQUEST_REJECTED_OR_EXPIRED (VERA answered 408)' })
  async poll(
    @Param('ukprn', UkprnPipe) ukprn: string,
    @Param('correlationId', CorrelationIdPipe) correlationId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.records.poll(ukprn, correlationId);
    if (result.state === 'rejected-or-expired') {
      throw new VeraProblem(
        410,
        'SHARE_REQUEST_REJECTED_OR_EXPIRED',
        'The learner declined the request, or it expired before they answered. Start a new request.',
        `VERA answered 408 for correlation id ${correlationId}`,
      );
    }
    if (result.state === 'pending') {
      void reply.status(202);
      return presentShareRequest(result.request);
    }
    return { ...presentShareRequest(result.request), learner: result.learner };
  }

  @Get('learners/:uln')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Pattern B: the record of a learner who shared through the VER website' })
  @ApiResponse({ status: 200, description: 'The learner record' })
  @ApiResponse({ status: 404, description: 'LEARNER_NOT_SHARED' })
  async learnerByUln(@Param('ukprn', UkprnPipe) ukprn: string, @Param('uln', UlnPipe) uln: string) {
    const learner = await this.records.learnerByUln(ukprn, uln);
    if (!learner) {
      throw new VeraProblem(
        404,
        'LEARNER_NOT_SHARED',
        `Learner ${uln} has not shared their record with this provider, or is unknown.`,
      );
    }
    return { uln, learner };
  }

  @Post('learner-checks')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Pattern C: does a learner with this mobile number and date of birth have a record?',
  })
  @ApiResponse({ status: 200, description: '{ found: true }' })
  @ApiResponse({ status: 404, description: 'LEARNER_NOT_FOUND' })
  async checkLearner(@Param('ukprn', UkprnPipe) ukprn: string, @Body() body: MobileDetailsDto) {
    if (!(await this.records.checkLearner(ukprn, mobileDetails(body)))) throw learnerNotFound();
    return { found: true };
  }
}
