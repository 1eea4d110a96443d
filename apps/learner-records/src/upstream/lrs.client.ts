import { HealthRegistry } from '@libs/platform';
import {
  createSoapClient,
  isUpstreamOutage,
  UpstreamBreaker,
  UpstreamCircuitOpenError,
  UpstreamHttpClient,
  UpstreamMetrics,
} from '@libs/upstream';
import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'soap';
import { LEARNER_RECORDS_CONFIG, LearnerRecordsConfig } from '../config';
import { LrsCredentials } from './lrs-credentials';
import { isLrsOutage, toLrsError } from './lrs-failure';
import {
  FindLearnerQuery,
  FindLearnerResult,
  findLearnerArguments,
  readFindLearnerResponse,
} from './lrs-find-learner';
import {
  LearningEventsQuery,
  LearningEventsResult,
  learningEventsArguments,
  readLearningEventsResponse,
} from './lrs-learning-events';

const WSDL_DIR = join(__dirname, 'wsdl');

/**
 * The DfE Learning Records Service: two SOAP 1.1 services described by our own WSDL files, over mutual
 * TLS with the organisation's PKCS#12 certificate. Both SOAP clients are built once, at start-up, so a
 * missing or unreadable certificate stops the app. Both services share one circuit breaker (they are one
 * upstream): while it is open, calls fail at once without reaching LRS. Failures become the documented
 * typed upstream errors (`toLrsError`), which the app's error mapper renders. Every call is in `upstream_request_duration_seconds{upstream="lrs"}`. `/health` shows LRS as component `lrs`: a GET of the find service over the same
 * TLS identity.
 */
@Injectable()
export class LrsClient implements OnModuleInit, OnModuleDestroy {
  private findService!: Client;
  private eventsService!: Client;
  private health?: UpstreamHttpClient;
  private readonly credentials: LrsCredentials;
  private readonly breaker: UpstreamBreaker;

  constructor(
    @Inject(LEARNER_RECORDS_CONFIG) private readonly config: LearnerRecordsConfig,
    private readonly healthRegistry: HealthRegistry,
    private readonly metrics: UpstreamMetrics,
  ) {
    const { ukprn, orgPassword, vendorId } = config.lrs;
    this.credentials = { ukprn, orgPassword, vendorId };
    // A SOAP fault is LRS refusing one request while working, so only outages count (`isLrsOutage`).
    this.breaker = new UpstreamBreaker(
      'lrs',
      { ...config.lrs.breaker, isFailure: (error) => isUpstreamOutage('lrs', error) || isLrsOutage(error) },
      metrics,
    );
  }

  async onModuleInit(): Promise<void> {
    const { baseUrl, pfxPath, pfxPassword, caPath, timeoutMs } = this.config.lrs;
    const tls = pfxPath
      ? { pfx: readFileSync(pfxPath), passphrase: pfxPassword, ca: caPath ? readFileSync(caPath) : undefined }
      : undefined;
    const client = async (wsdl: string, path: string) => {
      const soapClient = await createSoapClient({
        wsdlPath: join(WSDL_DIR, wsdl),
        endpoint: `${baseUrl}${path}`,
        timeoutMs,
        tls,
        name: 'lrs',
        metrics: this.metrics,
      });
      // LRS text is passed through untouched, trailing spaces included (e.g. "Blean ").
      soapClient.wsdl.options.preserveWhitespace = true;
      return soapClient;
    };
    [this.findService, this.eventsService] = await Promise.all([
      client('LearnerService.wsdl', '/LearnerService.svc'),
      client('LearnerServiceR9.wsdl', '/LearnerServiceR9.svc'),
    ]);
    this.health = new UpstreamHttpClient({ name: 'lrs', baseUrl, timeoutMs, retries: 0, tls });
    this.health.registerHealth(this.healthRegistry, '/LearnerService.svc');
  }

  async onModuleDestroy(): Promise<void> {
    this.breaker.shutdown();
    await this.health?.close();
  }

  async findLearner(query: FindLearnerQuery, username: string): Promise<FindLearnerResult> {
    const response = await this.call(
      this.findService,
      'FindLearnerByDemographicsAsync',
      findLearnerArguments(query, this.credentials, username),
    );
    return readFindLearnerResponse(response);
  }

  async learningEvents(query: LearningEventsQuery, username: string): Promise<LearningEventsResult> {
    const response = await this.call(
      this.eventsService,
      'GetLearnerLearningEventsAsync',
      learningEventsArguments(query, this.credentials, username),
    );
    return readLearningEventsResponse(response);
  }

  private async call(client: Client, operation: string, args: Record<string, unknown>): Promise<unknown> {
    try {
      // Classified inside the breaker, so that it counts what the failure means, not its wire shape.
      const [result] = await this.breaker.run(() =>
        (client[operation](args) as Promise<[unknown]>).catch((error: unknown) => {
          throw toLrsError(error);
        }),
      );
      return result;
    } catch (error) {
      // Calls that reach LRS are timed by the SOAP transport; those the open circuit stops, here.
      if (error instanceof UpstreamCircuitOpenError)
        this.metrics.observeCall('lrs', 'POST', 'circuit_open', 0);
      throw error;
    }
  }
}
