import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { VeraFailure } from '../errors/vera-problem';
import { ShareRequestEntity, ShareStatus } from './share-request.entity';

export type NewShareRequest = Pick<
  ShareRequestEntity,
  'correlationId' | 'ukprn' | 'pattern' | 'qrCode' | 'link' | 'displayCode' | 'expiresAt'
>;

export function shareRequestNotFound(developerMessage: string): VeraFailure {
  return new VeraFailure('SHARE_REQUEST_NOT_FOUND', developerMessage);
}

/** The record of share requests: which provider made which request, and how it ended. */
@Injectable()
export class ShareRequestsService {
  constructor(
    @InjectRepository(ShareRequestEntity) private readonly requests: Repository<ShareRequestEntity>,
  ) {}

  async record(request: NewShareRequest): Promise<ShareRequestEntity> {
    return this.requests.save(this.requests.create({ ...request, status: 'PENDING', lastPolledAt: null }));
  }

  /**
   * The request if it belongs to this provider. Another provider's correlation id answers exactly
   * like an unknown one, so ids cannot be probed across providers.
   */
  async findForProvider(ukprn: string, correlationId: string): Promise<ShareRequestEntity> {
    const request = await this.requests.findOneBy({ correlationId, ukprn });
    if (!request) throw shareRequestNotFound(`No share request ${correlationId} exists for UKPRN ${ukprn}`);
    return request;
  }

  /** Records what VERA answered; once answered, the QR image is of no further use and is not kept. */
  async markPolled(request: ShareRequestEntity, status: ShareStatus): Promise<ShareRequestEntity> {
    const lastPolledAt = new Date();
    const changes = status === 'PENDING' ? { status, lastPolledAt } : { status, lastPolledAt, qrCode: null };
    await this.requests.update({ correlationId: request.correlationId }, changes);
    return Object.assign(request, changes);
  }
}
