import { Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { PeerCertificate, TLSSocket } from 'node:tls';
import { mapError } from '../common/error-mapper';
import { AppConfig } from '../config';
import { FeatureFlags } from '../feature-flags/feature-flags';
import { OnBehalfOfService } from '../on-behalf-of/on-behalf-of.service';
import {
  AuthorisationConfig,
  ConsumerConfig,
  loadAuthorisationConfig,
  RevokedCertificate,
} from './authorisation-config';
import {
  authorisedPath,
  configuredConsumer,
  mayCall,
  NO_CONSUMER_MESSAGE,
  Refusal,
  unableToAuthorise,
} from './authorise-request';
import { AuthorisedConsumer, currentConsumer } from './authorised-consumer';
import {
  checkCertificateExpiry,
  isRevoked,
  parseCertificateDate,
  REVOKED_CERTIFICATES,
  serialNumberFromDecimal,
  serialNumberFromHex,
} from './certificates';
import { consumerNameFromDn, headerValues, singleSubjectDn } from './subject-distinguished-name';

export const SUBJECT_DN_HEADER = 'subject-distinguished-name';
/** What the API gateway forwards of the client certificate besides its subject. */
const SERIAL_NUMBER_HEADER = 'cert-serial-number';
const EXPIRY_DATE_HEADER = 'cert-expiry-date';
const ON_BEHALF_OF_HEADER = 'x-on-behalf-of';
const FEATURE_OVERRIDE_HEADER = 'x-feature-override';
/** Expiry warnings already logged; bounded, since unknown consumers' certificates are checked too. */
const MAX_WARNINGS_REMEMBERED = 1000;

/** The client certificate as far as authorisation needs it. */
interface ClientCertificate {
  serialNumbers: string[];
  expiryDates: string[];
}

/**
 * Consumer authorisation for every request, platform routes and unknown paths included, in the
 * reference's order: a consumer name (the CN of the client certificate), a certificate that is neither
 * revoked nor expired, a consumer that is configured and not suspended, an end user when the consumer
 * must act on behalf of one, and a permission matching the routed path. The consumers come from
 * AUTHORISATION_CONFIG, read and validated once at start-up.
 */
@Injectable()
export class ConsumerAuthorisationService {
  private readonly logger = new Logger(ConsumerAuthorisationService.name);
  private readonly config: AuthorisationConfig;
  private readonly revoked: RevokedCertificate[];
  private readonly mutualTls: boolean;
  private readonly featureFlags: FeatureFlags;
  private readonly warned = new Set<string>();

  constructor(
    appConfig: AppConfig,
    private readonly onBehalfOf: OnBehalfOfService,
  ) {
    this.config = loadAuthorisationConfig(appConfig.values.authorisationConfigPath);
    this.revoked = [...REVOKED_CERTIFICATES, ...this.config.revokedCertificates];
    this.mutualTls = appConfig.values.mutualTls;
    this.featureFlags = appConfig.values.featureFlags;
    checkDeployment(this.config, appConfig);
  }

  /** Every configured consumer (the integration events go to those with a queue). */
  consumers(): ReadonlyMap<string, ConsumerConfig> {
    return this.config.consumers;
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
    let decision: AuthorisedConsumer | Refusal;
    try {
      decision = await this.decide(request, path);
    } catch (error) {
      // Manage Users failed: answered like any upstream failure, never by letting the user through.
      const mapped = mapError(error, request);
      await reply.code(mapped.status).header('content-type', 'application/json').send(mapped.body);
      return;
    }
    if (isRefusal(decision)) await this.refuse(reply, decision, path);
    else request.consumer = decision;
  };

  /** A `preHandler` hook: the handler and everything it starts run with the authorised consumer at hand. */
  readonly preHandler = (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    if (request.consumer) currentConsumer.run(request.consumer, done);
    else done();
  };

  private async decide(request: FastifyRequest, path: string): Promise<AuthorisedConsumer | Refusal> {
    const consumer = this.authorise(request, path);
    if (isRefusal(consumer)) return consumer;
    const onBehalfOf = await this.endUser(request, consumer);
    if (isRefusal(onBehalfOf)) return onBehalfOf;
    if (!mayCall(consumer, path)) return { status: 403, message: unableToAuthorise(path, consumer.name) };
    const featureFlags = this.featureFlagsFor(request, consumer);
    if (typeof featureFlags === 'string') return { status: 400, message: featureFlags };
    return {
      name: consumer.name,
      filters: consumer.filters,
      redactionPolicies: consumer.redactionPolicies,
      featureFlags,
      onBehalfOf,
      path,
    };
  }

  private authorise(request: FastifyRequest, path: string): ConsumerConfig | Refusal {
    const name = this.consumerName(request);
    if (name === null) return { status: 403, message: NO_CONSUMER_MESSAGE };
    const certificate = this.certificate(request);
    const revoked = certificate.serialNumbers.find((serial) => isRevoked(this.revoked, serial, name));
    if (revoked)
      return { status: 403, message: `Certificate with serial number ${revoked} has been revoked` };
    for (const text of certificate.expiryDates) {
      const expired = this.checkExpiry(name, text);
      if (expired) return expired;
    }
    return configuredConsumer(
      this.config,
      name,
      path,
      this.featureFlags.isEnabled('seed-unknown-consumer-message'),
    );
  }

  /**
   * The end user a consumer acts for, when it is configured to (the reference's ADR 0019), or the refusal when it must
   * and the `X-On-Behalf-Of` token names nobody, or a name the user directory does not know.
   */
  private async endUser(request: FastifyRequest, consumer: ConsumerConfig): Promise<string | null | Refusal> {
    const config = consumer.onBehalfOf;
    if (!config) return null;
    const tokens = headerValues(request.raw.rawHeaders, ON_BEHALF_OF_HEADER);
    const username = tokens.length === 1 ? await this.onBehalfOf.username(config, tokens[0]) : null;
    if (!username) {
      return config.required
        ? { status: 401, message: `On Behalf Of username unavailable for ${consumer.name}` }
        : null;
    }
    if (
      config.verificationStrategy &&
      !(await this.onBehalfOf.isKnownUser(username, config.verificationStrategy))
    ) {
      this.logger.warn(`On Behalf Of username of ${consumer.name} not found in Manage Users`);
      return { status: 401, message: 'Not authorized' };
    }
    return username;
  }

  /** The environment's flags, with this request's overrides for a consumer allowed to send them. */
  private featureFlagsFor(request: FastifyRequest, consumer: ConsumerConfig): FeatureFlags | string {
    const overrides = headerValues(request.raw.rawHeaders, FEATURE_OVERRIDE_HEADER);
    if (!consumer.allowFeatureOverride || overrides.length === 0) return this.featureFlags;
    return this.featureFlags.withOverrides(overrides.join(','));
  }

  /** The reference answers these from a servlet filter, so they carry Spring Boot's error JSON. */
  private async refuse(reply: FastifyReply, refusal: Refusal, path: string): Promise<void> {
    await reply.code(refusal.status).header('content-type', 'application/json').send({
      timestamp: new Date().toISOString(),
      status: refusal.status,
      error: STATUS_CODES[refusal.status],
      message: refusal.message,
      path,
    });
  }

  /**
   * With mutual TLS the verified peer certificate is the only source; the header could be forged.
   * Behind the gateway, a request without the header at all is the configured default consumer's (local
   * runs only).
   */
  private consumerName(request: FastifyRequest): string | null {
    if (this.mutualTls) {
      const cn: unknown = this.peerCertificate(request)?.subject?.CN;
      if (Array.isArray(cn)) return cn.length > 0 ? String(cn[cn.length - 1]) : null;
      return typeof cn === 'string' && cn !== '' ? cn : null;
    }
    const rawHeaders = request.raw.rawHeaders;
    if (headerValues(rawHeaders, SUBJECT_DN_HEADER).length === 0 && this.config.defaultConsumerName) {
      return this.config.defaultConsumerName;
    }
    return consumerNameFromDn(singleSubjectDn(rawHeaders, SUBJECT_DN_HEADER));
  }

  /** Every serial number and expiry date presented: all of them are checked, so a repeat cannot hide one. */
  private certificate(request: FastifyRequest): ClientCertificate {
    if (this.mutualTls) {
      const peer = this.peerCertificate(request);
      const serial = peer?.serialNumber ? serialNumberFromHex(peer.serialNumber) : null;
      return { serialNumbers: serial ? [serial] : [], expiryDates: peer?.valid_to ? [peer.valid_to] : [] };
    }
    const rawHeaders = request.raw.rawHeaders;
    return {
      serialNumbers: headerValues(rawHeaders, SERIAL_NUMBER_HEADER)
        .map(serialNumberFromDecimal)
        .filter((serial) => serial !== null),
      expiryDates: headerValues(rawHeaders, EXPIRY_DATE_HEADER),
    };
  }

  private peerCertificate(request: FastifyRequest): PeerCertificate | undefined {
    const socket = request.raw.socket as TLSSocket;
    return typeof socket.getPeerCertificate === 'function' ? socket.getPeerCertificate() : undefined;
  }

  /**
   * An expired certificate is refused; one that expires within 30 days is logged once per consumer and
   * warning (the reference alerts through Sentry). An unreadable date is logged and otherwise ignored.
   */
  private checkExpiry(consumer: string, text: string): Refusal | null {
    const expiresAt = parseCertificateDate(text);
    if (!expiresAt) {
      this.warnOnce(`Failed to parse certificate expiry date for ${consumer}`);
      return null;
    }
    const check = checkCertificateExpiry(consumer, expiresAt, text, new Date());
    if (check.expired) return { status: 403, message: check.message };
    if (check.warning) this.warnOnce(check.warning);
    return null;
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    if (this.warned.size >= MAX_WARNINGS_REMEMBERED) this.warned.clear();
    this.warned.add(message);
    this.logger.warn(message);
  }
}

function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'status' in value;
}

/**
 * Settings that cannot work, or must not be used, where the app is deployed: a default consumer in
 * production would serve requests that carry no certificate subject, and a user-name check needs
 * Manage Users.
 */
function checkDeployment(config: AuthorisationConfig, appConfig: AppConfig): void {
  const problems: string[] = [];
  if (config.defaultConsumerName && appConfig.values.production) {
    problems.push('default-consumer-name is for local runs and is refused with NODE_ENV=production');
  }
  const verifying = [...config.consumers.values()].filter(
    (consumer) => consumer.onBehalfOf?.verificationStrategy,
  );
  if (verifying.length > 0 && !appConfig.values.manageUsersUrl) {
    problems.push(
      `MANAGE_USERS_URL is needed to verify the on-behalf-of users of ${verifying.map((consumer) => consumer.name).join(', ')}`,
    );
  }
  if (problems.length > 0) throw new Error(`AUTHORISATION_CONFIG: ${problems.join('; ')}`);
}
