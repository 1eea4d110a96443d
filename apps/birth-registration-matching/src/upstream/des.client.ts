import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthRegistry } from '@libs/platform';
import { isOutage, observedHealth, OutageTest, UpstreamHttpClient, UpstreamMetrics } from '@libs/upstream';
import { BRM_CONFIG, type BrmConfig } from '../config';
import { formatBirthDate } from '../payload/birth-date';
import type { MatchPayload } from '../payload/match-payload';
import { CallContext, JSON_UTF8, RegistryAnswer, tracingHeaders, USER_AGENT } from './call-context';
import { detailsForenames } from './details-forenames';

const BIRTHS_PATH = '/national-records/births';

/** DES's `DateTime` header: local time without zone, `yyyy-MM-dd'T'HH:mm:ss.SSS`. */
export function desDateTime(now: Date): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` +
    `T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}.${pad(now.getMilliseconds(), 3)}`
  );
}

/** DES itself failed (no answer, or a bad gateway), as opposed to NRS behind it. */
const desFailure: OutageTest = (call) => isOutage(call) && (call.status === undefined || call.status === 502);

/**
 * NRS (Scotland), reached through DES, HMRC's API gateway. `/health` shows both as the latest call found
 * them, the way the errors name them: `des` DOWN when DES did not answer or answered 502
 * (DES_CONNECTION_DOWN); `nrs` DOWN then too (it cannot be reached) and when DES relayed a 5xx from NRS
 * (NRS_CONNECTION_DOWN).
 */
@Injectable()
export class DesClient implements OnModuleDestroy {
  private readonly http: UpstreamHttpClient;

  constructor(
    @Inject(BRM_CONFIG) private readonly config: BrmConfig,
    metrics: UpstreamMetrics,
    health: HealthRegistry,
  ) {
    this.http = new UpstreamHttpClient(
      {
        name: 'des',
        baseUrl: config.des.baseUrl,
        timeoutMs: config.des.timeoutMs,
        retries: 0,
        breaker: config.breaker,
        headers: { 'User-Agent': USER_AGENT },
      },
      metrics,
    );
    health.register('des', observedHealth(metrics, 'des', desFailure));
    health.register('nrs', observedHealth(metrics, 'des'));
  }

  /** A reference search never sends additional names. */
  reference(
    birthReferenceNumber: string,
    payload: MatchPayload,
    context: CallContext,
  ): Promise<RegistryAnswer> {
    return this.post(
      {
        id: birthReferenceNumber,
        firstName: payload.firstName,
        lastName: payload.lastName,
        dateOfBirth: formatBirthDate(payload.dateOfBirth),
      },
      context,
    );
  }

  details(payload: MatchPayload, context: CallContext): Promise<RegistryAnswer> {
    return this.post(
      {
        firstName: detailsForenames(payload, this.config.matching.ignoreAdditionalNames),
        lastName: payload.lastName,
        dateOfBirth: formatBirthDate(payload.dateOfBirth),
      },
      context,
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.http.close();
  }

  private async post(body: object, context: CallContext): Promise<RegistryAnswer> {
    const { status, text } = await this.http.request({
      method: 'POST',
      path: BIRTHS_PATH,
      body: JSON.stringify(body),
      headers: {
        ...tracingHeaders(context),
        QueryID: context.brmKey,
        'Content-Type': JSON_UTF8,
        Environment: this.config.des.environment,
        Authorization: `Bearer ${this.config.des.authToken}`,
        DateTime: desDateTime(new Date()),
      },
    });
    return { status, text };
  }
}
