import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TLSSocket } from 'node:tls';
import { AppConfig } from '../config';
import { AuthorisationConfig, loadAuthorisationConfig } from './authorisation-config';
import { authorisedPath, authoriseRequest } from './authorise-request';
import './authorised-consumer';
import { consumerNameFromDn, singleSubjectDn } from './subject-distinguished-name';

export const SUBJECT_DN_HEADER = 'subject-distinguished-name';

/**
 * Consumer authorisation for every request, platform routes and unknown paths included (spec §3):
 * the consumer is the CN of the client certificate, its permissions come from AUTHORISATION_CONFIG
 * (read and validated once at start-up), and the raw, still-encoded path must match one of them.
 */
@Injectable()
export class ConsumerAuthorisationService {
  private readonly config: AuthorisationConfig;
  private readonly mutualTls: boolean;

  constructor(appConfig: AppConfig) {
    this.config = loadAuthorisationConfig(appConfig.values.authorisationConfigPath);
    this.mutualTls = appConfig.values.mutualTls;
  }

  /**
   * A Fastify `onRequest` hook: it runs once the router has chosen the route (or found none, so unknown
   * paths are authorised too) and before anything else, and authorises the path that route serves.
   */
  readonly onRequest = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const path = authorisedPath({
      url: request.url,
      routePattern: request.routeOptions.url,
      params: request.params as Record<string, string | undefined>,
    });
    const outcome = authoriseRequest(this.config, this.consumerName(request), path);
    if (outcome.allowed) {
      request.consumer = { name: outcome.consumer.name, filters: outcome.consumer.filters };
      return;
    }
    // The reference answers these from a servlet filter, so they carry Spring Boot's error JSON.
    await reply.code(403).header('content-type', 'application/json').send({
      timestamp: new Date().toISOString(),
      status: 403,
      error: 'Forbidden',
      message: outcome.message,
      path,
    });
  };

  /** With mutual TLS the verified peer certificate is the only source; the header could be forged. */
  private consumerName(request: FastifyRequest): string | null {
    if (this.mutualTls) {
      const socket = request.raw.socket as TLSSocket;
      const subject =
        typeof socket.getPeerCertificate === 'function' ? socket.getPeerCertificate().subject : undefined;
      const cn: unknown = subject?.CN;
      if (Array.isArray(cn)) return cn.length > 0 ? String(cn[cn.length - 1]) : null;
      return typeof cn === 'string' && cn !== '' ? cn : null;
    }
    return consumerNameFromDn(singleSubjectDn(request.raw.rawHeaders, SUBJECT_DN_HEADER));
  }
}
