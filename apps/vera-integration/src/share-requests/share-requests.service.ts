import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { VeraProblem } from '../errors/vera-problem';
import { ShareRequestEntity, ShareStatus } from './share-request.entity';

export type NewShareRequest = Pick<
  ShareRequestEntity,
  'correlationId' | 'ukprn' | 'pattern' | 'qrCode' | 'link' | 'displayCode' | 'expiresAt'
>;

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
    if (!request) {
      throw new VeraProblem(
        404,
        'SHARE_REQUEST_NOT_FOUND',
        `No share request ${correlationId} exists for UKPRN ${ukprn}.`,
      );
    }
    return request;
  }

  async markPolled(request: ShareRequestEntity, status: ShareStatus): Promise<ShareRequestEntity> {
    const lastPolledAt = new Date();
    await this.requests.update({ correlationId: request.correlationId }, { status, lastPolledAt });
    return Object.assign(request, { status, lastPolledAt });
  }
}
