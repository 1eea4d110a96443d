import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Redirect,
  Res,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@libs/platform';
import { CorrelationIdPipe } from '../common/param-pipes';
import { EducationRecordsService } from '../education-records/education-records.service';
import { ShareRequestEntity } from '../share-requests/share-request.entity';
import { CsrfGuard } from './csrf.guard';
import { Page } from './page-decorators';
import { field, mobileDetailsFrom, PostedForm, ulnErrors } from './page-forms';
import { HtmlPageInterceptor } from './html-page.interceptor';
import { PageContext, PageSessionGuard } from './page-session.guard';
import { SafeHtml } from './html';
import { homeView } from './views/home.view';
import { layout } from './views/layout';
import { learnerRecordView } from './views/learner-record.view';
import { messageView } from './views/message.view';
import { patternBView } from './views/pattern-b.view';
import { patternCFormView, patternCFoundView, patternCNotFoundView } from './views/pattern-c.view';
import { PollOutcome, shareRequestView } from './views/share-request.view';

function shareRequestModel(request: ShareRequestEntity, outcome: PollOutcome) {
  return {
    correlationId: request.correlationId,
    pattern: request.pattern,
    qrCode: request.qrCode,
    link: request.link,
    code: request.displayCode,
    expiresAt: request.expiresAt,
    outcome,
  };
}

/**
 * The staff pages. The provider is the one the session was opened for (never a form field), so a
 * page can only ever act as the staff member's own organisation.
 */
@ApiExcludeController()
@Public()
@UseGuards(PageSessionGuard)
@UseInterceptors(HtmlPageInterceptor)
@Controller()
export class RecordPagesController {
  constructor(private readonly records: EducationRecordsService) {}

  @Get()
  home(@Page() page: PageContext): string {
    return this.render(page, "Get a learner's education record", homeView(page.csrfToken));
  }

  @Post('pattern-a')
  @UseGuards(CsrfGuard)
  @Redirect('/', 303)
  async startQrShare(@Page() page: PageContext) {
    const request = await this.records.startQrShare(page.viewer.ukprn);
    return { url: `/share-requests/${encodeURIComponent(request.correlationId)}` };
  }

  @Get('share-requests/:correlationId')
  async showShareRequest(
    @Page() page: PageContext,
    @Param('correlationId', CorrelationIdPipe) correlationId: string,
  ): Promise<string> {
    const request = await this.records.shareRequest(page.viewer.ukprn, correlationId);
    return this.render(
      page,
      'Share request',
      shareRequestView(page.csrfToken, shareRequestModel(request, 'not-polled')),
    );
  }

  @Post('share-requests/:correlationId/check')
  @HttpCode(200)
  @UseGuards(CsrfGuard)
  async checkShareRequest(
    @Page() page: PageContext,
    @Param('correlationId', CorrelationIdPipe) correlationId: string,
  ): Promise<string> {
    const result = await this.records.poll(page.viewer.ukprn, correlationId);
    if (result.state === 'shared')
      return this.render(page, 'Education record', learnerRecordView(result.learner));
    return this.render(
      page,
      'Share request',
      shareRequestView(page.csrfToken, shareRequestModel(result.request, result.state)),
    );
  }

  @Get('pattern-b')
  patternB(@Page() page: PageContext): string {
    return this.render(page, 'Find a record by ULN', patternBView(page.csrfToken));
  }

  @Post('pattern-b')
  @HttpCode(200)
  @UseGuards(CsrfGuard)
  async findByUln(
    @Page() page: PageContext,
    @Body() form: PostedForm,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const uln = field(form, 'uln');
    const errors = ulnErrors(uln);
    if (Object.keys(errors).length > 0) {
      void reply.status(400);
      return this.render(page, 'Error: Find a record by ULN', patternBView(page.csrfToken, uln, errors));
    }
    const learner = await this.records.learnerByUln(page.viewer.ukprn, uln);
    if (learner) return this.render(page, 'Education record', learnerRecordView(learner));
    void reply.status(404);
    return this.render(
      page,
      'No record shared',
      messageView({
        heading: 'No record has been shared for this ULN',
        paragraphs: [
          `The learner with ULN ${uln} has not shared their education record with your organisation, or the ULN is not known to DfE.`,
          'Ask the learner to share it with you on the View Education Record website, then try again.',
        ],
        backLink: { href: '/pattern-b', text: 'Try another ULN' },
      }),
    );
  }

  @Get('pattern-c')
  patternC(@Page() page: PageContext): string {
    return this.render(page, 'Ask a learner to share by mobile', patternCFormView(page.csrfToken));
  }

  @Post('pattern-c/check')
  @HttpCode(200)
  @UseGuards(CsrfGuard)
  async checkLearner(
    @Page() page: PageContext,
    @Body() form: PostedForm,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { details, errors, values } = mobileDetailsFrom(form);
    if (!details) {
      void reply.status(400);
      return this.render(
        page,
        'Error: Ask a learner to share by mobile',
        patternCFormView(page.csrfToken, values, errors),
      );
    }
    if (await this.records.checkLearner(page.viewer.ukprn, details)) {
      return this.render(page, 'Learner found', patternCFoundView(page.csrfToken, details));
    }
    void reply.status(404);
    return this.render(page, 'No education record found', patternCNotFoundView());
  }

  @Post('pattern-c/share-request')
  @UseGuards(CsrfGuard)
  @Redirect('/', 303)
  async requestShare(@Page() page: PageContext, @Body() form: PostedForm) {
    const { details } = mobileDetailsFrom(form);
    // The hidden fields came from our own "learner found" page; if they no longer validate, start again.
    if (!details) return { url: '/pattern-c' };
    const request = await this.records.startMobileShare(page.viewer.ukprn, details);
    return {
      url: request ? `/share-requests/${encodeURIComponent(request.correlationId)}` : '/pattern-c/not-found',
    };
  }

  @Get('pattern-c/not-found')
  @HttpCode(404)
  notFound(@Page() page: PageContext): string {
    return this.render(page, 'No education record found', patternCNotFoundView());
  }

  private render(page: PageContext, title: string, main: SafeHtml): string {
    return layout({ title, main, viewer: page.viewer, csrfToken: page.csrfToken });
  }
}
