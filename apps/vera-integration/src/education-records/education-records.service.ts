import { Inject, Injectable } from '@nestjs/common';
import { VERA_CONFIG, VeraConfig } from '../config';
import { ProvidersService } from '../providers/providers.service';
import { ShareRequestEntity } from '../share-requests/share-request.entity';
import { shareRequestNotFound, ShareRequestsService } from '../share-requests/share-requests.service';
import { MobileLearnerDetails, VeraApiClient } from '../upstream/vera-api.client';
import { LearnerData } from '../vera/learner-data';

/**
 * VERA answers 408 both when the learner declined and when the request expired. Which it was follows from
 * when the answer came: before the expiry the learner must have declined.
 */
export type PollResult =
  | { request: ShareRequestEntity; state: 'shared'; learner: LearnerData }
  | { request: ShareRequestEntity; state: 'pending' }
  | { request: ShareRequestEntity; state: 'declined' }
  | { request: ShareRequestEntity; state: 'expired' };

export function closedState(request: ShareRequestEntity): 'declined' | 'expired' {
  const answeredAt = request.lastPolledAt ?? new Date();
  return request.expiresAt && answeredAt < request.expiresAt ? 'declined' : 'expired';
}

/** Patterns A, B and C for one provider; used alike by the MIS API and the pages. */
@Injectable()
export class EducationRecordsService {
  constructor(
    private readonly providers: ProvidersService,
    private readonly vera: VeraApiClient,
    private readonly shareRequests: ShareRequestsService,
    @Inject(VERA_CONFIG) private readonly config: VeraConfig,
  ) {}

  /** Pattern A: a QR code for the learner to scan. */
  async startQrShare(ukprn: string): Promise<ShareRequestEntity> {
    const qr = await this.vera.generateQrCode(await this.providers.credentialsFor(ukprn));
    return this.shareRequests.record({
      correlationId: qr.correlationId,
      ukprn,
      pattern: 'A',
      qrCode: qr.qrCode,
      link: qr.url,
      displayCode: null,
      expiresAt: qr.expiresAt ? new Date(qr.expiresAt) : null,
    });
  }

  /** Pattern B: the record of a learner who shared through the VER website, or null if not shared. */
  async learnerByUln(ukprn: string, uln: string): Promise<LearnerData | null> {
    return this.vera.learnerDataByUln(await this.providers.credentialsFor(ukprn), uln);
  }

  /** Pattern C, step 1: does a learner with these details have a record? */
  async checkLearner(ukprn: string, details: MobileLearnerDetails): Promise<boolean> {
    return this.vera.checkLearner(await this.providers.credentialsFor(ukprn), details);
  }

  /**
   * Pattern C, step 2: notify the learner's phone; null when no learner matches. VERA gives no expiry for
   * these requests; DfE documents that they stay open 5 minutes (VERA_MOBILE_REQUEST_TTL_SECONDS).
   */
  async startMobileShare(ukprn: string, details: MobileLearnerDetails): Promise<ShareRequestEntity | null> {
    const answer = await this.vera.requestShare(await this.providers.credentialsFor(ukprn), details);
    if (!answer) return null;
    return this.shareRequests.record({
      correlationId: answer.correlationId,
      ukprn,
      pattern: 'C',
      qrCode: null,
      link: null,
      displayCode: answer.code,
      expiresAt: new Date(Date.now() + this.config.mobileRequestTtlSeconds * 1000),
    });
  }

  shareRequest(ukprn: string, correlationId: string): Promise<ShareRequestEntity> {
    return this.shareRequests.findForProvider(ukprn, correlationId);
  }

  /** Patterns A and C: has the learner answered yet? A declined or expired request is final. */
  async poll(ukprn: string, correlationId: string): Promise<PollResult> {
    const request = await this.shareRequests.findForProvider(ukprn, correlationId);
    if (request.status === 'REJECTED_OR_EXPIRED') return { request, state: closedState(request) };
    const outcome = await this.vera.learnerDataByCorrelationId(
      await this.providers.credentialsFor(ukprn),
      correlationId,
    );
    switch (outcome.state) {
      case 'shared':
        return {
          request: await this.shareRequests.markPolled(request, 'SHARED'),
          state: 'shared',
          learner: outcome.learner,
        };
      case 'pending':
        return { request: await this.shareRequests.markPolled(request, 'PENDING'), state: 'pending' };
      case 'rejected-or-expired': {
        const closed = await this.shareRequests.markPolled(request, 'REJECTED_OR_EXPIRED');
        return { request: closed, state: closedState(closed) };
      }
      case 'unknown':
        throw shareRequestNotFound(`VERA answered 404 for correlation id ${correlationId}`);
    }
  }
}
