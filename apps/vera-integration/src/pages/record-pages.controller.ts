import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Redirect,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@libs/platform';
import { CorrelationIdPipe } from '../common/param-pipes';
import { EducationRecordsService, PollResult } from '../education-records/education-records.service';
import type { FormFlash } from '../page-sessions/staff-session';
import { LearnerData } from '../vera/learner-data';
import { PostedForm, readMobileDetails, readUln } from './page-forms';
import { Frame, PageSessionGuard, SignedInFrame } from './page-session.guard';
import { saveSession } from './page-setup';
import { renderPage } from './renderer';
import { govukDuration } from './uk-formats';

/** How often a waiting share request page asks for the learner's answer (DfE suggests every 3–5 s at most). */
const RECHECK_SECONDS = 3;

type PageState = 'waiting' | 'shared' | 'declined' | 'expired';

function pageState(result: PollResult): PageState {
  return result.state === 'pending' ? 'waiting' : result.state;
}

function secondsLeft(expiresAt: Date | null): number | null {
  return expiresAt ? Math.max(0, (expiresAt.getTime() - Date.now()) / 1000) : null;
}

const RECORD_NEXT_STEPS = [
  { href: '/look-up-by-uln', text: 'Look up another learner by ULN' },
  { href: '/show-qr-code', text: 'Show a QR code to another learner' },
  { href: '/', text: 'Back to home' },
];

/**
 * The staff pages. The provider is the one the session was opened for (never a form field), so a page can
 * only ever act as the staff member's own organisation. Every POST answers 303 to a GET page
 * (POST-redirect-GET): Back and refresh never resend a form; what a GET page shows after a POST (form
 * errors, the ULN looked up, the learner found) waits for it in the server-side session.
 */
@ApiExcludeController()
@Public()
@UseGuards(PageSessionGuard)
@Controller()
export class RecordPagesController {
  constructor(private readonly records: EducationRecordsService) {}

  @Get()
  home(@Frame() frame: SignedInFrame): string {
    return renderPage('home.njk', frame);
  }

  @Get('show-qr-code')
  showQrCodeStart(@Frame() frame: SignedInFrame): string {
    return renderPage('show-qr-code.njk', frame);
  }

  @Post('show-qr-code')
  @Redirect('/', 303)
  async showQrCode(@Frame() frame: SignedInFrame) {
    const request = await this.records.startQrShare(frame.viewer.ukprn);
    return { url: `/share-requests/${request.correlationId}` };
  }

  /** Asks VERA now and shows exactly the request's state; a shared record is fetched again, never stored. */
  @Get('share-requests/:correlationId')
  async shareRequest(
    @Frame() frame: SignedInFrame,
    @Param('correlationId', CorrelationIdPipe) correlationId: string,
  ): Promise<string> {
    const result = await this.records.poll(frame.viewer.ukprn, correlationId);
    if (result.state === 'shared') return this.recordPage(frame, result.learner, true);
    const left = secondsLeft(result.request.expiresAt);
    return renderPage('share-request.njk', {
      ...frame,
      request: result.request,
      state: pageState(result),
      timeLeft: left === null ? null : govukDuration(left),
      recheckSeconds: RECHECK_SECONDS,
    });
  }

  /** For the waiting page's automatic re-check: the state only, never learner data. */
  @Get('share-requests/:correlationId/status')
  @Header('content-type', 'application/json; charset=utf-8')
  async shareRequestStatus(
    @Frame() frame: SignedInFrame,
    @Param('correlationId', CorrelationIdPipe) correlationId: string,
  ): Promise<{ state: PageState; timeLeft: string | null }> {
    const result = await this.records.poll(frame.viewer.ukprn, correlationId);
    const left = secondsLeft(result.request.expiresAt);
    return { state: pageState(result), timeLeft: left === null ? null : govukDuration(left) };
  }

  @Get('look-up-by-uln')
  async lookUpByUlnForm(@Frame() frame: SignedInFrame, @Req() request: FastifyRequest): Promise<string> {
    return renderPage('look-up-by-uln.njk', { ...frame, ...(await takeFlash(request, 'uln')) });
  }

  @Post('look-up-by-uln')
  @Redirect('/', 303)
  async lookUpByUln(@Req() request: FastifyRequest, @Body() form: PostedForm) {
    const { uln, value, errors } = readUln(form);
    if (uln) request.session.lookedUpUln = uln;
    else request.session.flash = { form: 'uln', values: { uln: value }, errors };
    await saveSession(request);
    return { url: uln ? '/look-up-by-uln/record' : '/look-up-by-uln' };
  }

  @Get('look-up-by-uln/record')
  async lookedUpRecord(
    @Frame() frame: SignedInFrame,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | void> {
    const uln = request.session.lookedUpUln;
    if (!uln) return void reply.redirect('/look-up-by-uln', 303);
    const learner = await this.records.learnerByUln(frame.viewer.ukprn, uln);
    if (learner) return this.recordPage(frame, learner, false);
    void reply.status(404);
    return renderPage('message.njk', {
      ...frame,
      nav: 'uln',
      heading: 'No record has been shared for this ULN',
      paragraphs: [
        `The learner with ULN ${uln} has not shared their education record with ${frame.viewer.providerName}, or the ULN is not known to DfE.`,
        'Ask the learner to share it with you on DfE’s View Education Record website, then look it up again.',
      ],
      links: [
        { href: '/look-up-by-uln', text: 'Look up another ULN' },
        { href: '/show-qr-code', text: 'Show the learner a QR code instead' },
        { href: '/', text: 'Back to home' },
      ],
    });
  }

  @Get('send-to-phone')
  async sendToPhoneForm(@Frame() frame: SignedInFrame, @Req() request: FastifyRequest): Promise<string> {
    return renderPage('send-to-phone.njk', { ...frame, ...(await takeFlash(request, 'phone')) });
  }

  @Post('send-to-phone')
  @Redirect('/', 303)
  async checkLearner(
    @Frame() frame: SignedInFrame,
    @Req() request: FastifyRequest,
    @Body() form: PostedForm,
  ) {
    const { details, errors, values, invalidDateParts } = readMobileDetails(form);
    if (!details) {
      request.session.flash = { form: 'phone', values, errors, invalidDateParts };
      await saveSession(request);
      return { url: '/send-to-phone' };
    }
    const found = await this.records.checkLearner(frame.viewer.ukprn, details);
    request.session.mobileLearner = found ? details : undefined;
    await saveSession(request);
    return { url: found ? '/send-to-phone/learner-found' : '/send-to-phone/no-record' };
  }

  @Get('send-to-phone/learner-found')
  learnerFound(
    @Frame() frame: SignedInFrame,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): string | void {
    const learner = request.session.mobileLearner;
    if (!learner) return void reply.redirect('/send-to-phone', 303);
    return renderPage('learner-found.njk', { ...frame, learner });
  }

  @Post('send-to-phone/requests')
  @Redirect('/', 303)
  async sendToPhone(@Frame() frame: SignedInFrame, @Req() request: FastifyRequest) {
    const learner = request.session.mobileLearner;
    // The learner found a moment ago is in the session; without it (a stale tab), check the details again.
    if (!learner) return { url: '/send-to-phone' };
    const shareRequest = await this.records.startMobileShare(frame.viewer.ukprn, learner);
    return {
      url: shareRequest ? `/share-requests/${shareRequest.correlationId}` : '/send-to-phone/no-record',
    };
  }

  @Get('send-to-phone/no-record')
  @HttpCode(404)
  noRecord(@Frame() frame: SignedInFrame): string {
    return renderPage('message.njk', {
      ...frame,
      nav: 'phone',
      heading: 'No education record found',
      paragraphs: [
        'DfE has no education record for a learner with that mobile number and date of birth.',
        'Check the details with the learner: the mobile number must be the one they use with the Education Record app.',
      ],
      links: [
        { href: '/send-to-phone', text: 'Try different details' },
        { href: '/show-qr-code', text: 'Show the learner a QR code instead' },
        { href: '/', text: 'Back to home' },
      ],
    });
  }

  private recordPage(frame: SignedInFrame, learner: LearnerData, sharedNow: boolean): string {
    return renderPage('record.njk', { ...frame, learner, sharedNow, nextSteps: RECORD_NEXT_STEPS });
  }
}

/** A form's errors and values after POST-redirect-GET, shown once. */
async function takeFlash(
  request: FastifyRequest,
  form: string,
): Promise<Partial<FormFlash> & { errorList: unknown[] }> {
  const flash = request.session.flash;
  if (!flash || flash.form !== form) return { values: {}, errors: {}, invalidDateParts: [], errorList: [] };
  request.session.flash = undefined;
  await saveSession(request);
  return {
    ...flash,
    invalidDateParts: flash.invalidDateParts ?? [],
    errorList: Object.entries(flash.errors).map(([field, text]) => ({ text, href: `#${field}` })),
  };
}
