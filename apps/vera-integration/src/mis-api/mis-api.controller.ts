import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '@libs/auth';
import { CorrelationIdPipe, UkprnPipe, UlnPipe } from '../common/param-pipes';
import { BEARER_SCHEME, ROLE_VERA_MIS } from '../common/roles';
import { EducationRecordsService } from '../education-records/education-records.service';
import { ApiErrorResponses, COMMON_ERRORS } from '../errors/error-envelope';
import { VeraFailure } from '../errors/vera-problem';
import { normaliseMobile } from '../vera/learner-inputs';
import { LearnerByUlnView, LearnerCheckView, ShareRequestView, SharedRequestView } from './mis-api.views';
import { MobileDetailsDto } from './mobile-details.dto';
import { presentShareRequest } from './share-request.presenter';

function mobileDetails(body: MobileDetailsDto) {
  return { mobileNumber: normaliseMobile(body.mobileNumber) as string, dateOfBirth: body.dateOfBirth };
}

function learnerNotFound(): VeraFailure {
  return new VeraFailure('LEARNER_NOT_FOUND', 'VERA answered 404 to the learner check');
}

const UPSTREAM_ERRORS = [502, 504];

@ApiTags('MIS: education records')
@ApiBearerAuth(BEARER_SCHEME)
@ApiErrorResponses([400, ...COMMON_ERRORS, ...UPSTREAM_ERRORS])
@Roles(ROLE_VERA_MIS)
@Controller('api/providers/:ukprn')
export class MisApiController {
  constructor(private readonly records: EducationRecordsService) {}

  @Post('share-requests/qr-code')
  @ApiOperation({ summary: 'Pattern A: create a share request shown as a QR code' })
  @ApiResponse({
    status: 201,
    type: ShareRequestView,
    description: 'PENDING, with qrCode, url and expiresAt',
  })
  @ApiErrorResponses([404], { 404: 'PROVIDER_NOT_FOUND' })
  async createQrShare(@Param('ukprn', UkprnPipe) ukprn: string): Promise<ShareRequestView> {
    return presentShareRequest(await this.records.startQrShare(ukprn));
  }

  @Post('share-requests/mobile')
  @ApiOperation({ summary: "Pattern C: send a share request to the learner's phone" })
  @ApiResponse({
    status: 201,
    type: ShareRequestView,
    description: 'PENDING, with the code to show the learner',
  })
  @ApiErrorResponses([404], { 404: 'PROVIDER_NOT_FOUND or LEARNER_NOT_FOUND' })
  async createMobileShare(
    @Param('ukprn', UkprnPipe) ukprn: string,
    @Body() body: MobileDetailsDto,
  ): Promise<ShareRequestView> {
    const request = await this.records.startMobileShare(ukprn, mobileDetails(body));
    if (!request) throw learnerNotFound();
    return presentShareRequest(request);
  }

  @Get('share-requests/:correlationId')
  @ApiOperation({ summary: 'Patterns A and C: poll a share request' })
  @ApiResponse({ status: 200, type: SharedRequestView, description: 'SHARED, with the learner record' })
  @ApiResponse({
    status: 202,
    type: ShareRequestView,
    description: 'PENDING: the learner has not answered yet',
  })
  @ApiErrorResponses([404, 410], {
    404: "PROVIDER_NOT_FOUND or SHARE_REQUEST_NOT_FOUND (also for another provider's correlation id)",
    410: 'SHARE_REQUEST_REJECTED_OR_EXPIRED: the learner declined, or the request expired (VERA 408)',
  })
  async poll(
    @Param('ukprn', UkprnPipe) ukprn: string,
    @Param('correlationId', CorrelationIdPipe) correlationId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ShareRequestView | SharedRequestView> {
    const result = await this.records.poll(ukprn, correlationId);
    if (result.state === 'declined' || result.state === 'expired') {
      throw new VeraFailure(
        'SHARE_REQUEST_REJECTED_OR_EXPIRED',
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
  @ApiOperation({ summary: 'Pattern B: the record of a learner who shared through the VER website' })
  @ApiResponse({ status: 200, type: LearnerByUlnView })
  @ApiErrorResponses([404], { 404: 'PROVIDER_NOT_FOUND or LEARNER_NOT_SHARED' })
  async learnerByUln(
    @Param('ukprn', UkprnPipe) ukprn: string,
    @Param('uln', UlnPipe) uln: string,
  ): Promise<LearnerByUlnView> {
    const learner = await this.records.learnerByUln(ukprn, uln);
    if (!learner) {
      throw new VeraFailure('LEARNER_NOT_SHARED', `VERA answered 404 for ULN ${uln}`);
    }
    return { uln: Number(uln), learner };
  }

  @Post('learner-checks')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Pattern C: does a learner with this mobile number and date of birth have a record?',
  })
  @ApiResponse({ status: 200, type: LearnerCheckView })
  @ApiErrorResponses([404], { 404: 'PROVIDER_NOT_FOUND or LEARNER_NOT_FOUND' })
  async checkLearner(
    @Param('ukprn', UkprnPipe) ukprn: string,
    @Body() body: MobileDetailsDto,
  ): Promise<LearnerCheckView> {
    if (!(await this.records.checkLearner(ukprn, mobileDetails(body)))) throw learnerNotFound();
    return { found: true };
  }
}
