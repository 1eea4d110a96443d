import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthRegistry } from '@libs/platform';
import { observedHealth, UpstreamHttpClient, UpstreamMetrics } from '@libs/upstream';
import { BRM_CONFIG, type BrmConfig } from '../config';
import { formatBirthDate } from '../payload/birth-date';
import type { MatchPayload } from '../payload/match-payload';
import { CallContext, JSON_UTF8, RegistryAnswer, tracingHeaders, USER_AGENT } from './call-context';
import { detailsForenames } from './details-forenames';

const REFERENCE_PATH = '/birth-registration-matching-proxy/match/reference';
const DETAILS_PATH = '/birth-registration-matching-proxy/match/details';

/**
 * GRO (England and Wales), reached through HMRC's birth-registration-matching-proxy. `/health` component
 * `gro`: as the latest match call found it (the proxy offers nothing else to probe, and a probe search
 * would be a real registry search).
 */
@Injectable()
export class GroClient implements OnModuleDestroy {
  private readonly http: UpstreamHttpClient;

  constructor(
    @Inject(BRM_CONFIG) private readonly config: BrmConfig,
    metrics: UpstreamMetrics,
    health: HealthRegistry,
  ) {
    this.http = new UpstreamHttpClient(
      {
        name: 'gro',
        baseUrl: config.gro.baseUrl,
        timeoutMs: config.gro.timeoutMs,
        // A match is a POST; the reference never retried it, and a retry would double the registry's load.
        retries: 0,
        breaker: config.breaker,
        headers: { 'User-Agent': USER_AGENT },
      },
      metrics,
    );
    health.register('gro', observedHealth(metrics, 'gro'));
  }

  reference(birthReferenceNumber: string, context: CallContext): Promise<RegistryAnswer> {
    return this.post(REFERENCE_PATH, { reference: birthReferenceNumber }, context);
  }

  details(payload: MatchPayload, context: CallContext): Promise<RegistryAnswer> {
    return this.post(
      DETAILS_PATH,
      {
        forenames: detailsForenames(payload, this.config.matching.ignoreAdditionalNames),
        lastname: payload.lastName,
        dateofbirth: formatBirthDate(payload.dateOfBirth),
      },
      context,
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.http.close();
  }

  private async post(path: string, body: object, context: CallContext): Promise<RegistryAnswer> {
    const { status, text } = await this.http.request({
      method: 'POST',
      path,
      body: JSON.stringify(body),
      headers: { ...tracingHeaders(context), 'BRM-Key': context.brmKey, 'Content-Type': JSON_UTF8 },
    });
    return { status, text };
  }
}
