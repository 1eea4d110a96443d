import { Body, Controller, Get, Headers, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as QRCode from 'qrcode';
import { learnerAppLink } from './learner-app.links';
import { StubClient } from './vera-fixtures';
import { VeraStubState } from './vera-stub.state';

/** Problem-details body, as an ASP.NET Core API answers errors. */
function problem(reply: FastifyReply, status: number, title: string, detail?: string): void {
  void reply
    .status(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send({ type: `https://httpstatuses.io/${status}`, title, status, detail });
}

/** ISO/IEC 18004's quiet zone is 4 modules; 6 px per module keeps a typical link's code under 290 px wide. */
export const QR_QUIET_ZONE_MODULES = 4;
const QR_MODULE_PIXELS = 6;

/** VERA's POST endpoints read only JSON bodies (`[FromBody]` in ASP.NET Core); anything else is 415. */
const JSON_TYPE = /^application\/json\b/i;

/** The request body of learner/check and learner/share-request, read case-insensitively like .NET does. */
function readShareBody(body: unknown): { mobileNumber: string; dateOfBirth: string } | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const fields = new Map(Object.entries(body).map(([k, v]) => [k.toLowerCase(), v]));
  const mobile = fields.get('mobilenumber');
  const dob = fields.get('dateofbirth');
  if (typeof mobile !== 'string' || typeof dob !== 'string' || !/^\d{4}-\d{2}-\d{2}(T00:00:00)?$/.test(dob)) {
    return undefined;
  }
  return { mobileNumber: mobile, dateOfBirth: dob.slice(0, 10) };
}

/** DfE View Education Record API: each call's provider is the client id its bearer token was issued to. */
@Controller('vera/api/v1/education-records')
export class VeraApiController {
  constructor(private readonly state: VeraStubState) {}

  @Get('generate-qr-code')
  async generateQrCode(
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
    @Headers('authorization') auth?: string,
  ) {
    const client = this.authenticate(reply, auth);
    if (!client) return;
    const request = this.state.createRequest(client.clientId, 'qr');
    const url = learnerAppLink(req, request.correlationId);
    void reply.status(200).send({
      url,
      expiry: Math.floor(request.expiresAt / 1000),
      // The standard quiet zone (4 modules) and whole-pixel modules, as a scanner-friendly QR image should be.
      qrCode: await QRCode.toDataURL(url, { margin: QR_QUIET_ZONE_MODULES, scale: QR_MODULE_PIXELS }),
      status: 'request_created',
      correlationId: request.correlationId,
    });
  }

  @Get('learner-data')
  learnerData(
    @Res() reply: FastifyReply,
    @Query('correlationId') correlationId?: string,
    @Query('uln') uln?: string,
    @Headers('authorization') auth?: string,
  ) {
    const client = this.authenticate(reply, auth);
    if (!client) return;
    if (correlationId) return this.byCorrelationId(reply, client, correlationId);
    if (uln !== undefined && /^\d{10}$/.test(uln)) return this.byUln(reply, client, uln);
    problem(reply, 400, 'Bad Request', 'Provide correlationId or a 10-digit uln.');
  }

  @Post('learner/check')
  check(
    @Res() reply: FastifyReply,
    @Body() body: unknown,
    @Headers('authorization') auth?: string,
    @Headers('content-type') contentType?: string,
  ) {
    const client = this.authenticate(reply, auth);
    if (!client) return;
    if (!JSON_TYPE.test(contentType ?? '')) return problem(reply, 415, 'Unsupported Media Type');
    const details = readShareBody(body);
    if (!details) return problem(reply, 400, 'Bad Request', 'MobileNumber and DateOfBirth are required.');
    const learner = this.state.learnerByMobile(details.mobileNumber, details.dateOfBirth);
    if (!learner) return problem(reply, 404, 'Not Found');
    void reply.status(200).send({ found: true });
  }

  @Post('learner/share-request')
  shareRequest(
    @Res() reply: FastifyReply,
    @Body() body: unknown,
    @Headers('authorization') auth?: string,
    @Headers('content-type') contentType?: string,
  ) {
    const client = this.authenticate(reply, auth);
    if (!client) return;
    if (!JSON_TYPE.test(contentType ?? '')) return problem(reply, 415, 'Unsupported Media Type');
    const details = readShareBody(body);
    if (!details) return problem(reply, 400, 'Bad Request', 'MobileNumber and DateOfBirth are required.');
    const learner = this.state.learnerByMobile(details.mobileNumber, details.dateOfBirth);
    if (!learner) return problem(reply, 404, 'Not Found');
    const request = this.state.createRequest(client.clientId, 'mobile', String(learner.record.uln));
    void reply.status(200).send({ correlationId: request.correlationId, code: request.code });
  }

  private byCorrelationId(reply: FastifyReply, client: StubClient, correlationId: string): void {
    const request = this.state.request(correlationId);
    // Another provider's correlation id is indistinguishable from an unknown one.
    if (!request || request.clientId !== client.clientId) return problem(reply, 404, 'Not Found');
    if (request.state === 'rejected' || this.state.isExpired(request)) {
      return problem(reply, 408, 'Request Timeout', 'The learner rejected the request or it expired.');
    }
    if (request.state === 'pending' || !request.uln) return void reply.status(202).send();
    this.sendLearner(reply, request.uln);
  }

  private byUln(reply: FastifyReply, client: StubClient, uln: string): void {
    if (!this.state.isShared(client.clientId, uln)) return problem(reply, 404, 'Not Found');
    this.sendLearner(reply, uln);
  }

  private sendLearner(reply: FastifyReply, uln: string): void {
    const learner = this.state.learnerByUln(uln);
    if (!learner) return problem(reply, 404, 'Not Found');
    void reply.status(200).send(learner.record);
  }

  /** Resolves the caller's client from its bearer token, or answers 401 and returns undefined. */
  private authenticate(reply: FastifyReply, auth: string | undefined): StubClient | undefined {
    const token = /^Bearer (\S+)$/i.exec(auth ?? '')?.[1];
    const clientId = token ? this.state.clientForToken(token) : undefined;
    const client = clientId ? this.state.client(clientId) : undefined;
    if (!client) {
      void reply.header('www-authenticate', 'Bearer error="invalid_token"');
      problem(reply, 401, 'Unauthorized');
    }
    return client;
  }
}
