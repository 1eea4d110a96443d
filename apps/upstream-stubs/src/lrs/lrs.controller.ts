import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LrsSoapService } from './lrs-soap.service';

const SERVICES = ['LearnerService.svc', 'LearnerServiceR9.svc'];

/**
 * `POST /lrs/LearnerService.svc` and `/lrs/LearnerServiceR9.svc` (SOAP 1.1). A GET serves the WSDL with
 * `?wsdl` and otherwise the service's HTML help page, as a WCF service does.
 */
@Controller('lrs')
export class LrsController {
  constructor(private readonly soap: LrsSoapService) {}

  @Post(SERVICES)
  async call(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const answer = await this.soap.handle(pathOf(request), bodyText(request.body), request.headers);
    if (!answer) return void reply.status(404).send();
    void reply.status(answer.statusCode).headers(answer.headers).send(answer.body);
  }

  @Get(SERVICES)
  wsdl(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    const path = pathOf(request);
    const wsdl = this.soap.wsdl(path);
    if (!wsdl) return void reply.status(404).send();
    if ('wsdl' in (request.query as object)) return void reply.type('text/xml; charset=utf-8').send(wsdl);
    void reply
      .type('text/html; charset=utf-8')
      .send(
        `<html><head><title>Service</title></head><body><p>To test this service, call ${path}?wsdl for its description.</p></body></html>`,
      );
  }
}

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0];
}

function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  return Buffer.isBuffer(body) ? body.toString('utf8') : '';
}
