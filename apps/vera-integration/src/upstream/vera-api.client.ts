import { Injectable } from '@nestjs/common';
import { UpstreamMalformedResponseError, UpstreamResponse, UpstreamStatusError } from '@libs/upstream';
import { ProviderCredentials } from '../providers/provider-credentials';
import { LearnerData } from '../vera/learner-data';
import { parseLearnerData } from './learner-data.answer';
import { parseQrCode, QrCode } from './qr-code';
import { parseShareResponse, ShareResponse } from './share-response';
import { ProviderConnections } from './provider-connections';
import { VERA_UPSTREAM } from './upstream-names';

export interface MobileLearnerDetails {
  /** Spaces already removed. */
  mobileNumber: string;
  /** `yyyy-MM-dd`. */
  dateOfBirth: string;
}

export type LearnerDataPoll =
  | { state: 'shared'; learner: LearnerData }
  | { state: 'pending' }
  | { state: 'rejected-or-expired' }
  | { state: 'unknown' };

/**
 * The five VERA calls. As in the reference only exactly 200 is success; the other statuses that have
 * a meaning become outcomes, and every remaining status is an UpstreamStatusError naming VERA.
 */
@Injectable()
export class VeraApiClient {
  constructor(private readonly connections: ProviderConnections) {}

  async generateQrCode(provider: ProviderCredentials): Promise<QrCode> {
    const response = await this.call(provider, 'GET', 'generate-qr-code');
    if (response.status !== 200) throw this.unexpected(response, 'GET generate-qr-code');
    return this.parsed(parseQrCode(response.body), 'generate-qr-code answer without a GUID correlation id');
  }

  async learnerDataByCorrelationId(
    provider: ProviderCredentials,
    correlationId: string,
  ): Promise<LearnerDataPoll> {
    const response = await this.call(provider, 'GET', 'learner-data', { query: { correlationId } });
    switch (response.status) {
      case 200:
        return { state: 'shared', learner: this.learner(response) };
      case 202:
      case 204:
        return { state: 'pending' };
      // VERA's documented meaning: the learner rejected the request or it expired (5 minutes).
      case 408:
        return { state: 'rejected-or-expired' };
      case 404:
        return { state: 'unknown' };
      default:
        throw this.unexpected(response, 'GET learner-data by correlation id');
    }
  }

  /** The record, or null when this ULN has not been shared with the provider (or is unknown). */
  async learnerDataByUln(provider: ProviderCredentials, uln: string): Promise<LearnerData | null> {
    const response = await this.call(provider, 'GET', 'learner-data', { query: { uln } });
    if (response.status === 404) return null;
    if (response.status !== 200) throw this.unexpected(response, 'GET learner-data by ULN');
    return this.learner(response);
  }

  async checkLearner(provider: ProviderCredentials, details: MobileLearnerDetails): Promise<boolean> {
    // A check changes nothing at DfE, so it may be retried like a GET.
    const response = await this.call(provider, 'POST', 'learner/check', {
      body: this.shareBody(details),
      idempotent: true,
    });
    if (response.status === 404) return false;
    if (response.status !== 200) throw this.unexpected(response, 'POST learner/check');
    return true;
  }

  /** Sends the notification to the learner's phone; null when no learner matches. Never retried (it notifies). */
  async requestShare(
    provider: ProviderCredentials,
    details: MobileLearnerDetails,
  ): Promise<ShareResponse | null> {
    const response = await this.call(provider, 'POST', 'learner/share-request', {
      body: this.shareBody(details),
    });
    if (response.status === 404) return null;
    if (response.status !== 200) throw this.unexpected(response, 'POST learner/share-request');
    return this.parsed(
      parseShareResponse(response.body),
      'share-request answer without a GUID correlationId and a code',
    );
  }

  private call(
    provider: ProviderCredentials,
    method: 'GET' | 'POST',
    path: string,
    extra: { query?: Record<string, string>; body?: unknown; idempotent?: boolean } = {},
  ): Promise<UpstreamResponse<unknown>> {
    return this.connections.clientFor(provider).request({
      method,
      path,
      query: extra.query,
      body: extra.body,
      idempotent: extra.idempotent,
      headers: extra.body === undefined ? undefined : { 'content-type': 'application/json; charset=utf-8' },
    });
  }

  /** The wire body of learner/check and learner/share-request: PascalCase, date-time without zone. */
  private shareBody(details: MobileLearnerDetails) {
    return { DateOfBirth: `${details.dateOfBirth}T00:00:00`, MobileNumber: details.mobileNumber };
  }

  private learner(response: UpstreamResponse<unknown>): LearnerData {
    return this.parsed(parseLearnerData(response.body), 'learner-data answer is not a learner record');
  }

  private parsed<T>(value: T | null, problem: string): T {
    if (value === null)
      throw new UpstreamMalformedResponseError(VERA_UPSTREAM, `${VERA_UPSTREAM}: ${problem}`);
    return value;
  }

  private unexpected(response: UpstreamResponse<unknown>, requestLine: string): UpstreamStatusError {
    return new UpstreamStatusError(
      VERA_UPSTREAM,
      response.status,
      response.body,
      response.text,
      `${VERA_UPSTREAM} answered ${response.status} to ${requestLine}`,
    );
  }
}
