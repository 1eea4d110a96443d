import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { LrsController } from './lrs.controller';
import { LrsSoapService } from './lrs-soap.service';

const XML_TYPES = ['text/xml', 'application/soap+xml', 'application/xml'];

/** Stand-in for DfE Learning Records Service (SOAP). */
@Module({ controllers: [LrsController], providers: [LrsSoapService] })
export class LrsStubModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** SOAP bodies reach the SOAP server as text; Fastify only parses JSON and plain text by itself. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    for (const type of XML_TYPES) {
      if (!fastify.hasContentTypeParser(type)) {
        fastify.addContentTypeParser(type, { parseAs: 'string' }, (_request, body, done) => done(null, body));
      }
    }
  }
}
