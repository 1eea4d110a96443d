import { Body, Controller, Get, Header, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { openRequestsPage, requestPage } from './learner-app.page';
import { StubShareRequest, VeraStubState } from './vera-stub.state';

const HTML = 'text/html; charset=utf-8';

/** Simulates the learner's Education Record app: open a request (the QR link), then approve or reject it. */
@Controller('vera/learner-app')
export class LearnerAppController {
  constructor(private readonly state: VeraStubState) {}

  @Get()
  @Header('content-type', HTML)
  index(): string {
    return openRequestsPage(
      this.state.openRequests().map((request) => ({ request, providerName: this.providerName(request) })),
    );
  }

  @Get('requests/:correlationId')
  show(@Param('correlationId') correlationId: string, @Res() reply: FastifyReply): void {
    this.render(reply, correlationId, 200);
  }

  @Post('requests/:correlationId/approve')
  approve(
    @Param('correlationId') correlationId: string,
    @Body() form: { uln?: string; code?: string } | undefined,
    @Res() reply: FastifyReply,
  ): void {
    const request = this.state.request(correlationId);
    if (request && request.state === 'pending' && !this.state.isExpired(request)) {
      const uln = request.kind === 'qr' ? form?.uln : request.uln;
      if (request.kind === 'mobile' && form?.code?.trim() !== request.code) {
        return this.render(
          reply,
          correlationId,
          400,
          'That code does not match the one the provider is showing.',
        );
      }
      if (!uln || !this.state.learnerByUln(uln))
        return this.render(reply, correlationId, 400, 'Choose a learner.');
      this.state.approve(request, uln);
    }
    this.render(reply, correlationId, 200);
  }

  @Post('requests/:correlationId/reject')
  reject(@Param('correlationId') correlationId: string, @Res() reply: FastifyReply): void {
    const request = this.state.request(correlationId);
    if (request && request.state === 'pending' && !this.state.isExpired(request)) this.state.reject(request);
    this.render(reply, correlationId, 200);
  }

  private render(reply: FastifyReply, correlationId: string, status: number, error?: string): void {
    const request = this.state.request(correlationId);
    if (!request) {
      void reply
        .status(404)
        .header('content-type', HTML)
        .send('<!doctype html><title>Not found</title><h1>No such request</h1>');
      return;
    }
    const html = requestPage({
      request,
      providerName: this.providerName(request),
      expired: this.state.isExpired(request),
      learners: this.state.fixtures.learners,
      error,
    });
    void reply.status(status).header('content-type', HTML).send(html);
  }

  private providerName(request: StubShareRequest): string {
    return this.state.client(request.clientId)?.providerName ?? 'Unknown provider';
  }
}
