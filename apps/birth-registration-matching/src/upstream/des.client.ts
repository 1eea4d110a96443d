import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { UpstreamHttpClient, UpstreamMetrics } from '@libs/upstream';
import { BRM_CONFIG } from '../brm-config.provider';
import type { BrmConfig } from '../config';
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

/** NRS (Scotland), reached through DES, HMRC's API gateway. */
@Injectable()
export class DesClient implements OnModuleDestroy {
  private readonly http: UpstreamHttpClient;

  constructor(
    @Inject(BRM_CONFIG) private readonly config: BrmConfig,
    metrics: UpstreamMetrics,
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
  }

  /** A reference search never sends additional names (spec §8.2). */
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
